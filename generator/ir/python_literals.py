"""Python source text for values and parameters, written the way black would write it.

Black formats a file twice when its first pass changes anything, so generated code that already
looks as black would write it formats in half the time. Black still runs on every file: these
only have to be close to be correct, and exact to be fast.
"""

from __future__ import annotations

import ast

from generator.output.formatting import LINE_LENGTH


def docstring(text: object) -> str:
    """Text safe inside a triple-quoted docstring: no closing quotes, no stray escapes."""
    value = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    return value + " " if value.endswith('"') else value


def python_literal(value: object) -> str:
    """A Python literal for a JSON value, strings in double quotes."""
    if isinstance(value, str):
        if value.count('"') > value.count("'"):
            return repr(value)  # black keeps single quotes when double ones would need more escapes
        return '"' + "".join('\\"' if char == '"' else repr(char)[1:-1] for char in value) + '"'
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        items = [python_literal(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(value)


def parameter(name: str, annotation: str, default: str | None = None, indent: int = 8) -> str:
    """One keyword parameter line of a signature, its long annotation split as black splits it."""
    pad = " " * indent
    tail = f" = {default}," if default is not None else ","
    line = f"{pad}{name}: {annotation}{tail}"
    if len(line) <= LINE_LENGTH:
        return line
    inner = f"{pad}    {annotation}"
    if len(inner) > LINE_LENGTH:
        parts = split_top_level(annotation, " | ")
        inner = "\n".join(
            _fit(("| " if i else "") + part, indent + 4) for i, part in enumerate(parts)
        )
    return f"{pad}{name}: (\n{inner}\n{pad}){tail}"


def _fit(text: str, indent: int) -> str:
    """``text`` at ``indent``; a subscript too long for the line gets one item per line."""
    line = " " * indent + text
    if len(line) <= LINE_LENGTH or not text.endswith("]") or "[" not in text:
        return line
    head, _, body = text.partition("[")
    items = split_top_level(body[:-1], ", ")
    inside = "".join(f"{_operands(item, indent + 4)},\n" for item in items)
    return f"{' ' * indent}{head}[\n{inside}{' ' * indent}]"


def _operands(item: str, indent: int) -> str:
    """A subscript's item at ``indent``; a union too long for the line gets one operand per line."""
    parts = split_top_level(item, " | ")
    if len(" " * indent + item + ",") <= LINE_LENGTH or len(parts) == 1:
        return " " * indent + item
    return "\n".join(" " * indent + ("| " if i else "") + part for i, part in enumerate(parts))


def split_top_level(text: str, separator: str) -> list[str]:
    """``A | B[C | D] | E`` split on " | " → ``["A", "B[C | D]", "E"]`` (brackets and quotes kept whole)."""
    parts, depth, start, quote = [], 0, 0, ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote and text[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
    return parts + [text[start:]]


def names_in(annotation: str) -> set[str]:
    """The names a type annotation mentions (``Dict[str, Item]`` → Dict, str, Item); not the text
    of its string literals (``Literal['Any']``)."""
    tree = ast.parse(annotation, mode="eval")
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


#: Classes an annotation may name besides the models: what mypy reads as ``type[X]`` when
#: the name is passed as a value.
_BUILTIN_CLASSES = frozenset(
    {"Any", "bool", "bytes", "dict", "float", "int", "list", "object", "str"}
)
#: Generic classes whose subscription (``List[Item]``) mypy reads as ``type[list[Item]]``.
_GENERIC_CLASSES = frozenset({"Dict", "List", "dict", "list"})


def typed_as_value(annotation: str, classes: frozenset[str]) -> bool:
    """Whether mypy gives ``annotation``, written as a value (``cast_to=...``), the type it
    annotates: ``None``, a class (``classes`` are the models that are classes) or a generic alias
    of one. Not a union (mypy reads ``A | B`` as ``UnionType``), an alias model or a ``Literal``."""
    node = ast.parse(annotation, mode="eval").body
    if isinstance(node, ast.Constant):
        return node.value is None
    if isinstance(node, ast.Name):
        return node.id in classes or node.id in _BUILTIN_CLASSES
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name) and node.value.id in _GENERIC_CLASSES
    return False
