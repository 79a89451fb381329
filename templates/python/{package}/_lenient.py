"""Responses that do not match their type, built as far as they do (``_models.construct``).

Real servers deviate from their specs: a required field left out, a string where
the spec says number, a value the spec's pattern forbids. By default the client
still returns the model, as openai-python does: each field that validates is
typed, each other one keeps the value as received. This module walks the type
(lists, dicts, ``X | None``, ``Annotated``) the same way for every model
backend; the backend's ``_models`` only says how to validate and how to build
one model from its fields.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

__all__ = ["construct_leniently"]

#: ``(model class, data, construct)`` → the model, each field's value made by ``construct``.
BuildModel = Callable[[Any, dict[str, Any], Callable[[Any, object], Any]], Any]


def construct_leniently(
    tp: Any,
    data: object,
    *,
    validate: Callable[[Any, object], Any],
    invalid: type[Exception],
    model_base: type[Any],
    build_model: BuildModel,
) -> Any:
    """``data`` as ``tp`` as far as it matches, never raising.

    ``validate`` raises ``invalid`` on a mismatch; a subclass of ``model_base``
    that does not validate is made by ``build_model``. Data that is not even the
    right shape for ``tp`` (a list where an object was expected) is returned as it is.
    """

    def construct(tp: Any, data: object) -> Any:
        try:
            return validate(tp, data)
        except invalid:
            pass
        if isinstance(tp, type) and issubclass(tp, model_base) and isinstance(data, dict):
            return build_model(tp, data, construct)
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is list and isinstance(data, list) and args:
            return [construct(args[0], item) for item in data]
        if origin is dict and isinstance(data, dict) and len(args) == 2:
            return {key: construct(args[1], value) for key, value in data.items()}
        if origin in (typing.Union, types.UnionType):
            models = [a for a in args if isinstance(a, type) and issubclass(a, model_base)]
            if len(models) == 1 and isinstance(data, dict):  # `Model | None`: the one it can be
                return construct(models[0], data)
        if origin is typing.Annotated and args:
            return construct(args[0], data)
        return data

    return construct(tp, data)
