"""Small shared types: the ``NOT_GIVEN`` sentinel, type aliases and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Literal

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileTypes",
    "FormBody",
    "Headers",
    "NotGiven",
    "Query",
    "RawBody",
    "RequestOptions",
    "TimeoutTypes",
]


class NotGiven:
    """Marks an argument the caller did not pass.

    ``None`` is a meaningful value for many API fields (it is sent as JSON
    ``null``), so "leave this out of the request" needs its own sentinel.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # A single instance keeps `value is NOT_GIVEN` checks valid even after copying.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = object
TimeoutTypes = float | httpx.Timeout | None
FileContent = bytes | IO[bytes]
#: A file to upload: its content, or ``(filename, content)`` or ``(filename, content, media type)``.
FileTypes = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str]


@dataclass(frozen=True)
class FormBody:
    """A request body sent as a form instead of JSON.

    ``application/x-www-form-urlencoded``, or with ``multipart`` ``multipart/form-data``,
    where ``bytes``, a binary file object or a ``(filename, content[, media type])``
    tuple is sent as a file. Other values go as text: numbers as written, booleans as
    ``true``/``false``, lists as repeated fields, objects as JSON.
    """

    fields: Mapping[str, object]
    multipart: bool = False


@dataclass(frozen=True)
class RawBody:
    """A request body sent as it is (a file's bytes, a text), with its media type."""

    content: bytes | str | IO[bytes] | NotGiven  # NOT_GIVEN: an optional body left out
    media_type: str


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides that every generated method accepts.

    ``timeout`` and ``max_retries`` default to ``NOT_GIVEN`` so that an explicit
    ``timeout=None`` (wait forever) can be told apart from "use the client's value".
    """

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None  # must be a mapping; merged into an object body
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
