"""The no-op shortcut's fingerprint depends on contents and relative paths, not on where the project is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import load_settings
from generator.output import writer
from tests.support.helpers import ROOT, copy_project, tree

MANIFEST = Path("generated") / writer.MANIFEST


def test_clones_at_different_paths_are_both_clean_and_take_the_shortcut(tmp_path: Path) -> None:
    for clone in (copy_project(tmp_path / "a"), copy_project(tmp_path / "elsewhere" / "b")):
        before = tree(clone / "generated")
        said: list[str] = []
        report = pipeline.generate(load_settings(clone), said.append, check=True)
        assert report.plan.changed == (), report.plan.changed
        assert any("inputs unchanged" in message for message in said), said  # no render needed
        report = pipeline.generate(load_settings(clone), said.append)
        assert tree(clone / "generated") == before
        assert (clone / MANIFEST).read_bytes() == (ROOT / MANIFEST).read_bytes()


def test_a_moved_fixture_project_stays_up_to_date(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    (first / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "api.yaml"\noutput = "out"\npackage-name = "mini"\ntemplates = []\n'
    )
    shutil.copy2(ROOT / "tests" / "fixtures" / "mini.yaml", first / "api.yaml")
    pipeline.generate(load_settings(first))
    moved = tmp_path / "somewhere" / "else"
    shutil.copytree(first, moved)
    said: list[str] = []
    assert pipeline.generate(load_settings(moved), said.append, check=True).plan.changed == ()
    assert any("inputs unchanged" in message for message in said), said
    assert tree(moved / "out") == tree(first / "out")


def test_sdkgen_cache_dir_holds_the_cache_instead_of_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CI cache, or one cache for several checkouts; without it, ``.sdkgen-cache`` in the project."""
    from tests.support.helpers import FIXTURES, settings_for

    settings = settings_for(FIXTURES / "mini.yaml", tmp_path / "project" / "sdk")
    monkeypatch.delenv(pipeline.CACHE_VARIABLE)
    assert pipeline.cache_root(settings) == tmp_path / "project" / ".sdkgen-cache"
    monkeypatch.setenv(pipeline.CACHE_VARIABLE, str(tmp_path / "ci-cache"))
    pipeline.generate(settings)
    assert (
        any((tmp_path / "ci-cache").rglob("*"))
        and not (tmp_path / "project" / ".sdkgen-cache").exists()
    )
