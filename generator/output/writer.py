"""Write a file set into the output folder atomically, guided by a manifest of what we wrote.

All new contents are first written to temporary files beside their targets; only when every one
of them exists are they moved into place with ``os.replace``. Stale files are removed only when
the previous run's manifest lists them, so a file the generator did not write is never deleted
nor overwritten. Files ``.sdkgenignore`` matches are left alone, and the user's edits to generated
files are merged into the new output (see :mod:`generator.output.hand_edits`).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.errors import GeneratorError, Location
from generator.output import hand_edits

MANIFEST = ".sdkgen-manifest.json"


@dataclass(frozen=True)
class Plan:
    """What writing a file set would change."""

    write: tuple[str, ...]
    unchanged: tuple[str, ...]
    remove: tuple[str, ...]
    conflicts: tuple[str, ...]
    """Files in the way that the generator did not write: it refuses to overwrite them."""
    texts: Mapping[str, str] = field(default_factory=dict)
    """What to write where it is not the new output: the user's edits merged into it."""
    merged: tuple[str, ...] = ()
    """Hand-edited files whose edits merge cleanly into the new output (written)."""
    merge_conflicts: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """Hand-edited files with conflicts, and the lines where their markers start (written with
    markers, or left as they are when they still hold a conflict not yet resolved)."""
    kept: tuple[str, ...] = ()
    """Hand-edited files the new output does not change: left as they are."""
    ignored: tuple[str, ...] = ()
    """Files ``.sdkgenignore`` matches: neither written nor removed."""
    orphaned: tuple[str, ...] = ()
    """Hand-edited files the generator no longer makes: left in place, no longer its own."""

    @property
    def changed(self) -> tuple[str, ...]:
        """Every path that differs from what is on disk."""
        return tuple(sorted(self.write + self.remove))

    @property
    def hand_edited(self) -> tuple[str, ...]:
        """Every generated file that holds the user's edits."""
        return tuple(
            sorted((*self.merged, *self.kept, *(path for path, _ in self.merge_conflicts)))
        )


def line_changes(output: Path, files: dict[str, str], the_plan: Plan) -> dict[str, tuple[int, int]]:
    """Lines added and removed per changed path (a new file only adds, a removed one only removes)."""
    changes = {}
    for path in the_plan.changed:
        old = _read(output / path).splitlines()
        new = the_plan.texts.get(path, files.get(path, "")).splitlines()
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


def up_to_date(output: Path, inputs: str) -> Plan | None:
    """When the last run had these inputs and its files are all there, what regenerating would do
    (nothing: hand-edited files stay as they are, since the output under them is the same); else None.
    """
    if _manifest(output).get("inputs") != inputs:
        return None
    unchanged, kept, conflicts = [], [], []
    for path, expected in sorted(read_manifest(output).items()):
        try:
            text = (output / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if digest(text) == expected:
            unchanged.append(path)
        elif lines := hand_edits.conflict_lines(text):
            conflicts.append((path, lines))
        else:
            kept.append(path)
    return Plan((), tuple(unchanged), (), (), kept=tuple(kept), merge_conflicts=tuple(conflicts))


def plan(output: Path, files: dict[str, str]) -> Plan:
    """Compare ``files`` with the output folder, merging the user's edits into them."""
    previous = read_manifest(output)
    is_ignored = hand_edits.ignored(output)
    write, unchanged, conflicts, merged, kept, ignored = [], [], [], [], [], []
    texts: dict[str, str] = {}
    merge_conflicts: list[tuple[str, tuple[int, ...]]] = []
    for path, text in sorted(files.items()):
        if is_ignored(path):
            ignored.append(path)
            continue
        try:
            current: str | None = (output / path).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            write.append(path)
            continue
        except (OSError, UnicodeDecodeError):
            current = None
        if current == text:
            unchanged.append(path)
        elif path not in previous:
            write.append(path)
            conflicts.append(path)
        elif current is None or digest(current) == previous[path] or not hand_edits.editable(path):
            write.append(path)  # as the generator left it, or its own record: no edits to keep
        elif unresolved := hand_edits.conflict_lines(current):
            merge_conflicts.append((path, unresolved))  # left as it is until the user resolves it
        elif digest(text) == previous[path]:
            kept.append(path)  # edited, and the output under the edits is the same
        else:
            result = hand_edits.merge(hand_edits.read_base(output, path), current, text, path)
            if result.text != current:
                write.append(path)
                texts[path] = result.text
            if result.conflicts:
                merge_conflicts.append((path, result.conflicts))
            elif result.text != current:
                merged.append(path)
            else:
                kept.append(path)
    remove: list[str] = []
    orphaned: list[str] = []
    for path in sorted(
        p for p in previous if p not in files and not is_ignored(p) and (output / p).is_file()
    ):
        (remove if digest(_read(output / path)) == previous[path] else orphaned).append(path)
    return Plan(
        tuple(write),
        tuple(unchanged),
        tuple(remove),
        tuple(conflicts),
        texts,
        tuple(merged),
        tuple(merge_conflicts),
        tuple(kept),
        tuple(ignored),
        tuple(orphaned),
    )


def apply(
    output: Path,
    files: dict[str, str],
    the_plan: Plan,
    inputs: str = "",
    state: dict[str, str] | None = None,
) -> None:
    """Carry out ``the_plan``; on any error nothing in ``output`` has changed.

    ``state`` (path → text) is written in the same step but not recorded as generated: files the
    generator keeps for itself or adds to (the changelog), never compared nor removed. So are the
    bases of the generated files, for merging the user's next edits.
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
        recorded = {path: text for path, text in files.items() if path not in the_plan.ignored}
        writes: dict[str, str | bytes] = {
            path: the_plan.texts.get(path, files[path]) for path in the_plan.write
        }
        writes |= {**(state or {}), **hand_edits.base_updates(output, recorded)}
        for path, content in writes.items():
            target = output / path
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.sdkgen-tmp")
            if isinstance(content, bytes):
                temporary.write_bytes(content)
            else:
                temporary.write_text(content, encoding="utf-8")
            staged.append((temporary, target))
        manifest = output / MANIFEST
        text = manifest_text(recorded, inputs)
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
    for path in the_plan.remove + the_plan.orphaned:
        base = output / hand_edits.base_path(path)
        base.unlink(missing_ok=True)
        _remove_empty_parents(output, base.parent)
    for path in the_plan.remove:
        (output / path).unlink(missing_ok=True)
        _remove_empty_parents(output, (output / path).parent)


def _remove_empty_parents(output: Path, folder: Path) -> None:
    while folder != output and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
