"""The built package: compiled where it can be (see setup.py), the same code either way."""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

import pytest

import stance

INSTALLED = Path(stance.__file__).resolve().is_relative_to(Path(sysconfig.get_paths()["purelib"]).resolve()) or \
    Path(stance.__file__).resolve().is_relative_to(Path(sysconfig.get_paths()["platlib"]).resolve())


@pytest.mark.skipif(not INSTALLED or bool(os.environ.get("STANCE_PURE_PYTHON")) or not shutil.which("cc"),
                    reason="only a regular install on a machine with a C compiler is compiled")
def test_a_regular_install_with_a_compiler_runs_the_compiled_modules():
    # A type error that mypyc refuses makes setup.py fall back to pure Python with a warning only: this is
    # where such a fallback shows (CI installs the package with `pip install .` on a machine with gcc).
    assert stance.compiled()


def test_compiled_tells_which_file_the_extractor_was_loaded_from():
    import stance.extract

    assert stance.compiled() == (not stance.extract.__file__.endswith(".py"))
