"""The next version of the SDK, from what its API changes do to code using it (semantic versioning).

- breaking → next major (``1.4.2`` → ``2.0.0``); below 1.0, next minor (``0.6.0`` → ``0.7.0``);
- additive → next minor (``1.4.2`` → ``1.5.0``); below 1.0, next patch (``0.6.0`` → ``0.6.1``);
- docs-only → next patch; no change → the same version.

Below 1.0 everything moves one place right, as Cargo and npm's caret do: ``0.x`` users expect a
minor to break them.
"""

from __future__ import annotations

from packaging.version import InvalidVersion, Version

from generator.errors import GeneratorError
from generator.output.api_surface import Level


def next_version(version: str, level: Level | None) -> str:
    """The version that says ``level`` relative to ``version``."""
    if level is None:
        return version
    major, minor, patch = (*_parse(version).release, 0, 0)[:3]
    if level == "breaking":
        return f"{major + 1}.0.0" if major >= 1 else f"0.{minor + 1}.0"
    if level == "additive":
        return f"{major}.{minor + 1}.0" if major >= 1 else f"0.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch + 1}"


def rule(version: str, level: Level | None) -> str:
    """Why :func:`next_version` chose what it did, in words."""
    if level is None:
        return "no API change"
    part = {
        "breaking": ("major", "minor"),
        "additive": ("minor", "patch"),
        "docs": ("patch", "patch"),
    }[level]
    return f"{level} → {part[0] if _parse(version).major >= 1 else part[1]}"


def at_least(version: str, other: str) -> bool:
    """Whether ``version`` is ``other`` or later."""
    return _parse(version) >= _parse(other)


def later(version: str, other: str) -> str:
    """The later of two versions."""
    return version if at_least(version, other) else other


def _parse(version: str) -> Version:
    try:
        return Version(version)
    except InvalidVersion:
        raise GeneratorError(
            f"package version {version!r} is not a PEP 440 version",
            hint="set package-version in [tool.sdkgen] to something like 1.2.0",
        ) from None
