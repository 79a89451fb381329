"""A hash of everything a run's output depends on, so that a no-op regenerate can stop early.

Generation is deterministic, so when the inputs hash as they did for the files the manifest
records, and those files are intact, the output cannot change and nothing needs to run.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path

from generator import __version__
from generator.config import Settings

_TOOLS = ("black", "datamodel-code-generator", "jinja2")


def inputs_fingerprint(settings: Settings, template_folders: list[Path]) -> str:
    """sha256 over the settings, the spec's bytes, every template file and the tools' versions."""
    digest = hashlib.sha256()
    options = {k: str(v) for k, v in asdict(settings).items() if k not in ("root", "output")}
    digest.update(repr(sorted(options.items())).encode())
    digest.update(f"sdkgen {__version__};".encode())
    digest.update(";".join(f"{tool} {version(tool)}" for tool in _TOOLS).encode())
    digest.update(settings.spec.read_bytes() if settings.spec.is_file() else b"<missing>")
    for source in sorted(Path(__file__).parent.parent.rglob("*.py")):  # the generator's own code
        digest.update(source.read_bytes())
    for folder in template_folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()
