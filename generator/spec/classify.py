"""Each validation error as a finding: a warning where it cannot change the generated SDK, else an error.

What makes a finding harmless is where it is: inside an example, a link, a callback, prose, an
extension sdkgen does not read, or a ``default`` (which the SDK documents and never sends), or
what it is: a ``required`` list naming a property twice. Everything else is an error, since the
SDK built from it could be wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from generator.spec.findings import Finding
from generator.spec.pointers import pointer_of, resolve, unescaped_pointer_part

#: Keys whose values map names the spec's author chose (properties, paths, media types...) to
#: objects: the part after one is a name, not a keyword, whatever it is spelt.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "definitions",
        "paths",
        "webhooks",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "examples",
        "content",
        "encoding",
        "variables",
        "mapping",
        "pathItems",
        "scopes",
    }
)
#: Prose and metadata: nothing in the SDK's code depends on them.
PROSE = frozenset(
    {"description", "summary", "externalDocs", "termsOfService", "contact", "xml", "$comment"}
)
#: Schema keywords sdkgen never reads (anchors for recursive references it resolves by ``$ref``).
IGNORED_KEYWORDS = frozenset({"$recursiveAnchor", "$dynamicAnchor", "$anchor"})
_MESSAGE_LENGTH = 240


def keywords(parts: Sequence[object]) -> list[str]:
    """The parts of a path that are OpenAPI or JSON Schema keywords (not names, not indices)."""
    found: list[str] = []
    after_name_map = False
    for part in parts:
        if isinstance(part, int) or after_name_map:
            after_name_map = False
            continue
        text = str(part)
        found.append(text)
        after_name_map = text in NAME_MAPS
    return found


@dataclass(frozen=True)
class Rule:
    """A class of harmless findings: its name, how to recognise it, what to tell the user."""

    kind: str
    applies: Callable[[list[str], Any], bool]
    hint: str


RULES = (
    Rule(
        "example",
        lambda kw, _: bool({"example", "examples"} & set(kw)),
        "examples only document the API; the SDK's docs may show this value as written",
    ),
    Rule("link", lambda kw, _: "links" in kw, "links are not part of the SDK"),
    Rule("callback", lambda kw, _: "callbacks" in kw, "callbacks are not part of the SDK"),
    Rule(
        "extension",
        lambda kw, _: any(k.startswith("x-") and not k.startswith("x-sdkgen") for k in kw),
        "sdkgen reads no extension but its own (x-sdkgen-*)",
    ),
    Rule(
        "prose", lambda kw, e: _is_prose(kw, e), "prose and metadata do not change the SDK's code"
    ),
    Rule(
        "duplicate-required",
        lambda kw, e: kw[-1:] == ["required"] and e.validator == "uniqueItems",
        "a property listed twice in `required` is required once; remove the repeat",
    ),
    Rule(
        "default",
        lambda kw, _: "default" in kw,
        "the SDK documents the server's default as written and never sends it; make it match the schema",
    ),
    Rule(
        "3.0-keyword",
        lambda kw, e: kw[-1:] in (["exclusiveMinimum"], ["exclusiveMaximum"])
        and isinstance(e.instance, bool),
        "a boolean exclusiveMinimum/Maximum is OpenAPI 3.0's form, read as 3.0 means it (the bound beside it is "
        "exclusive); in 3.1 write `exclusiveMinimum: <bound>` instead",
    ),
    Rule(
        "ignored-keyword",
        lambda kw, _: bool(IGNORED_KEYWORDS & set(kw)),
        "sdkgen does not read this keyword",
    ),
)
#: Prose the generator copies into docstrings: must be text (a number there breaks model generation).
_TEXT = frozenset({"description", "summary"})


def _is_prose(words: list[str], error: Any) -> bool:
    """Metadata, or prose missing (``'description' is a required property``) or of the wrong form."""
    message = str(error.message)
    if any(f"{q}{key}{q} is a required property" in message for key in _TEXT for q in "'\""):
        return True
    if words[-1:] and words[-1] in _TEXT and not isinstance(error.instance, str):
        return False
    return bool(PROSE & set(words)) or words[:1] == ["tags"]


ERROR_HINT = "fix it and run again (`sdkgen validate SPEC` lists every problem)"


def finding(data: Any, error: Any) -> Finding:
    """``error`` (a jsonschema ``ValidationError`` whose path is absolute, see
    :mod:`generator.spec.validators`) as a finding."""
    parts = real_path(data, list(error.absolute_path))
    words = keywords(parts)
    message = _message(error)
    for rule in RULES:
        if words and rule.applies(words, error):
            return Finding("warning", rule.kind, message, pointer_of(parts), rule.hint)
    return Finding(
        "error", "invalid", f"invalid OpenAPI document: {message}", pointer_of(parts), ERROR_HINT
    )


def _message(error: Any) -> str:
    first = str(error.message).strip().splitlines()[0] if str(error.message).strip() else "invalid"
    return first if len(first) <= _MESSAGE_LENGTH else first[: _MESSAGE_LENGTH - 3] + "..."


def real_path(data: Any, parts: list[object]) -> list[object]:
    """``parts`` as the path of the node in the document: a validator walks through ``$ref``s
    (``.../schema/properties/id`` where ``schema`` is a ``$ref``), a pointer names where it is
    written (``/components/schemas/Item/properties/id``). Keys are the document's (``200`` → ``"200"``).
    """
    node: Any = data
    path: list[object] = []
    for part in parts:
        for _ in range(64):  # a $ref to a $ref..., not forever
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str) or not ref.startswith("#/") or _key(node, part) is not None:
                break
            try:
                node = resolve(data, ref[1:])
            except KeyError:
                break
            path = [unescaped_pointer_part(p) for p in ref[2:].split("/")]
        key = _key(node, part)
        if key is None:
            path.append(part)
            node = None
        else:
            path.append(key)
            node = node[key]
    return path


def _key(node: Any, part: object) -> object | None:
    """The key or index of ``node`` that ``part`` names, or None."""
    if isinstance(node, dict):
        text = str(part)
        return text if text in node else None
    if isinstance(node, list):
        index = part if isinstance(part, int) else int(str(part)) if str(part).isdigit() else None
        return index if index is not None and index < len(node) else None
    return None
