"""The report of what changed in the SDK's API from one run to the next."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator import pipeline
from generator.cli import main
from generator.output import api_surface
from tests.support.helpers import FIXTURES, settings_for


def test_changes_name_what_was_added_removed_and_changed() -> None:
    before = {
        "items.get": ["item_id: str", "expand: bool (optional)", "-> Item"],
        "items.delete": ["item_id: str", "-> None"],
        "types.Color": ["= 'red'"],
    }
    after = {
        "items.get": ["item_id: int", "fields: list[str] (optional)", "-> ItemDetail"],
        "items.archive": ["item_id: str", "-> Item"],
        "types.Color": ["= 'red'", "= 'blue'"],
    }
    assert api_surface.changes(before, after) == [
        "+ items.archive",
        "- items.delete",
        (
            "~ items.get: item_id: str → item_id: int, -> Item → -> ItemDetail, "
            "+ fields: list[str] (optional), - expand: bool (optional)"
        ),
        "~ types.Color: + = 'blue'",
    ]
    assert api_surface.changes(after, after) == []


def test_a_regenerate_reports_the_api_changes_of_the_spec_edit(tmp_path: Path) -> None:
    spec, output = tmp_path / "spec.yaml", tmp_path / "out"
    text = (FIXTURES / "mini.yaml").read_text()
    spec.write_text(text)
    settings = settings_for(spec, output)
    assert pipeline.generate(settings).api_changes == ()  # a first run has nothing to compare with

    spec.write_text(
        text.replace("        - {name: from, in: query, schema: {type: string}}\n",
                     "        - {name: from, in: query, schema: {type: string}}\n"
                     "        - {name: fields, in: query, schema: {type: array, items: {type: string}}}\n")
        .replace("x-sdkgen-name: delete_many", "x-sdkgen-name: remove_many")
    )
    changes = pipeline.generate(settings).api_changes
    assert "+ items.remove_many" in changes and "- items.delete_many" in changes
    assert "~ get_item: + fields: Sequence[str] (optional)" in changes, changes

    spec.write_text(text)
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--output", str(output), "--check"])
    assert result.exit_code == 1
    assert "API changes (3):" in result.output and "  - get_item" not in result.output
    assert "  ~ get_item: - fields: Sequence[str] (optional)" in result.output
