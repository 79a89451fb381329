"""API changes written out for people: terminal text with a legend, Markdown for a pull-request
comment, JSON for tools, and the changelog entry of a new version."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.output.api_surface import LEGEND, LEVELS, SYMBOLS, TITLES, Change, Level, level_of
from generator.output.versioning import next_version, rule


@dataclass(frozen=True)
class Comparison:
    """The changes between two versions of an API, and the version they call for."""

    old: str
    """What was compared from (a file, ``REV:path``, the last generation)."""
    new: str
    changes: tuple[Change, ...]
    version: str
    """The package version the old API had."""

    @property
    def suggested_version(self) -> str:
        """The version the changes call for (see :mod:`generator.output.versioning`)."""
        return next_version(self.version, level_of(self.changes))

    def counts(self) -> dict[Level, int]:
        """How many changes of each level."""
        return {level: sum(c.level == level for c in self.changes) for level in LEVELS}


def summary(comparison: Comparison) -> str:
    """``2 breaking, 1 additive, 0 docs-only``."""
    return ", ".join(f"{n} {TITLES[level].lower()}" for level, n in comparison.counts().items())


def change_lines(changes: Sequence[Change]) -> list[str]:
    """One line per change, its level as a symbol: ``! projects.get: parameter x removed``."""
    return [f"{SYMBOLS[c.level]} {c.subject}: {c.what}" for c in changes]


def legend() -> str:
    """What the symbols mean."""
    return "  ".join(f"{SYMBOLS[level]} {TITLES[level].lower()}" for level in LEVELS)


def rule_of(comparison: Comparison) -> str:
    """``breaking → minor``: the versioning rule the comparison's changes apply."""
    return rule(comparison.version, level_of(comparison.changes))


def version_line(comparison: Comparison) -> str:
    """``next version: 0.7.0 (from 0.6.0: breaking → minor)``."""
    return f"next version: {comparison.suggested_version} (from {comparison.version}: {rule_of(comparison)})"


def text(comparison: Comparison) -> str:
    """The comparison for a terminal."""
    if not comparison.changes:
        return f"no API changes from {comparison.old} to {comparison.new}\n"
    lines = [f"API changes from {comparison.old} to {comparison.new} ({summary(comparison)}):"]
    lines += [f"  {line}" for line in change_lines(comparison.changes)]
    lines.append(f"legend: {legend()}")
    lines += [f"  {SYMBOLS[level]} {LEGEND[level]}" for level in LEVELS]
    lines.append(version_line(comparison))
    return "\n".join(lines) + "\n"


def markdown(comparison: Comparison) -> str:
    """The comparison as a pull-request comment."""
    lines = [f"## API changes: `{comparison.old}` → `{comparison.new}`", ""]
    if not comparison.changes:
        return "\n".join([*lines, "No changes to the SDK's API.", ""])
    lines += [f"{summary(comparison).capitalize()}; {version_line(comparison)}.", ""]
    lines += _grouped(comparison.changes, "###", with_legend=True)
    return "\n".join(lines)


def as_json(comparison: Comparison) -> str:
    """The comparison for tools."""
    body = {
        "old": comparison.old,
        "new": comparison.new,
        "level": level_of(comparison.changes),
        "counts": comparison.counts(),
        "version": comparison.version,
        "suggested_version": comparison.suggested_version,
        "changes": [c.as_json() for c in comparison.changes],
    }
    return json.dumps(body, indent=2) + "\n"


def changelog_entry(version: str, date: str, comparison: Comparison) -> str:
    """A ``## version (date)`` section listing the changes since the comparison's old version."""
    lines = [f"## {version} ({date})", "", f"API changes since {comparison.version}.", ""]
    return "\n".join(lines + _grouped(comparison.changes, "###", with_legend=False))


CHANGELOG_TITLE = "# Changelog\n\n"
_ENTRY = re.compile(r"^## (\S+) ", re.MULTILINE)


def prepend_entry(changelog: str, entry: str, replacing: str | None = None) -> str:
    """``changelog`` with ``entry`` first; the first entry is replaced when it is for ``replacing``
    (a version not yet released, whose entry grows as the API keeps changing)."""
    head, _, rest = (
        changelog.partition("\n## ") if changelog else (CHANGELOG_TITLE.rstrip("\n"), "", "")
    )
    entries = "## " + rest if rest else ""
    first = _ENTRY.match(entries)
    if replacing is not None and first is not None and first[1] == replacing:
        following = _ENTRY.search(entries, first.end())
        entries = entries[following.start() :] if following else ""
    return (
        head.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n" + ("\n" + entries if entries else "")
    )


def _grouped(changes: Sequence[Change], heading: str, *, with_legend: bool) -> list[str]:
    lines: list[str] = []
    for level in LEVELS:
        of_level = [c for c in changes if c.level == level]
        if of_level:
            note = f": {LEGEND[level]}" if with_legend else ""
            lines += [f"{heading} {TITLES[level]} ({len(of_level)}){note}", ""]
            lines += [f"- `{c.subject}`: {c.what}" for c in of_level] + [""]
    return lines
