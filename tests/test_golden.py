"""The committed generated/ is exactly what the generator makes, and generation is deterministic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import load_settings
from generator.output import writer
from tests.support.helpers import ROOT, tree


def test_committed_output_is_what_the_generator_makes() -> None:
    settings = load_settings(ROOT)
    files = pipeline.render_sdk(settings)
    recorded = writer.read_manifest(settings.output)
    committed = {path: (settings.output / path).read_text() for path in recorded}
    assert set(recorded) == set(files), "generated/.sdkgen-manifest.json lists other files"
    stale = sorted(p for p in set(files) | set(committed) if files.get(p) != committed.get(p))
    assert stale == [], f"generated/ is stale, run `sdkgen generate`: {stale}"


@pytest.mark.slow
def test_two_runs_in_fresh_processes_are_byte_identical(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--output", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(tree(out))
    assert outputs[0] == outputs[1]
    assert "humanloop/_client.py" in outputs[0]


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", "--output", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    assert subprocess.run([*command, "--check"], cwd=ROOT, capture_output=True).returncode == 0
    (out / "humanloop" / "_version.py").unlink()
    checked = subprocess.run([*command, "--check"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 1
    assert "humanloop/_version.py" in checked.stdout
    (out / "humanloop" / "_version.py").write_text("edited\n")  # a hand edit: kept, and reported
    checked = subprocess.run([*command, "--check"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert "kept    humanloop/_version.py  (holds your edits" in checked.stdout
