"""Hostile input: every fixture in tests/fixtures/hostile/ through the real CLI, in a child process.

Each run must end with a package that imports (and passes ``mypy --strict``) or with a located
error, never a traceback; must write nothing outside its output folder (and the generator's
cache); and must stay within its bounds of CPU time and memory, set as resource limits on the
child, so a run that would take minutes or gigabytes is killed and fails the test.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.helpers import FIXTURES, assert_imports_type_checks_and_lints

HOSTILE = FIXTURES / "hostile"
SDKGEN = Path(sys.executable).with_name("sdkgen")

#: Fixtures that must generate a package that imports and passes mypy --strict.
GENERATES = [
    "keywords_as_names.yaml",
    "equal_after_normalisation.yaml",
    "injection_in_text.yaml",
    "path_separators_in_names.yaml",
    "deep_nesting.yaml",
    "self_reference.yaml",
    "inline_name_clash.yaml",
]
#: Fixtures that must be refused: what the error says, and the line it names.
REFUSED = {
    "alias_bomb.yaml": ("expands to more than", 10),
    "recursive_alias.yaml": ("contains itself", 5),
    "non_utf8.yaml": ("not UTF-8", 2),
    "truncated.yaml": ("invalid YAML", 10),
    "not_openapi.yaml": ("not an OpenAPI document", 1),
    "deep_json.json": ("nests more than", None),
}

#: Bounds of one run. Refusing is cheap, so its bounds are tight (the issue asks for 2 s).
GENERATE_BOUNDS = (120, 3 * 2**30)  # CPU seconds, bytes of address space
REFUSE_BOUNDS = (2, 1 * 2**30)


def test_every_fixture_is_classified() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted([*GENERATES, *REFUSED])


def _limits(cpu_seconds: int, memory: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child, before it executes sdkgen
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return apply


def _run(
    fixture: str, tmp_path: Path, bounds: tuple[int, int]
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """``sdkgen generate`` on ``fixture`` from a project folder nested in ``tmp_path``.

    The output sits three levels down, so a name like ``../../escaped`` used as a path would
    land inside ``tmp_path``, where :func:`_files_outside` sees it.
    """
    project = tmp_path / "a" / "b" / "project"
    project.mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.sdkgen]\noutput = "out"\n', encoding="utf-8")
    package = Path(fixture).stem
    run = subprocess.run(
        [str(SDKGEN), "generate", "--spec", str(HOSTILE / fixture), "--package-name", package],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=bounds[0] * 4 + 30,
        preexec_fn=_limits(*bounds),
    )
    return run, project


def _files_outside(tmp_path: Path, project: Path) -> list[str]:
    allowed = (project / "out", project / ".sdkgen-cache", project / "pyproject.toml")
    return [
        str(p)
        for p in tmp_path.rglob("*")
        if p.is_file() and not any(p == a or a in p.parents for a in allowed)
    ]


def _assert_no_traceback(run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stderr + run.stdout, run.stderr[-3000:]
    assert (
        run.returncode >= 0
    ), f"killed by signal {-run.returncode} (over its CPU or memory bound?)"


@pytest.mark.slow
@pytest.mark.parametrize("fixture", GENERATES)
def test_generates_an_sdk_that_imports_and_type_checks(
    fixture: str, tmp_path: Path, mypy_cache: Path
) -> None:
    run, project = _run(fixture, tmp_path, GENERATE_BOUNDS)
    _assert_no_traceback(run)
    assert run.returncode == 0, run.stderr[-3000:]
    assert _files_outside(tmp_path, project) == []
    assert_imports_type_checks_and_lints(project / "out", Path(fixture).stem, mypy_cache)


@pytest.mark.parametrize("fixture", sorted(REFUSED))
def test_is_refused_with_a_located_error(fixture: str, tmp_path: Path) -> None:
    run, project = _run(fixture, tmp_path, REFUSE_BOUNDS)
    _assert_no_traceback(run)
    assert run.returncode == 1, run.stdout + run.stderr
    expected, line = REFUSED[fixture]
    where = str(HOSTILE / fixture) + (f":{line}" if line is not None else "")
    assert f"Error: {where}" in run.stderr and expected in run.stderr, run.stderr
    assert _files_outside(tmp_path, project) == [] and not (project / "out").exists()
