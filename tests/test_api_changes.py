"""What changed in the SDK's API between two specs, judged by what it does to code using the SDK:
`sdkgen diff`, the report of `sdkgen generate`, `--bump` and the changelog, the release check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import pipeline, publish
from generator.cli import main
from generator.errors import GeneratorError
from generator.output import api_surface, history, versioning
from tests.support.helpers import FIXTURES, ROOT, settings_for

V1, V2 = FIXTURES / "versions" / "v1.yaml", FIXTURES / "versions" / "v2.yaml"

#: Every change from v1 to v2, in the order the report gives them.
V1_TO_V2 = [
    ("breaking", "logs.get", "request goes to GET /log-entries/{id} (was GET /logs/{id})"),
    ("breaking", "logs.list", "parameter filter is now int (was str)"),
    (
        "breaking",
        "projects.create",
        "request body is sent as application/x-www-form-urlencoded (was application/json)",
    ),
    ("breaking", "projects.create", "parameter description became required"),
    ("breaking", "projects.get", "parameter expand renamed to expand_all"),
    ("breaking", "projects.list_deployed_configs", "method removed"),
    ("breaking", "sessions.get_session_details", "returns List[int] (was List[str])"),
    ("breaking", "sessions.get_session_info", "method renamed to sessions.get_session_details"),
    ("breaking", "sessions.list", "parameter size became required"),
    ("breaking", "types.CreateProject", "field description became required"),
    ("breaking", "types.Legacy", "model removed"),
    ("breaking", "types.Project", "field data_count renamed to datapoint_count"),
    ("breaking", "types.Status", "enum value 'retired' removed"),
    ("additive", "projects.archive", "method added"),
    ("additive", "projects.list", "optional parameter archived: bool added"),
    ("additive", "types.Project", "optional field created_at: str added"),
    ("additive", "types.Status", "enum value 'on_hold' added"),
    ("additive", "types.Team", "model added"),
    ("docs", "sessions.list", "summary, description or example changed"),
    ("docs", "types.Project", "description changed"),
]


def _invoke(*arguments: str | Path, cwd: Path | None = None) -> Result:
    """``sdkgen ARGUMENTS`` run in ``cwd`` (where it finds its [tool.sdkgen])."""
    previous = Path.cwd()
    os.chdir(cwd or previous)
    try:
        return CliRunner().invoke(main, [str(a) for a in arguments])
    finally:
        os.chdir(previous)


def test_v1_to_v2_names_every_class_of_change(tmp_path: Path) -> None:
    comparison = pipeline.diff(settings_for(V1, tmp_path / "out", "versions"), str(V1), str(V2))
    assert [(c.level, c.subject, c.what) for c in comparison.changes] == V1_TO_V2
    assert comparison.suggested_version == "0.2.0"  # breaking below 1.0: minor
    assert (
        pipeline.diff(settings_for(V1, tmp_path / "out", "versions"), str(V2), str(V2)).changes
        == ()
    )


def test_types_widened_or_narrowed_break_only_the_side_that_suffers() -> None:
    def snapshot(param: str, field: str, required: bool) -> api_surface.Snapshot:
        field_spec = {"type": field, "required": required, "docs": ""}
        return {
            "methods": {
                "items.get": {
                    "route": "GET /items",
                    "returns": "Item",
                    "stream": None,
                    "deprecated": False,
                    "errors": [],
                    "docs": "",
                    "params": {
                        "q": {"type": param, "required": False, "sent": "query", "docs": ""}
                    },
                }
            },
            "models": {
                "Item": {
                    "kind": "object",
                    "values": [],
                    "docs": "",
                    "request": False,
                    "response": True,
                    "fields": {"size": field_spec},
                }
            },
        }

    def judged(before: api_surface.Snapshot, after: api_surface.Snapshot) -> list[tuple[str, str]]:
        return [(c.level, c.what) for c in api_surface.compare(before, after)]

    narrow, wide = snapshot("str", "int", True), snapshot("str | int", "int | None", False)
    assert judged(narrow, wide) == [
        ("breaking", "field size became optional"),  # readers may find it missing
        ("breaking", "field size widened to int | None (was int)"),  # readers get a new type
        ("additive", "parameter q widened to str | int (was str)"),  # callers may send more
    ]
    assert judged(wide, narrow) == [
        ("breaking", "parameter q narrowed to str (was str | int)"),
        ("additive", "field size became required"),
        ("additive", "field size narrowed to int (was int | None)"),
    ]
    assert api_surface._union_members("Optional[Union[A, Literal['x', 'y']]]") == {
        "A",
        "Literal['x']",
        "Literal['y']",
        "None",
    }


def test_diff_formats_and_fail_on(tmp_path: Path) -> None:
    text = _invoke("diff", V1, V2, "--package-version", "1.0.0")
    assert text.exit_code == 0, text.output
    assert "(13 breaking, 5 additive, 2 docs-only)" in text.output
    assert "  ! types.Project: field data_count renamed to datapoint_count" in text.output
    assert "legend: ! breaking  + additive  ~ docs-only" in text.output
    assert "next version: 2.0.0 (from 1.0.0: breaking → major)" in text.output

    markdown = _invoke("diff", V1, V2, "--format", "markdown")
    assert "### Breaking (13): code written against the previous SDK" in markdown.output
    assert "- `projects.archive`: method added" in markdown.output

    data = json.loads(
        _invoke("diff", V1, V2, "--format", "json").stdout
    )  # stderr: the configuration line
    assert data["level"] == "breaking" and data["counts"] == {
        "breaking": 13,
        "additive": 5,
        "docs": 2,
    }
    assert [(c["level"], c["subject"], c["change"]) for c in data["changes"]] == V1_TO_V2

    additive = tmp_path / "additive.yaml"
    additive.write_text(
        V1.read_text().replace(
            "        - {name: page, in: query, schema: {type: integer}}\n",
            "        - {name: page, in: query, schema: {type: integer}}\n"
            "        - {name: archived, in: query, schema: {type: boolean}}\n",
        )
    )
    docs = tmp_path / "docs.yaml"
    docs.write_text(
        V1.read_text().replace("summary: List sessions.", "summary: List every session.")
    )
    exits = {
        (new.name, fail_on): _invoke("diff", V1, new, "--fail-on", fail_on).exit_code
        for new in (V2, additive, docs, V1)
        for fail_on in ("breaking", "additive", "any")
    }
    assert exits == {
        ("v2.yaml", "breaking"): 1,
        ("v2.yaml", "additive"): 1,
        ("v2.yaml", "any"): 1,
        ("additive.yaml", "breaking"): 0,
        ("additive.yaml", "additive"): 1,
        ("additive.yaml", "any"): 1,
        ("docs.yaml", "breaking"): 0,
        ("docs.yaml", "additive"): 0,
        ("docs.yaml", "any"): 1,
        ("v1.yaml", "breaking"): 0,
        ("v1.yaml", "additive"): 0,
        ("v1.yaml", "any"): 0,
    }


def _project(folder: Path, spec: Path, **config: str) -> Path:
    """A project with ``[tool.sdkgen]`` generating ``api.yaml`` into ``sdk/``."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {"spec": "api.yaml", "output": "sdk", "package-name": "versions", **config}
    lines = "".join(
        f"{key} = {value if value in ('true', 'false') else json.dumps(value)}\n"
        for key, value in settings.items()
    )
    (folder / "pyproject.toml").write_text(
        f"# the project\n[tool.sdkgen]\n{lines}\n[tool.other]\nx = 1\n"
    )
    shutil.copy2(spec, folder / "api.yaml")
    return folder


def test_diff_reads_git_revisions_and_defaults_to_the_last_generation(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    project = _project(tmp_path / "project", V1)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "api.yaml"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "v1"], cwd=project, check=True)
    assert _invoke("generate", cwd=project).exit_code == 0
    shutil.copy2(V2, project / "api.yaml")
    for arguments in (["HEAD"], ["HEAD:api.yaml", "api.yaml"], []):  # [] = recorded at generation
        result = _invoke("diff", "--format", "json", *arguments, cwd=project)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["counts"] == {
            "breaking": 13,
            "additive": 5,
            "docs": 2,
        }, arguments
    missing = _invoke("diff", "no-such-rev", cwd=project)
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    assert "no-such-rev: no such file, and git cannot read it as a revision" in missing.output


def test_generate_reports_the_changes_and_bump_sets_version_and_changelog(tmp_path: Path) -> None:
    project = _project(tmp_path / "project", V1, **{"package-version": "1.4.2"})
    assert _invoke("generate", cwd=project).exit_code == 0
    shutil.copy2(V2, project / "api.yaml")
    checked = _invoke("generate", "--check", cwd=project)
    assert checked.exit_code == 1
    assert "API changes (13 breaking, 5 additive, 2 docs-only):" in checked.output
    assert (
        "next version: 2.0.0 (from the last generation, 1.4.2: breaking → major)" in checked.output
    )

    bumped = _invoke("generate", "--bump", cwd=project)
    assert bumped.exit_code == 0, bumped.output
    assert "version 1.4.2 → 2.0.0" in bumped.output
    assert 'package-version = "2.0.0"' in (project / "pyproject.toml").read_text()
    assert "# the project\n" in (project / "pyproject.toml").read_text()  # the rest is kept
    assert 'version = "2.0.0"' in (project / "sdk" / "pyproject.toml").read_text()
    changelog = (project / "sdk" / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n\n## 2.0.0 (")
    assert "### Breaking (13)\n\n- `logs.get`: request goes to" in changelog
    assert "### Additive (5)" in changelog and "### Docs-only (2)" in changelog
    assert _invoke("generate", "--check", cwd=project).exit_code == 0  # the changelog is not output

    (project / "api.yaml").write_text(
        V2.read_text().replace("summary: Get a log.", "summary: Get one log.")
    )
    assert _invoke("generate", "--bump", cwd=project).exit_code == 0
    changelog = (project / "sdk" / "CHANGELOG.md").read_text()
    assert changelog.index("## 2.0.1 (") < changelog.index("## 2.0.0 (")
    assert "- `logs.get`: summary, description or example changed" in changelog


def test_bump_counts_from_the_last_release_and_build_checks_the_version(tmp_path: Path) -> None:
    project = _project(tmp_path / "project", V1, **{"package-version": "0.3.0", "bump": "true"})
    assert _invoke("generate", cwd=project).exit_code == 0
    output = project / "sdk"
    history.record_release(output, "0.3.0")
    (project / "api.yaml").write_text(
        V1.read_text().replace("summary: List sessions.", "summary: Sessions.")
    )
    assert _invoke("generate", cwd=project).exit_code == 0  # bump = true in [tool.sdkgen]
    assert 'package-version = "0.3.1"' in (project / "pyproject.toml").read_text()
    assert publish.version_problem(output, "0.3.1") is None

    shutil.copy2(V2, project / "api.yaml")
    assert publish.version_problem(output, "0.3.1") is None  # the output has not changed yet
    assert _invoke("generate", "--no-bump", cwd=project).exit_code == 0
    problem = publish.version_problem(output, "0.3.1")
    assert (
        problem
        and "breaking way since 0.3.0 (13 change(s)" in problem
        and "should be 0.4.0" in problem
    )
    warnings: list[str] = []
    publish.check_version(output, "0.3.1", strict=False, warn=warnings.append)
    assert warnings == [problem]
    with pytest.raises(GeneratorError, match="does not say so"):
        publish.check_version(output, "0.3.1", strict=True, warn=warnings.append)

    result = _invoke("generate", cwd=project)
    assert (
        "version 0.3.1 → 0.4.0 (from released 0.3.0, 0.3.0: breaking → minor): set" in result.output
    )
    assert publish.version_problem(output, "0.4.0") is None
    changelog = (output / "CHANGELOG.md").read_text()
    # 0.3.1 was never released: its entry is replaced by 0.4.0's, which lists all since 0.3.0
    assert "## 0.3.1" not in changelog and changelog.count("## 0.4.0 (") == 1
    assert "API changes since 0.3.0." in changelog and "`sessions.list`: summary" in changelog


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "additive", "1.5.0"),
        ("1.4.2", "docs", "1.4.3"),
        ("0.6.0", "breaking", "0.7.0"),
        ("0.6.0", "additive", "0.6.1"),
        ("0.6.0", "docs", "0.6.1"),
        ("2.0", None, "2.0"),
        ("1.0.0rc1", "docs", "1.0.1"),
    ],
)
def test_next_version(version: str, level: api_surface.Level | None, expected: str) -> None:
    assert versioning.next_version(version, level) == expected


def test_a_snapshot_of_another_shape_is_not_compared(tmp_path: Path) -> None:
    recorded = json.loads((ROOT / "generated" / api_surface.SNAPSHOT_PATH).read_text())
    assert api_surface.is_snapshot(recorded)
    older = {"methods": {"items.get": ["item_id: str", "-> Item"]}, "models": {}, "client": {}}
    for data in ({}, older, {"methods": {}, "models": {"X": {"kind": "object"}}, "client": {}}):
        assert not api_surface.is_snapshot(data)
    (tmp_path / ".sdkgen").mkdir()
    (tmp_path / api_surface.SNAPSHOT_PATH).write_text(json.dumps(older))
    assert history.read_snapshot(tmp_path) is None  # as if there were none: no report, no traceback
