"""Base classes of the generated models, and cached type adapters for response parsing.

Tolerance of API evolution
--------------------------
The server may add fields and enum values before this SDK is regenerated; an
old SDK must keep working and must not drop the new data.

* Unknown fields: ``BaseModel`` sets ``extra="allow"``, so they are kept, are
  reachable as attributes and survive ``model_dump()``.
* Unknown enum values: generated string enums derive from ``OpenEnum``. Known
  values are ordinary members (``ModelProviders.OPENAI``); any other string
  becomes a member-like instance of the same class, so a response carrying a
  newer value validates, compares equal to its string and dumps back
  unchanged. Members are ``str`` instances, so request parameters also accept
  plain strings.

  The alternative, ``Literal[...] | str`` aliases, is equally tolerant and has
  no runtime machinery, but loses the named constants and needs every enum
  reference rewritten in datamodel-code-generator's output; ``OpenEnum`` only
  needs its enum template changed. ``use_enum_values=True`` does not help at
  all: it changes how *valid* values are stored, unknown values still fail.
"""

from __future__ import annotations

import functools
from enum import Enum
from typing import Any

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel", "OpenEnum", "type_adapter"]


class BaseModel(pydantic.BaseModel):
    """Base of every generated model: keeps unknown fields, accepts names and aliases."""

    model_config = ConfigDict(
        extra="allow",
        # Fields renamed to valid Python identifiers can be set by either name.
        populate_by_name=True,
        # API fields such as `model_config_id` must not clash with pydantic's `model_` namespace.
        protected_namespaces=(),
    )


class OpenEnum(str, Enum):
    """A string enum that also accepts values it does not list.

    ``MyEnum("new-value")`` returns an instance of ``MyEnum`` whose ``value`` and
    ``name`` are ``"new-value"`` instead of raising; it is not added to the
    class, so ``list(MyEnum)`` still shows only the known members. Only for
    string enums: integer enums should keep deriving from ``Enum``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None  # Enum's usual "is not a valid" error
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        # Like enum.StrEnum (3.11+): the value, so members read naturally in f-strings.
        return str(self.value)


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
