"""Code the user wrote in the output folder survives regeneration.

- ``.sdkgenignore`` in the output folder (gitignore syntax, read by ``pathspec``): files it
  matches are never written nor removed by the generator.
- A generated file the user edited (its bytes are not those the manifest records) is merged,
  three-way: base = what the generator wrote last time, ours = the file on disk, theirs = the new
  output. ``git merge-file`` does the merging (the merge git itself uses, with its conflict
  refinement); a conflict is written with markers and reported with its lines.

The base of every generated file is kept gzip-compressed under ``.sdkgen/base/`` (about a tenth of
the files' size; rewritten only when the generator's output for that file changes), because the
moment a user edits a file its base would otherwise be gone.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pathspec

from generator.errors import GeneratorError, Location

IGNORE_FILE = ".sdkgenignore"
#: The generator's own records (the API snapshot, the bases): not for editing, never merged.
RECORDS_FOLDER = ".sdkgen/"
BASE_FOLDER = RECORDS_FOLDER + "base"
#: How the sides of a conflict are labelled in the markers.
LABELS = ("your edit", "last generated", "newly generated")
_CONFLICT_START = "<" * 7 + " "


@dataclass(frozen=True)
class Merge:
    """The result of merging the user's edits into the new output."""

    text: str
    conflicts: tuple[int, ...]
    """Line numbers (1-based) where a conflict's markers start; empty for a clean merge."""


def ignored(output: Path) -> Callable[[str], bool]:
    """Whether a path (relative to ``output``) matches the output folder's ``.sdkgenignore``."""
    try:
        lines = (output / IGNORE_FILE).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return lambda _: False
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(
            f"cannot read {IGNORE_FILE}: {exc}", Location(str(output / IGNORE_FILE))
        ) from None
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return lambda path: bool(spec.match_file(path))


def editable(path: str) -> bool:
    """Whether the user's edits to a generated file are merged (not for the generator's records)."""
    return not path.startswith(RECORDS_FOLDER)


def base_path(path: str) -> str:
    """Where the base of a generated file is kept, relative to the output folder."""
    return f"{BASE_FOLDER}/{path}.gz"


def read_base(output: Path, path: str) -> str | None:
    """What the generator wrote to ``path`` last time, if it was kept."""
    try:
        return gzip.decompress((output / base_path(path)).read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None


def base_updates(output: Path, files: dict[str, str]) -> dict[str, bytes]:
    """The compressed bases to write so that each of ``files`` has its text as base.

    Only bases whose text differs are rewritten, so that a zlib of another version compressing
    the same text to other bytes does not make the folder look changed.
    """
    return {
        base_path(path): gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
        for path, text in files.items()
        if editable(path) and read_base(output, path) != text
    }


def conflict_lines(text: str) -> tuple[int, ...]:
    """Lines (1-based) where unresolved conflict markers start."""
    return tuple(
        n for n, line in enumerate(text.splitlines(), 1) if line.startswith(_CONFLICT_START)
    )


def merge(base: str | None, ours: str, theirs: str, path: str) -> Merge:
    """Three-way merge with ``git merge-file``. Without a base (it was never kept), every
    difference between the two sides is a conflict."""
    git = shutil.which("git")
    if git is None:
        raise GeneratorError(
            "a generated file holds hand edits and the new output changes it, but git is not"
            " installed to merge them",
            Location(path),
            hint="install git (its `git merge-file` does the merge), or move your edits out of the file",
        )
    with tempfile.TemporaryDirectory(prefix="sdkgen-merge-") as folder:
        sides = _written(Path(folder), {"ours": ours, "base": base or "", "theirs": theirs})
        labels = [option for label in LABELS for option in ("-L", label)]
        done = subprocess.run(
            [git, "merge-file", "-p", *labels, *map(str, sides)], capture_output=True, check=False
        )
    if done.returncode < 0 or done.returncode > 127:
        raise GeneratorError(
            f"git merge-file failed: {done.stderr.decode(errors='replace').strip()}", Location(path)
        )
    text = done.stdout.decode("utf-8")
    return Merge(text, conflict_lines(text) if done.returncode else ())


def _written(folder: Path, sides: dict[str, str]) -> Iterable[Path]:
    paths = []
    for name, text in sides.items():
        path = folder / name
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths
