"""The root README stays true: CLI reference and configuration keys come from the code."""

from __future__ import annotations

from generator.cli_docs import cli_reference
from generator.config import CONFIG_KEYS
from tests.support.helpers import ROOT

README = (ROOT / "README.md").read_text()


def test_readme_opens_with_the_two_setup_commands() -> None:
    block = README.split("```bash\n", 1)[1].split("```", 1)[0].splitlines()
    assert block[0].startswith(
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/sdkgen generate"
    )
    assert block[1].startswith("bash tests/run.sh")
    assert "bash tests/run.sh" in (ROOT / ".ci" / "run").read_text()


def test_cli_reference_matches_the_commands() -> None:
    assert cli_reference() in README, "regenerate the CLI section: python -m generator.cli_docs"


def test_every_configuration_key_is_documented() -> None:
    for key, meaning in CONFIG_KEYS.items():
        assert f"| `{key}` | {meaning} |" in README
