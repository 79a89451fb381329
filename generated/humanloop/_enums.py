"""String enums that tolerate values this SDK does not know yet.

The server may add enum values before this SDK is regenerated; an old SDK must
keep working and must not drop the new data. Generated string enums derive from
``OpenEnum``: known values are ordinary members (``ModelProviders.OPENAI``); any
other string becomes a member-like instance of the same class, so a response
carrying a newer value parses, compares equal to its string and is sent back
unchanged. Members are ``str`` instances, so request parameters also accept
plain strings.

The alternative, ``Literal[...] | str`` aliases, is equally tolerant and has no
runtime machinery, but loses the named constants and needs every enum reference
rewritten in datamodel-code-generator's output; ``OpenEnum`` only needs its enum
template changed. It serves every model backend: pydantic and msgspec both build
enum members by calling the class, which reaches ``_missing_``.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

__all__ = ["EnumOrLiteral", "OpenEnum"]


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
