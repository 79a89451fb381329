"""Custom code survives regeneration: hand edits merged three-way, conflicts reported, .sdkgenignore."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import publish
from generator.cli import main
from generator.errors import GeneratorError
from generator.output import hand_edits, writer
from tests.support.helpers import FIXTURES, settings_for

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="merging needs git merge-file")

ITEMS = "mini/resources/items.py"
HELPER = '\n\ndef first_item_name(client: object) -> str:\n    """Mine, not generated."""\n    return "x"\n'


class Project:
    """A spec and the SDK generated from it, in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.spec, self.output = folder / "api.yaml", folder / "sdk"
        self.spec.write_text((FIXTURES / "mini.yaml").read_text())

    def generate(self, *options: str) -> Result:
        arguments = [
            "generate",
            "--spec",
            str(self.spec),
            "--output",
            str(self.output),
            "--package-name",
            "mini",
        ]
        return CliRunner().invoke(main, [*arguments, *options])

    def edit_spec(self, old: str, new: str) -> None:
        text = self.spec.read_text()
        assert old in text
        self.spec.write_text(text.replace(old, new))

    def file(self, path: str) -> Path:
        return self.output / path


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project(tmp_path)
    assert made.generate().exit_code == 0
    return made


def test_a_hand_edit_survives_regeneration(project: Project) -> None:
    items = project.file(ITEMS)
    items.write_text(items.read_text() + HELPER)
    unchanged = project.generate()  # same inputs: the no-op shortcut, which must not hide the edit
    assert unchanged.exit_code == 0 and f"kept    {ITEMS}  (holds your edits" in unchanged.output
    checked = project.generate("--check")
    assert checked.exit_code == 0, checked.output
    assert f"kept    {ITEMS}" in checked.output and "1 holding hand edits" in checked.output

    project.edit_spec("summary: List items.", "summary: List every item.")
    stale = project.generate("--check")
    assert (
        stale.exit_code == 1 and f"merged  {ITEMS}" in stale.output and HELPER in items.read_text()
    )
    result = project.generate()
    assert result.exit_code == 0, result.output
    assert f"merged  {ITEMS}  (your edits, merged into the new output)" in result.output
    assert "0 removed, 1 holding your edits" in result.output
    text = items.read_text()
    assert text.endswith(HELPER) and '"""List every item.' in text and "List items." not in text
    assert project.generate("--check").exit_code == 0
    # the base is the new output, so the next merge starts from it
    assert hand_edits.read_base(project.output, ITEMS) + HELPER == text


def test_a_conflicting_edit_is_written_with_markers_and_exits_2(project: Project) -> None:
    items = project.file(ITEMS)
    items.write_text(
        items.read_text().replace('        """List items.\n', '        """Lists my items.\n', 1)
    )
    project.edit_spec("summary: List items.", "summary: List every item.")
    result = project.generate()
    assert result.exit_code == 2, result.output
    text = items.read_text()
    starts = [
        n for n, line in enumerate(text.splitlines(), 1) if line.startswith("<<<<<<< your edit")
    ]
    assert len(starts) == 1
    assert (
        f"CONFLICT {ITEMS}  (your edits and the new output differ at line(s) {starts[0]})"
        in result.output
    )
    assert (
        "Lists my items." in text
        and "List every item." in text
        and ">>>>>>> newly generated" in text
    )
    assert "1 file(s) with conflicts" in result.output

    again = project.generate()  # unresolved: left as it is, still reported
    assert again.exit_code == 2 and items.read_text() == text
    assert project.generate("--check").exit_code == 2
    with pytest.raises(
        GeneratorError, match=f"unresolved conflicts between your edits.*\n    {ITEMS} \\(line"
    ):
        publish.build(
            settings_for(project.spec, project.output, "mini"), project.output.parent / "dist"
        )

    resolved = (
        text.split("<<<<<<< your edit\n", 1)[0]
        + '        """Lists my items.\n'
        + text.split(">>>>>>> newly generated\n", 1)[1]
    )
    items.write_text(resolved)
    after = project.generate()
    assert after.exit_code == 0 and items.read_text() == resolved


def test_ignored_files_are_never_written_nor_removed(project: Project) -> None:
    (project.output / ".sdkgenignore").write_text("# my own\nmini/_version.py\nnotes/\n")
    version = project.file("mini/_version.py")
    version.write_text('__version__ = "mine"\n')
    (project.output / "notes").mkdir()
    (project.output / "notes" / "todo.md").write_text("mine\n")
    result = project.generate("--package-version", "9.9.9")
    assert result.exit_code == 0, result.output
    assert "ignored mini/_version.py  (.sdkgenignore)" in result.output
    assert version.read_text() == '__version__ = "mine"\n'
    manifest = json.loads((project.output / writer.MANIFEST).read_text())
    assert "mini/_version.py" not in manifest["files"]
    assert project.generate("--package-version", "9.9.9", "--check").exit_code == 0
    assert (project.output / "notes" / "todo.md").read_text() == "mine\n"


def test_a_hand_edited_file_no_longer_generated_is_left_in_place(project: Project) -> None:
    items = project.file(ITEMS)
    items.write_text(items.read_text() + HELPER)
    project.edit_spec("x-sdkgen-group: items", "x-sdkgen-group: things")
    result = project.generate()
    assert result.exit_code == 0, result.output
    assert f"left    {ITEMS}  (holds your edits; no longer generated, now yours)" in result.output
    assert items.read_text().endswith(HELPER) and project.file("mini/resources/things.py").is_file()
    assert not (project.output / hand_edits.base_path(ITEMS)).exists()
    assert ITEMS not in json.loads((project.output / writer.MANIFEST).read_text())["files"]


def test_without_a_base_every_difference_is_a_conflict(project: Project) -> None:
    """An output folder written before bases were kept: nothing says which side changed what."""
    items = project.file(ITEMS)
    items.write_text(items.read_text() + HELPER)
    (project.output / hand_edits.base_path(ITEMS)).unlink()
    project.edit_spec("summary: List items.", "summary: List every item.")
    result = project.generate()
    assert result.exit_code == 2, result.output
    text = items.read_text()
    assert text.count("<<<<<<< your edit") == 3  # the summary, sync and async, and the helper
    assert HELPER.strip() in text and "List every item." in text
