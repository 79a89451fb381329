"""Make defaults that pydantic validates into their field's type, and msgspec's default factories,
acceptable to mypy.

datamodel-code-generator writes a schema default as it is and marks the field
``validate_default=True`` when pydantic has to turn it into the field's type: a dict for a model
(``prediction: Prediction | None = {"type": "content"}``), a number for a constrained root model,
a list of dicts for a list of models. Pydantic is right to accept them; mypy, reading the
annotation, is right to reject them. Wrapping such a default in ``cast(Any, ...)`` says exactly
that, and changes nothing at run time. (Mistral's spec has 21 of them.)
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence


def cast_validated_defaults(source: str) -> str:
    """``source`` (a models module) with every validated default wrapped in ``cast(Any, ...)``."""
    if "validate_default=True" not in source:
        return source
    values = [
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.AnnAssign)
        and node.value is not None
        and _validates_default(node.annotation)
    ]
    return _cast(source, values)


def cast_factory_defaults(source: str) -> str:
    """``source`` (a msgspec models module) with the list or dict each default factory makes
    wrapped in ``cast(Any, ...)``.

    msgspec writes a mutable default as ``field(default_factory=lambda: ["segment"])``; mypy types
    the lambda on its own (``list[str]``), not from the field (a list of enum values: OpenAI's
    ``timestamp_granularities``), and a list of ``str`` is no list of those (lists are invariant).
    The values are the spec's default, which msgspec checks no more than any other default.
    """
    if "default_factory=lambda" not in source:
        return source
    values = [
        keyword.value.body
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "default_factory"
        and isinstance(keyword.value, ast.Lambda)
        and isinstance(keyword.value.body, ast.List | ast.Dict)
        and (
            keyword.value.body.elts
            if isinstance(keyword.value.body, ast.List)
            else keyword.value.body.keys
        )
    ]
    return _cast(source, values)


def _cast(source: str, values: Sequence[ast.expr]) -> str:
    """``source`` with each of the expressions ``values`` (of its tree) in ``cast(Any, ...)``."""
    if not values:
        return source
    lines = [line.encode("utf-8") for line in source.splitlines(keepends=True)]
    # From the last to the first, so that the offsets of those before stay right (ast's columns
    # count UTF-8 bytes).
    for value in sorted(values, key=lambda v: (v.lineno, v.col_offset), reverse=True):
        assert value.end_lineno is not None and value.end_col_offset is not None
        end = value.end_lineno - 1
        lines[end] = lines[end][: value.end_col_offset] + b")" + lines[end][value.end_col_offset :]
        start = value.lineno - 1
        lines[start] = (
            lines[start][: value.col_offset] + b"cast(Any, " + lines[start][value.col_offset :]
        )
    return _with_typing_imports(b"".join(lines).decode("utf-8"))


def _validates_default(annotation: ast.expr) -> bool:
    """Whether the annotation is ``Annotated[..., Field(..., validate_default=True)]``."""
    if not (isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple)):
        return False
    return any(
        isinstance(call, ast.Call)
        and any(
            k.arg == "validate_default"
            and isinstance(k.value, ast.Constant)
            and k.value.value is True
            for k in call.keywords
        )
        for call in annotation.slice.elts[1:]
    )


def _with_typing_imports(source: str) -> str:
    """``source`` with ``Any`` and ``cast`` imported from ``typing`` (after ``__future__``)."""
    names = (
        "cast"
        if re.search(r"^from typing import [^\n]*\bAny\b", source, re.MULTILINE)
        else "Any, cast"
    )
    future = "from __future__ import annotations\n"
    head, found, rest = source.partition(future)
    if not found:
        return f"from typing import {names}\n{source}"
    return f"{head}{future}from typing import {names}\n{rest}"
