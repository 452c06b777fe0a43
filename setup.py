"""Build hook: compile the article path's modules to C extensions with mypyc, when that works.

Everything else about the package is in ``pyproject.toml``. Reading, extracting and aggregating articles is
plain Python; mypyc (the compiler that builds mypy, black and charset-normalizer) turns these type-annotated
modules into C extensions that run the same code about 1.3x faster end to end (``python
bench/bench_classify.py``: see BENCHMARKS.md). The ``.py`` files ship too: if the compiler or the build fails,
or ``STANCE_PURE_PYTHON=1`` is set, the package installs as pure Python and gives the same results, more slowly.
An editable install (``pip install -e .``) is always pure Python: a compiled module beside its source would
shadow every later edit of it. ``stance --version`` says which it is.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules every article passes through, in the order the data flows. The model (scikit-learn objects
# that are pickled in the bundled model file) and the commands stay interpreted.
COMPILED = [
    "stance/articles.py",
    "stance/sentences.py",
    "stance/actors.py",
    "stance/acting.py",
    "stance/extract.py",
    "stance/votes.py",
    "stance/demands.py",
    "stance/responses.py",
    "stance/alignment.py",
    "stance/aggregate.py",
    "stance/classify.py",
]


class OptionalBuildExt(build_ext):
    """Build the extensions, or none of them: a half-built set would shadow modules it cannot replace."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # any compiler or linker failure: fall back to the pure-Python package
            for extension in self.extensions:
                path = self.get_ext_fullpath(extension.name)
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []
            print(f"stance: compiling with mypyc failed ({error}); installing pure Python", file=sys.stderr)


def compiled_extensions() -> list:
    if os.environ.get("STANCE_PURE_PYTHON") or "editable_wheel" in sys.argv:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        return mypycify(COMPILED, opt_level="3")
    except (Exception, SystemExit) as error:  # mypyc stops the build on a type error: fall back, loudly
        print(f"stance: mypyc could not compile ({error}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": OptionalBuildExt})
