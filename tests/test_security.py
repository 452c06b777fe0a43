"""Model files from elsewhere cannot run code; only reviewed types load without --trust-model."""

from __future__ import annotations

import os

import joblib
import pytest

from stance.model import TRUSTED_GLOBALS, ModelError, load_model


class _RunsCode:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


class _Evaluates:
    def __reduce__(self):
        return (eval, ("__import__('os').getcwd()",))


@pytest.mark.parametrize("payload", ["system", "eval"], ids=["os.system", "builtins.eval"])
def test_crafted_model_is_refused_and_runs_nothing(tmp_path, payload):
    marker = tmp_path / "ran"
    evil = _RunsCode(marker) if payload == "system" else _Evaluates()
    path = tmp_path / "evil.joblib"
    joblib.dump({"format": "stance-model/1", "card": {}, "estimator": evil}, path)
    with pytest.raises(ModelError, match="never contains.*--trust-model"):
        load_model(path)
    assert not marker.exists()


def test_crafted_model_is_refused_from_the_cli(tmp_path):
    from click.testing import CliRunner

    from stance.cli import cli

    marker = tmp_path / "ran"
    path = tmp_path / "evil.joblib"
    joblib.dump({"format": "stance-model/1", "x": _RunsCode(marker)}, path)
    result = CliRunner().invoke(cli, ["predict", "--model", str(path), "Paris condemned the raid."])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert not marker.exists()


def test_bundled_model_loads_with_the_trusted_list_only():
    model, card = load_model()
    assert card["labels"] and model.predict(["Paris condemned the raid."]).shape == (1,)


def test_trusted_list_names_no_callables_that_run_commands():
    dangerous = {"system", "popen", "eval", "exec", "getattr", "__import__", "open", "Popen", "run", "call"}
    assert not {name for _, name in TRUSTED_GLOBALS} & dangerous
    assert not {module for module, _ in TRUSTED_GLOBALS} & {"os", "posix", "subprocess", "sys", "importlib"}
