"""A spec named on the command line: a file, or a git revision (``REV:path``, or ``REV`` alone for
the configured spec as it was in that revision), read to a temporary file for the loader."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import GeneratorError, Location


@contextmanager
def materialized(source: str, default_spec: Path) -> Iterator[Path]:
    """A path holding the spec ``source`` names, for as long as the context lasts.

    An existing file is used as it is. Otherwise ``REV:path`` is read with ``git show`` (the path
    relative to the repository's top, or to the current folder when it starts with ``./``), and a
    bare ``REV`` means ``default_spec`` as it was in that revision.
    """
    if Path(source).is_file():
        yield Path(source)
        return
    revision, colon, path = source.partition(":")
    if not colon:
        spec = default_spec.resolve()
        cwd, path = spec.parent, f"./{spec.name}"
    else:
        cwd = Path.cwd()
    text = _git_show(f"{revision}:{path}", cwd, source)
    with tempfile.TemporaryDirectory(prefix="sdkgen-spec-") as folder:
        copy = Path(folder) / Path(path).name
        copy.write_bytes(text)
        yield copy


def _git_show(object_name: str, cwd: Path, source: str) -> bytes:
    if shutil.which("git") is None:
        raise GeneratorError(
            f"{source} is not a file, and git is not installed to read it as REV:path",
            Location(source),
        )
    shown = subprocess.run(["git", "show", object_name], cwd=cwd, capture_output=True, check=False)
    if shown.returncode != 0:
        reason = shown.stderr.decode(errors="replace").strip().splitlines()
        raise GeneratorError(
            f"no such file, and git cannot read it as a revision: {reason[-1] if reason else 'unknown error'}",
            Location(source),
            hint="name a spec file, REV:path/to/spec.yaml (e.g. main:spec/api.yaml) or a revision alone"
            " for the configured spec",
        )
    return shown.stdout
