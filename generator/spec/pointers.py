"""JSON pointers (RFC 6901) into a document: writing them, following them in the parsed data,
the ``$ref`` of a component schema, and finding the line a pointer starts at in the file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from generator.spec.json_lines import JsonText
from generator.spec.yaml_json import JsonLoader, json_key

#: Keywords whose values are literal data, not schemas: a ``$ref`` inside them is a value, not a
#: reference (GitHub's inline responses carry ``example: {$ref: "#/components/examples/…"}``).
DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})


def pointer_of(parts: Iterable[object]) -> str:
    """Encode path parts as a JSON pointer."""
    encoded = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join("/" + p for p in encoded)


def unescaped_pointer_part(part: str) -> str:
    """One JSON pointer part as the key it stands for."""
    return part.replace("~1", "/").replace("~0", "~")


def parts_of(pointer: str) -> list[str]:
    """The keys a pointer names, unescaped (``/a~1b/0`` → ``["a/b", "0"]``)."""
    return [unescaped_pointer_part(part) for part in pointer.split("/")[1:]] if pointer else []


def resolve(data: Any, pointer: str) -> Any:
    """Follow a local JSON pointer (``/components/schemas/X``); ``KeyError`` if it dangles."""
    node = data
    for part in parts_of(pointer):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(pointer)
    return node


SCHEMA_REF_PREFIX = "#/components/schemas/"


def schema_ref(key: str) -> str:
    """The ``$ref`` naming component schema ``key`` (``/`` and ``~`` escaped, RFC 6901)."""
    return "#" + pointer_of(["components", "schemas", key])


def component_key(ref: object) -> str | None:
    """The component schema a ``$ref`` names itself (``Pet`` for ``#/components/schemas/Pet``),
    or None: another kind of reference, or one into a schema (``.../Pet/properties/name``)."""
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
        return None
    rest = ref[len(SCHEMA_REF_PREFIX) :]
    return None if "/" in rest else unescaped_pointer_part(rest)


class Lines:
    """Lines of JSON pointers in one file, read on first use: a JSON file is scanned along each
    pointer's path (see :mod:`generator.spec.json_lines`), a YAML one composed into a node tree
    once (0.7 s for a 3 MB YAML), only when something is to be located."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._root: yaml.Node | None = None
        self._json: JsonText | None = None
        self._text = ""
        self._read = False

    def line(self, pointer: str) -> int | None:
        """The 1-based line at which ``pointer`` starts, or None."""
        self._load()
        if self._json is not None:
            try:
                return self._json.line(parts_of(pointer))
            except ValueError:  # not JSON after all (it parsed as YAML): YAML's marks
                self._json = None
                self._root = self._composed(self._text)
        node = self._root
        mark = node.start_mark if node is not None else None
        for part in parts_of(pointer):
            if isinstance(node, yaml.MappingNode):
                key, node = next(
                    ((k, v) for k, v in node.value if _key_text(k) == part), (None, None)
                )
                mark = key.start_mark if key is not None else None  # the key's line reads best
            elif (
                isinstance(node, yaml.SequenceNode)
                and part.isdigit()
                and int(part) < len(node.value)
            ):
                node = node.value[int(part)]
                mark = node.start_mark
            else:
                node = None
            if node is None or mark is None:
                return None
        return int(mark.line) + 1 if mark is not None else None

    def _load(self) -> None:
        if self._read:
            return
        self._read = True
        try:
            self._text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return
        if self.path.suffix == ".json":
            self._json = JsonText(self._text)
        else:
            self._root = self._composed(self._text)

    @staticmethod
    def _composed(text: str) -> yaml.Node | None:
        try:
            return yaml.compose(text, Loader=JsonLoader)
        except yaml.YAMLError:
            return None


def line_of(path: Path, pointer: str) -> int | None:
    """The 1-based line at which ``pointer`` starts in ``path``, or None."""
    return Lines(path).line(pointer)


def _key_text(node: yaml.Node) -> str:
    """A mapping key node as the string key the document holds (see :meth:`JsonLoader.construct_mapping`)."""
    if node.tag == "tag:yaml.org,2002:str" or not isinstance(node, yaml.ScalarNode):
        return str(node.value)
    return json_key(yaml.load(node.value, Loader=JsonLoader))
