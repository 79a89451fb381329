"""Where JSON pointers start in a JSON text, found without building a node tree.

Composing a 13 MB JSON file into YAML nodes, to find the line of one finding, cost 5.5 CPU-s
(GitHub's spec); this walks only the objects and arrays on the pointers' paths, stepping over
every other value with the C JSON scanner. It gives the lines YAML's marks give (a member's key,
an array item's value; the first of duplicate keys), and raises :class:`ValueError` where the
text is not JSON, for the caller to fall back on YAML.
"""

from __future__ import annotations

import bisect
import json
import re
import sys

_WHITESPACE = re.compile(r"[ \t\n\r]*")
#: The line breaks YAML counts (a ``\r\n`` is one): the lines must be those YAML would give.
_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")

#: An object's members: key → (where the key starts, where its value starts); an array's items.
_Members = dict[str, tuple[int, int]] | list[int]


class JsonText:
    """One JSON text; each container on a looked-up path is read once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._scan = json.JSONDecoder().raw_decode
        self._members: dict[int, _Members] = {}
        #: (index, its line), sorted: most lookups are near an earlier one.
        self._known: list[tuple[int, int]] = [(0, 1)]

    def line(self, parts: list[str]) -> int | None:
        """The 1-based line at which the node at the pointer ``parts`` (unescaped keys) starts
        (its key's line, if the last part is a key), or None if there is no such node."""
        start = mark = self._skip_whitespace(0)
        for part in parts:
            members = self._members_at(start)
            if isinstance(members, dict):
                if part not in members:
                    return None
                mark, start = members[part]
            elif isinstance(members, list) and part.isdigit() and int(part) < len(members):
                mark = start = members[int(part)]
            else:
                return None
        return self._line_at(mark)

    def _line_at(self, index: int) -> int:
        """The line of ``index``, counted on from the nearest index whose line is known (both
        start a token, so no ``\\r\\n`` straddles either)."""
        known = bisect.bisect_right(self._known, (index, sys.maxsize)) - 1
        start, line = self._known[known]
        text = self._text
        breaks = sum(text.count(b, start, index) for b in _BREAKS) - text.count(
            "\r\n", start, index
        )
        bisect.insort(self._known, (index, line + breaks))
        return line + breaks

    def _skip_whitespace(self, index: int) -> int:
        match = _WHITESPACE.match(self._text, index)
        assert match is not None  # the pattern matches the empty string
        return match.end()

    def _members_at(self, start: int) -> _Members | None:
        if start not in self._members:
            opening = self._text[start : start + 1]
            if opening == "{":
                self._members[start] = self._object_members(start)
            elif opening == "[":
                self._members[start] = self._array_items(start)
            else:
                return None
        return self._members[start]

    def _object_members(self, start: int) -> dict[str, tuple[int, int]]:
        text = self._text
        members: dict[str, tuple[int, int]] = {}
        index = self._skip_whitespace(start + 1)
        if text[index : index + 1] == "}":
            return {}
        while True:
            if text[index : index + 1] != '"':
                raise ValueError(f"a key expected at {index}")
            key, after = self._scan(text, index)
            colon = self._skip_whitespace(after)
            if text[colon : colon + 1] != ":":
                raise ValueError(f"':' expected at {colon}")
            value = self._skip_whitespace(colon + 1)
            members.setdefault(key, (index, value))
            index = self._after(value, "}")
            if index < 0:
                return members
            index = self._skip_whitespace(index)

    def _array_items(self, start: int) -> list[int]:
        items: list[int] = []
        index = self._skip_whitespace(start + 1)
        if self._text[index : index + 1] == "]":
            return []
        while True:
            items.append(index)
            index = self._after(index, "]")
            if index < 0:
                return items
            index = self._skip_whitespace(index)

    def _after(self, value: int, closing: str) -> int:
        """Past the value at ``value`` and its comma: the next member's start, or -1 at ``closing``."""
        try:
            end = self._scan(self._text, value)[1]
        except json.JSONDecodeError as exc:
            raise ValueError(str(exc)) from None
        end = self._skip_whitespace(end)
        following = self._text[end : end + 1]
        if following == ",":
            return end + 1
        if following == closing:
            return -1
        raise ValueError(f"',' or {closing!r} expected at {end}")
