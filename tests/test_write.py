import os
import re
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.output import writer
from tests.support.helpers import FIXTURES, tree


def test_writes_only_changes_and_records_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = {"a.py": "a\n", "pkg/b.py": "b\n"}
    writer.apply(out, files, writer.plan(out, files))
    assert writer.read_manifest(out) == {p: writer.digest(t) for p, t in files.items()}
    again = writer.plan(out, files)
    assert again.write == () and again.unchanged == ("a.py", "pkg/b.py")
    changed = {"a.py": "a2\n", "pkg/b.py": "b\n"}
    assert writer.plan(out, changed).write == ("a.py",)


def test_removes_only_stale_files_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.apply(
        out,
        {"a.py": "a\n", "old/x.py": "x\n"},
        writer.plan(out, {"a.py": "a\n", "old/x.py": "x\n"}),
    )
    (out / "user_notes.txt").write_text("mine")
    new = {"a.py": "a\n"}
    the_plan = writer.plan(out, new)
    assert the_plan.remove == ("old/x.py",)
    writer.apply(out, new, the_plan)
    assert not (out / "old").exists()
    assert (out / "user_notes.txt").read_text() == "mine"


def test_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.py").write_text("user's own\n")
    with pytest.raises(GeneratorError, match="did not write"):
        writer.apply(out, {"a.py": "a\n"}, writer.plan(out, {"a.py": "a\n"}))
    assert (out / "a.py").read_text() == "user's own\n"


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores permissions"
)
def test_unwritable_output_changes_nothing_as_user(
    tmp_path: Path,
) -> None:  # pragma: no cover - non-root
    out = tmp_path / "out"
    writer.apply(out, {"a.py": "a\n"}, writer.plan(out, {"a.py": "a\n"}))
    before = tree(out)
    out.chmod(0o500)
    try:
        with pytest.raises(GeneratorError, match="cannot write"):
            writer.apply(
                out,
                {"a.py": "changed\n", "b.py": "b\n"},
                writer.plan(out, {"a.py": "changed\n", "b.py": "b\n"}),
            )
    finally:
        out.chmod(0o700)
    assert tree(out) == before


def test_failure_midway_leaves_output_untouched(tmp_path: Path) -> None:
    """Root ignores permission bits, so make the second temporary file impossible instead."""
    out = tmp_path / "out"
    files = {"a.py": "a\n", "z/b.py": "b\n"}
    writer.apply(out, files, writer.plan(out, files))
    before = tree(out)
    (out / "z" / ".b.py.sdkgen-tmp").mkdir()  # a folder where the temporary file must go
    changed = {"a.py": "A\n", "z/b.py": "B\n"}
    with pytest.raises(GeneratorError, match="cannot write"):
        writer.apply(out, changed, writer.plan(out, changed))
    (out / "z" / ".b.py.sdkgen-tmp").rmdir()
    assert tree(out) == before


def test_the_report_counts_the_lines_each_file_gains_and_loses(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    spec = tmp_path / "spec.yaml"
    spec.write_text((FIXTURES / "mini.yaml").read_text())
    options = [
        "generate",
        "--spec",
        str(spec),
        "--output",
        str(tmp_path / "out"),
        "--package-name",
        "mini",
    ]
    first = CliRunner().invoke(main, options)
    assert first.exit_code == 0, first.output
    assert (
        "wrote   mini/_client.py  (+" in first.output and " -0)" in first.output
    )  # new files only add
    spec.write_text(spec.read_text().replace("summary: List items.", "summary: List every item."))
    check = CliRunner().invoke(main, [*options, "--check"])
    assert check.exit_code == 1
    changed = re.search(r"mini/resources/items.py  \(\+(\d+) -(\d+)\)", check.output)
    assert changed and changed[1] == changed[2] != "0"  # one line edited where the summary appears
    second = CliRunner().invoke(main, options)
    assert f"wrote   mini/resources/items.py  (+{changed[1]} -{changed[2]})" in second.output
