"""The model backend: base class of the generated models, and parsing and dumping with pydantic.

Every other runtime module parses and serialises through the functions of this
module only (``decode``, ``validate``, ``to_jsonable`` and the two error
classes), so that another model library replaces this one module and nothing else.

Tolerance of API evolution
--------------------------
The server may add fields and enum values before this SDK is regenerated; an
old SDK must keep working and must not drop the new data.

* Unknown fields: ``BaseModel`` sets ``extra="allow"``, so they are kept, are
  reachable as attributes and survive ``model_dump()``.
* Unknown enum values: generated string enums derive from ``OpenEnum``
  (``_enums.py``), which turns any string into a member-like value.
  ``use_enum_values=True`` does not help at all: it changes how *valid* values
  are stored, unknown values still fail.
* Anything else that does not match (a required field left out, a string where
  the spec says number): ``construct`` builds the model anyway, the way
  openai-python does by default. Fields that validate are typed; the others
  keep the value as received.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pydantic
from pydantic import ConfigDict
from pydantic_core import to_jsonable_python

from ._lenient import construct_leniently

__all__ = [
    "BaseModel",
    "DecodeError",
    "ValidationError",
    "construct",
    "decode",
    "decode_page",
    "to_jsonable",
    "type_adapter",
    "validate",
]

#: Raised by ``validate``/``decode`` when data does not match the type (a ``ValueError``).
ValidationError = pydantic.ValidationError
#: Raised by ``decode`` when the bytes are not JSON; catch ``ValidationError`` first.
DecodeError = ValueError


class BaseModel(pydantic.BaseModel):
    """Base of every generated model: keeps unknown fields, accepts names and aliases."""

    model_config = ConfigDict(
        extra="allow",
        # Fields renamed to valid Python identifiers can be set by either name.
        populate_by_name=True,
        # API fields such as `model_config_id` must not clash with pydantic's `model_` namespace.
        protected_namespaces=(),
    )


@functools.lru_cache(maxsize=256)
def _cached_type_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def type_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """Return a ``TypeAdapter`` for ``tp``, reusing one per type.

    Building an adapter compiles a validator, which costs far more than
    validating a typical response, so adapters are cached. Typing forms that
    cannot be hashed (rare) get a fresh adapter each time.
    """
    try:
        hash(tp)
    except TypeError:
        return pydantic.TypeAdapter(tp)
    return _cached_type_adapter(tp)


def validate(tp: Any, data: object) -> Any:
    """``data`` (decoded JSON) as an instance of ``tp``; raises ``ValidationError``."""
    return type_adapter(tp).validate_python(data)


def decode(tp: Any, content: bytes) -> Any:
    """A JSON body as an instance of ``tp``; raises ``DecodeError`` or ``ValidationError``.

    pydantic parses the bytes itself: about twice as fast as ``json.loads`` and then
    validating the Python objects, which it never has to build.
    """
    try:
        return type_adapter(tp).validate_json(content)
    except pydantic.ValidationError as err:
        if any(error["type"] == "json_invalid" for error in err.errors()):
            raise DecodeError(f"not valid JSON: {err}") from None
        raise


def construct(tp: Any, data: object) -> Any:
    """``data`` (decoded JSON) as ``tp`` as far as it matches, never raising (see ``_lenient``).

    A model is built with ``model_construct``: fields that validate are typed, the
    others keep the value received, unknown fields are kept as extras.
    """
    return construct_leniently(
        tp,
        data,
        validate=validate,
        invalid=pydantic.ValidationError,
        model_base=pydantic.BaseModel,
        build_model=_build_model,
    )


def _build_model(tp: Any, data: dict[str, Any], construct: Callable[[Any, object], Any]) -> Any:
    if issubclass(tp, pydantic.RootModel):
        return tp.model_construct(construct(tp.model_fields["root"].annotation, data))
    fields: dict[str, Any] = {}
    received = dict(data)
    for name, info in tp.model_fields.items():
        key = next((k for k in (info.alias, name) if k is not None and k in received), None)
        if key is not None:
            fields[name] = construct(info.annotation, received.pop(key))
    return tp.model_construct(**fields, **received)


def decode_page(
    content: bytes, items: str, item_type: Any
) -> tuple[dict[str, Any], list[Any]] | None:
    """A page envelope: its other fields as JSON data, and its ``items`` as ``item_type``s.

    ``None`` when the body is JSON but not an object. Raises ``DecodeError`` or
    ``ValidationError``. One pass over the bytes, as in ``decode``.
    """
    try:
        page = _page_model(items, item_type).model_validate_json(content)
    except pydantic.ValidationError as err:
        problems = err.errors()
        if any(problem["type"] == "json_invalid" for problem in problems):
            raise DecodeError(f"not valid JSON: {err}") from None
        if problems and problems[0]["type"] == "model_type" and not problems[0]["loc"]:
            return None
        raise
    # getattr: the field is made at run time, so type checkers do not know it
    return dict(page.__pydantic_extra__ or {}), list(getattr(page, "page_items"))  # noqa: B009


@functools.lru_cache(maxsize=64)
def _page_model(items: str, item_type: Any) -> type[pydantic.BaseModel]:
    return pydantic.create_model(
        "PageEnvelope",
        __config__=ConfigDict(extra="allow"),
        page_items=(list[item_type], pydantic.Field(default_factory=list, alias=items)),
    )


def to_jsonable(value: object) -> object:
    """A value that is not plain JSON data (a model, datetime, UUID, ...) as JSON data.

    Models are dumped by alias with only the fields that were set, so server-side
    defaults apply to everything else.
    """
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return to_jsonable_python(value)
