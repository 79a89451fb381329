"""Enums that tolerate values this SDK does not know yet.

The server may add enum values before this SDK is regenerated; an old SDK must
keep working and must not drop the new data. Generated string enums derive from
``OpenEnum``: known values are ordinary members (``ModelProviders.OPENAI``); any
other string becomes a member-like instance of the same class, so a response
carrying a newer value parses, compares equal to its string and is sent back
unchanged. Members are ``str`` instances, so request parameters also accept
plain strings. Integer and number enums (Discord's ``0``/``1``/``2`` content filters,
``oneOf`` of ``const``s included) derive from ``OpenIntEnum`` and ``OpenFloatEnum`` alike.

The alternative, ``Literal[...] | str`` aliases, is equally tolerant and has no
runtime machinery, but loses the named constants and needs every enum reference
rewritten in datamodel-code-generator's output; ``OpenEnum`` only needs its enum
template changed. It serves every model backend: pydantic and msgspec both build
enum members by calling the class, which reaches ``_missing_``.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

__all__ = ["EnumOrLiteral", "OpenEnum", "OpenFloatEnum", "OpenIntEnum"]


def _open_member(cls: Any, base: Any, value: object) -> Any:
    """A member-like instance of ``cls`` (an enum deriving from ``base``) for ``value``, not
    added to the class."""
    member = base.__new__(cls, value)
    member._name_ = str(value)
    member._value_ = value
    return member


class OpenEnum(str, Enum):
    """A string enum that also accepts values it does not list.

    ``MyEnum("new-value")`` returns an instance of ``MyEnum`` whose ``value`` and
    ``name`` are ``"new-value"`` instead of raising; it is not added to the
    class, so ``list(MyEnum)`` still shows only the known members. Only for
    string enums: integer and number enums derive from ``OpenIntEnum``, ``OpenFloatEnum``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None  # Enum's usual "is not a valid" error
        return _open_member(cls, str, value)

    def __str__(self) -> str:
        # Like enum.StrEnum (3.11+): the value, so members read naturally in f-strings.
        return str(self.value)


class OpenIntEnum(int, Enum):
    """An integer enum that also accepts integers it does not list (see ``OpenEnum``)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return _open_member(cls, int, value)

    def __str__(self) -> str:
        return str(self.value)


class OpenFloatEnum(float, Enum):
    """A number enum that also accepts numbers it does not list (see ``OpenEnum``)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        return _open_member(cls, float, float(value))

    def __str__(self) -> str:
        return str(self.value)


if TYPE_CHECKING:
    # For type checkers a model field typed `EnumOrLiteral[ChatRole, Literal["user", ...]]` is the
    # union of the two, so `ChatMessage(role="user")` type-checks as `role=ChatRole.USER` does.
    from typing import Union as EnumOrLiteral
else:

    class EnumOrLiteral:
        """At run time such a field is the enum alone: pydantic and msgspec parse every value into
        it, a value this SDK does not know yet too (a union would keep known values as strings)."""

        def __class_getitem__(cls, types: tuple[Any, Any]) -> Any:
            return types[0]
