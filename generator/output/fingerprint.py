"""A hash of everything a run's output depends on, so that a no-op regenerate can stop early.

Generation is deterministic, so when the inputs hash as they did for the files the manifest
records, and those files are intact, the output cannot change and nothing needs to run.

Only contents and relative paths go into the hash, never where the project or sdkgen sits on
disk: a clone of the project at another path (another machine, a CI runner) finds its committed
manifest up to date, and its first ``sdkgen generate`` is a no-op.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path

from generator import __version__
from generator.config import Settings
from generator.output import hand_edits

_TOOLS = ("black", "datamodel-code-generator", "jinja2")
#: The generator package: its own code is an input too.
_GENERATOR = Path(__file__).resolve().parent.parent


def inputs_fingerprint(settings: Settings, template_folders: list[Path]) -> str:
    """sha256 over the settings, the spec's bytes, every template file and the tools' versions."""
    digest = hashlib.sha256()
    options = {
        k: _portable(v, settings.root)
        for k, v in asdict(settings).items()
        if k not in ("root", "output", "config_file")
    }
    digest.update(repr(sorted(options.items())).encode())
    digest.update(f"sdkgen {__version__};".encode())
    digest.update(";".join(f"{tool} {version(tool)}" for tool in _TOOLS).encode())
    digest.update(settings.spec.read_bytes() if settings.spec.is_file() else b"<missing>")
    ignore = settings.output / hand_edits.IGNORE_FILE  # which files are left alone
    digest.update(b"ignore\0" + (ignore.read_bytes() if ignore.is_file() else b""))
    _add_tree(digest, _GENERATOR, "*.py")
    for index, folder in enumerate(template_folders):
        digest.update(f"templates {index}\0".encode())
        _add_tree(digest, folder, "*")
    return digest.hexdigest()


def _add_tree(digest: hashlib._Hash, folder: Path, pattern: str) -> None:
    """Each file's path relative to ``folder``, then its bytes, in a stable order."""
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())


def _portable(value: object, root: Path) -> str:
    """A setting as text, with paths relative to the project root (their contents are hashed)."""
    if isinstance(value, tuple):
        return repr(tuple(_portable(item, root) for item in value))
    if isinstance(value, Path):
        return value.relative_to(root).as_posix() if value.is_relative_to(root) else value.name
    return str(value)
