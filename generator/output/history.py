"""What the output folder remembers between runs, beside the manifest, under ``.sdkgen/``:

- ``api.json``: the API snapshot of the last generation (written with the SDK's files, and
  checked like them), from which the next run and ``sdkgen diff`` say what changed;
- ``released.json``: the version and snapshot of the last release ``sdkgen publish`` uploaded,
  which ``--bump`` counts from and ``build``/``publish`` check the version against.

``CHANGELOG.md`` beside the SDK is history too: ``--bump`` adds to it, nothing else writes it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from generator.output.api_surface import SNAPSHOT_PATH, Snapshot, is_snapshot

RELEASED_PATH = ".sdkgen/released.json"
CHANGELOG_PATH = "CHANGELOG.md"


@dataclass(frozen=True)
class Baseline:
    """An API and the package version it had: what the next version is counted from."""

    label: str
    version: str
    snapshot: Snapshot
    released: bool


def read_snapshot(output: Path) -> Snapshot | None:
    """The snapshot the last generation recorded, if any."""
    data = _read_json(output / SNAPSHOT_PATH)
    return data if is_snapshot(data) else None


def read_released(output: Path) -> Baseline | None:
    """The last release ``sdkgen publish`` recorded, if any."""
    data = _read_json(output / RELEASED_PATH) or {}
    version, api = data.get("version"), data.get("api")
    if not isinstance(version, str) or not isinstance(api, dict) or not is_snapshot(api):
        return None
    return Baseline(f"released {version}", version, api, released=True)


def baseline(output: Path, version: str) -> Baseline | None:
    """The last release when one is recorded, else the last generation (at ``version``)."""
    previous = read_snapshot(output)
    last_run = (
        Baseline("the last generation", version, previous, released=False)
        if previous is not None
        else None
    )
    return read_released(output) or last_run


def record_release(output: Path, version: str) -> Path:
    """Record the output folder's current API as released at ``version`` (atomically)."""
    snapshot = read_snapshot(output) or {}
    target = output / RELEASED_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.sdkgen-tmp")
    temporary.write_text(
        json.dumps({"version": version, "api": snapshot}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    os.replace(temporary, target)
    return target


def read_text(output: Path, path: str) -> str:
    """A file of the output folder, ``""`` when it is not there."""
    try:
        return (output / path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
