"""Server-sent event streams.

The API streams data-only server-sent events: each event's ``data`` is one JSON
chunk. ``Stream`` and ``AsyncStream`` only move bytes; decoding events and
turning them into items (``SSEDecoder`` and ``_EventReader``) is shared.

A stream ends normally at ``data: [DONE]`` or when the server closes the
connection after a complete event. It never ends silently on failure: a broken
connection, or a body that stops in the middle of an event, raises
``APIConnectionError``; an ``error`` event raises ``APIError``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    connection_error_for,
)

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched server-sent event."""

    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Incremental ``text/event-stream`` decoder, fed one line (without its line ending) at a time.

    Follows the WHATWG rules: ``data`` lines are joined with ``\\n``, a blank line
    dispatches, lines starting with ``:`` are comments, unknown fields are ignored.
    """

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._pending = False

    @property
    def has_pending(self) -> bool:
        """Whether fields were received for an event that was never terminated by a blank line."""
        return self._pending

    def feed(self, line: str) -> ServerSentEvent | None:
        """Consume one line; return the event it completes, if any."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        self._pending = True
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        # Per the spec, an event without data lines is discarded.
        event = None
        if self._data:
            event = ServerSentEvent(
                data="\n".join(self._data), event=self._event, id=self._id, retry=self._retry
            )
        self._reset()
        return event


class _NoItem:
    """Returned by ``_EventReader.feed`` for lines that do not complete an item."""


_NO_ITEM = _NoItem()


def _error_message(payload: object) -> str:
    """Extract a human-readable message from an error event's payload."""
    error = payload.get("error", payload) if isinstance(payload, dict) else payload
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return json.dumps(error)


def _json_or_text(data: str) -> object:
    """Decode ``data`` as JSON if it is JSON, else keep the text."""
    try:
        return json.loads(data)
    except ValueError:
        return data


class _EventReader(Generic[T]):
    """Turns the lines of a response body into items; everything in a stream that isn't I/O."""

    def __init__(self, response: httpx.Response, item_type: Any, strict: bool) -> None:
        self._response = response
        self._item_type = item_type
        self._strict = strict
        self._decoder = SSEDecoder()
        self.finished = False

    def feed(self, line: str) -> T | _NoItem:
        """Consume one line; return the item it completes, or ``_NO_ITEM``.

        Sets ``finished`` when the server signals the end with ``[DONE]``.
        """
        event = self._decoder.feed(line)
        if event is None:
            return _NO_ITEM
        if event.data.strip() == "[DONE]":
            self.finished = True
            return _NO_ITEM
        if event.event == "error":
            payload = _json_or_text(event.data)
            raise APIError(_error_message(payload), self._response.request, body=payload)
        payload = self._decode_json(event.data)
        # A null "error" is a normal field of some chunks (e.g. logs); only a value means failure.
        if isinstance(payload, dict) and payload.get("error") is not None:
            raise APIError(_error_message(payload), self._response.request, body=payload)
        return self._validate(payload)

    def check_complete(self) -> None:
        """Call at the end of the body: a half-received event means the stream was cut."""
        if self._decoder.has_pending:
            raise APIConnectionError(
                request=self._response.request,
                message="The stream ended in the middle of an event.",
            )

    def _decode_json(self, data: str) -> object:
        try:
            return json.loads(data)
        except ValueError as err:
            raise APIResponseValidationError(
                response=self._response, body=data, message=f"Stream event is not valid JSON: {err}"
            ) from err

    def _validate(self, payload: object) -> T:
        # on first use: see _base_client's docstring
        from ._models import ValidationError, construct, validate

        try:
            item: T = validate(self._item_type, payload)
        except ValidationError as err:
            if not self._strict:  # built as far as it matches: see _base_client's docstring
                built: T = construct(self._item_type, payload)
                return built
            raise APIResponseValidationError(
                response=self._response, body=payload, message=f"Unexpected stream chunk: {err}"
            ) from err
        return item


class _BaseStream(Generic[T]):
    """State shared by ``Stream`` and ``AsyncStream``."""

    def __init__(self, *, response: httpx.Response, item_type: Any, strict: bool = False) -> None:
        self.response = response
        self._item_type = item_type
        self._strict = strict
        self._started = False

    def _start_reading(self) -> _EventReader[T]:
        # The body can only be read once; a second pass would silently yield nothing.
        if self._started:
            raise RuntimeError("This stream has already been iterated.")
        self._started = True
        return _EventReader(self.response, self._item_type, self._strict)


class Stream(_BaseStream[T]):
    """The items of a streamed response, from a synchronous client.

    The connection is released when the stream is exhausted, when a ``for`` loop
    over it is left early (``break``, an exception), on ``close()`` and on
    leaving a ``with`` block. ``with`` is the deterministic way; the ``for``
    loop case relies on the iterator being freed, which CPython does at once.
    """

    def __iter__(self) -> Iterator[T]:
        reader = self._start_reading()
        try:
            try:
                for line in self.response.iter_lines():
                    item = reader.feed(line)
                    if reader.finished:
                        return
                    if not isinstance(item, _NoItem):
                        yield item
            except httpx.TransportError as err:
                raise connection_error_for(err, self.response.request) from err
            reader.check_complete()
        finally:
            self.close()

    def close(self) -> None:
        """Release the connection; the remaining items are discarded."""
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_BaseStream[T]):
    """The items of a streamed response, from an asynchronous client.

    Like ``Stream``; leaving an ``async for`` loop early closes the connection
    once the event loop finalizes the abandoned iterator (soon, not at once), so
    prefer ``async with`` when it matters.
    """

    async def __aiter__(self) -> AsyncIterator[T]:
        reader = self._start_reading()
        try:
            try:
                async for line in self.response.aiter_lines():
                    item = reader.feed(line)
                    if reader.finished:
                        return
                    if not isinstance(item, _NoItem):
                        yield item
            except httpx.TransportError as err:
                raise connection_error_for(err, self.response.request) from err
            reader.check_complete()
        finally:
            await self.close()

    async def close(self) -> None:
        """Release the connection; the remaining items are discarded."""
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
