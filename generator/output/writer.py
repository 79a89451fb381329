"""Write a file set into the output folder atomically, guided by a manifest of what we wrote.

All new contents are first written to temporary files beside their targets; only when every one
of them exists are they moved into place with ``os.replace``. Stale files are removed only when
the previous run's manifest lists them, so a file the generator did not write is never deleted
nor overwritten.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.errors import GeneratorError, Location

MANIFEST = ".sdkgen-manifest.json"


@dataclass(frozen=True)
class Plan:
    """What writing a file set would change."""

    write: tuple[str, ...]
    unchanged: tuple[str, ...]
    remove: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def changed(self) -> tuple[str, ...]:
        """Every path that differs from what is on disk."""
        return tuple(sorted(self.write + self.remove))


def line_changes(output: Path, files: dict[str, str], the_plan: Plan) -> dict[str, tuple[int, int]]:
    """Lines added and removed per changed path (a new file only adds, a removed one only removes)."""
    changes = {}
    for path in the_plan.changed:
        old = _read(output / path).splitlines()
        new = files.get(path, "").splitlines()
        diff = list(difflib.unified_diff(old, new, lineterm="", n=0))[2:]
        changes[path] = (
            sum(line.startswith("+") for line in diff),
            sum(line.startswith("-") for line in diff),
        )
    return changes


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def digest(text: str) -> str:
    """Hex sha256 of a file's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _manifest(output: Path) -> dict[str, object]:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def read_manifest(output: Path) -> dict[str, str]:
    """Path → sha256 of the files the previous run wrote (empty when there was none)."""
    files = _manifest(output).get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def manifest_text(files: dict[str, str], inputs: str) -> str:
    """The manifest recording ``files`` and the fingerprint of the inputs they came from."""
    body: dict[str, object] = {
        "generator": f"sdkgen {__version__}",
        "inputs": inputs,
        "files": {p: digest(t) for p, t in sorted(files.items())},
    }
    return json.dumps(body, indent=2) + "\n"


def up_to_date(output: Path, inputs: str) -> tuple[str, ...] | None:
    """The recorded files when the last run had these inputs and its files are intact, else None."""
    if _manifest(output).get("inputs") != inputs:
        return None
    recorded = read_manifest(output)
    for path, expected in recorded.items():
        try:
            if digest((output / path).read_text(encoding="utf-8")) != expected:
                return None
        except (OSError, UnicodeDecodeError):
            return None
    return tuple(sorted(recorded))


def plan(output: Path, files: dict[str, str]) -> Plan:
    """Compare ``files`` with the output folder."""
    previous = read_manifest(output)
    write, unchanged, conflicts = [], [], []
    for path, text in sorted(files.items()):
        target = output / path
        try:
            current = target.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            write.append(path)
            continue
        except (OSError, UnicodeDecodeError):
            current = None
        if current == text:
            unchanged.append(path)
        else:
            write.append(path)
            if path not in previous:
                conflicts.append(path)
    remove = sorted(p for p in previous if p not in files and (output / p).is_file())
    return Plan(tuple(write), tuple(unchanged), tuple(remove), tuple(conflicts))


def apply(
    output: Path, files: dict[str, str], the_plan: Plan, inputs: str = "", state: dict[str, str] | None = None
) -> None:
    """Carry out ``the_plan``; on any error nothing in ``output`` has changed.

    ``state`` (path → text) is written in the same step but not recorded as generated: files the
    generator keeps for itself or adds to (the changelog), never compared nor removed.
    """
    if the_plan.conflicts:
        raise GeneratorError(
            f"would overwrite {len(the_plan.conflicts)} file(s) the generator did not write: "
            + ", ".join(the_plan.conflicts[:5]),
            Location(str(output)),
            hint="move them away, or choose another --output folder",
        )
    staged: list[tuple[Path, Path]] = []
    try:
        writes = {path: files[path] for path in the_plan.write} | (state or {})
        for path, content in writes.items():
            target = output / path
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.sdkgen-tmp")
            temporary.write_text(content, encoding="utf-8")
            staged.append((temporary, target))
        manifest = output / MANIFEST
        text = manifest_text(files, inputs)
        if not manifest.is_file() or manifest.read_text(encoding="utf-8") != text:
            output.mkdir(parents=True, exist_ok=True)
            temporary_manifest = output / f".{MANIFEST}.sdkgen-tmp"
            temporary_manifest.write_text(text, encoding="utf-8")
            staged.append((temporary_manifest, manifest))
    except OSError as exc:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise GeneratorError(
            f"cannot write the output folder: {exc.strerror or exc}",
            Location(str(exc.filename or output)),
            hint="check the folder's permissions and free space; nothing was changed",
        ) from None
    for temporary, target in staged:
        os.replace(temporary, target)
    for path in the_plan.remove:
        (output / path).unlink(missing_ok=True)
        _remove_empty_parents(output, (output / path).parent)


def _remove_empty_parents(output: Path, folder: Path) -> None:
    while folder != output and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
