"""The one family of errors `stance` raises; the CLI turns each into a one-line message and exit code.

Exit codes: 1 for a problem with data or files (``StanceError`` and subclasses), 2 for usage errors
(click's own ``UsageError``/``BadParameter``), 130 when interrupted.
"""

from __future__ import annotations


class StanceError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""

    exit_code = 1


class DataError(StanceError):
    """A labelled file, corpus or article that cannot be used as it is."""


class ModelError(StanceError):
    """A model file that is missing, corrupt, untrusted or from an incompatible version."""


class InputError(StanceError):
    """An input path or stream that cannot be read."""
