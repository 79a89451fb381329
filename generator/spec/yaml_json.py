"""YAML read as the JSON it stands for: the loader every reader of a document uses."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

try:  # the C loader is ~10x faster on large specs; fall back where libyaml is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class JsonLoader(_BaseLoader):
    """YAML read as the JSON it stands for (YAML 1.2's core schema, not PyYAML's 1.1).

    An unquoted ``2024-01-15`` stays a string (1.1 makes it a date, which JSON, and so OpenAPI
    and every tool after us, has no type for), and ``1e-08`` is a number (1.1 wants a dot).
    """

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """A mapping whose keys are the strings JSON would hold: ``200:`` → ``"200"``, ``true:`` → ``"true"``.

        Hand-written specs leave response codes unquoted; every OpenAPI tool reads them as the
        status strings they are (and a validator given an ``int`` key crashes).
        """
        mapping = super().construct_mapping(node, deep=deep)
        if all(isinstance(key, str) for key in mapping):
            return mapping
        return {json_key(key): value for key, value in mapping.items()}


JsonLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?[0-9]+[eE][-+]?[0-9]+$"), list("-+0123456789")
)


def json_key(key: object) -> str:
    """The object key JSON would write for a YAML mapping key (``200`` → ``"200"``, ``None`` → ``"null"``)."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (bool, int, float)):
        return json.dumps(key)
    return str(key)
