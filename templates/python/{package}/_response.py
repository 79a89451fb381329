"""Raw HTTP responses, for callers who need headers or the status code as well as the data.

Generated resources expose ``with_raw_response`` views built with
``to_raw_response_wrapper``: the wrapped method runs as usual, but asks the base
client (through a marker header that is removed before sending) to return an
``APIResponse`` whose ``parse()`` gives what the method would have returned.

``with_streaming_response`` views (``to_streamed_response_wrapper``) return a
context manager instead: inside it the ``APIResponse`` is there as soon as the
headers are, its body still unread (``iter_bytes()``, ``iter_lines()``, or
``parse()``, which reads it first), and leaving it closes the connection.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = [
    "RAW_RESPONSE_HEADER",
    "RAW_STREAM",
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

# Marker header placed in `extra_headers`; the base client strips it before sending.
RAW_RESPONSE_HEADER = "X-Sdkgen-Raw-Response"
# Its value asking for the response before its body is read ("true": after).
RAW_STREAM = "stream"

P = ParamSpec("P")
R = TypeVar("R")
_MISSING: Any = object()


class _BaseAPIResponse(Generic[R]):
    """What sync and async raw responses share: metadata and the cached parse."""

    def __init__(
        self,
        *,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], R],
        unread: bool = False,
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: R = _MISSING
        # The body is still on the wire (streaming response): parse() reads it first.
        self._unread = unread

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        """The URL that was requested."""
        return self.http_response.url

    def _parse_once(self) -> R:
        # Parsing a streamed body consumes it, so the result must be reused.
        if self._parsed is _MISSING:
            self._parsed = self._parser(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


class APIResponse(_BaseAPIResponse[R]):
    """A raw response from a synchronous client."""

    def parse(self) -> R:
        """Return the value the wrapped method would have returned (computed once)."""
        if self._unread:
            self.read()
        return self._parse_once()

    def read(self) -> bytes:
        """Return the body, reading it first if the response was streamed."""
        self._unread = False
        return self.http_response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, decoded from its content encoding (gzip, ...)."""
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded to text."""
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body as it arrives, line by line (without line endings)."""
        yield from self.http_response.iter_lines()

    def close(self) -> None:
        """Close the response (and release its connection); the unread rest of the body is dropped."""
        self.http_response.close()

    @property
    def text(self) -> str:
        """The body decoded as text."""
        self.read()
        return self.http_response.text

    def json(self) -> object:
        """The body decoded as JSON."""
        self.read()
        return self.http_response.json()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """A raw response from an asynchronous client.

    The body accessors are coroutines because a streamed body has to be read
    with network I/O first.
    """

    async def parse(self) -> R:
        """Return the value the wrapped method would have returned (computed once)."""
        if self._unread:
            await self.read()
        return self._parse_once()

    async def read(self) -> bytes:
        """Return the body, reading it first if the response was streamed."""
        self._unread = False
        return await self.http_response.aread()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives, decoded from its content encoding (gzip, ...)."""
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded to text."""
        async for text in self.http_response.aiter_text(chunk_size):
            yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body as it arrives, line by line (without line endings)."""
        async for line in self.http_response.aiter_lines():
            yield line

    async def close(self) -> None:
        """Close the response (and release its connection); the unread rest of the body is dropped."""
        await self.http_response.aclose()

    async def text(self) -> str:
        """The body decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """The body decoded as JSON."""
        await self.read()
        return self.http_response.json()


def _with_raw_marker(kwargs: dict[str, Any], value: str = "true") -> None:
    """Add the raw-response marker to a call's ``extra_headers`` keyword argument."""
    extra_headers = cast("Mapping[str, str] | None", kwargs.get("extra_headers"))
    kwargs["extra_headers"] = {**(extra_headers or {}), RAW_RESPONSE_HEADER: value}


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a generated method so that it returns an ``APIResponse`` instead of parsed data.

    ``func`` must accept an ``extra_headers`` keyword argument, as every generated method does.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _with_raw_marker(kwargs)
        return cast(APIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Async twin of ``to_raw_response_wrapper``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        _with_raw_marker(kwargs)
        return cast(AsyncAPIResponse[R], await func(*args, **kwargs))

    return wrapped


class ResponseContextManager(Generic[R]):
    """``with client.with_streaming_response.method(...) as response:`` sends the request on
    entering (errors raise there) and closes the response on leaving."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """Async twin of ``ResponseContextManager`` (``async with``)."""

    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[R]]:
    """Wrap a generated method so that it returns a context manager around an ``APIResponse``
    whose body is not read yet (see the module docstring)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[R]:
        _with_raw_marker(kwargs, RAW_STREAM)
        return ResponseContextManager(lambda: cast(APIResponse[R], func(*args, **kwargs)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[R]]:
    """Async twin of ``to_streamed_response_wrapper``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[R]:
        _with_raw_marker(kwargs, RAW_STREAM)

        async def send() -> AsyncAPIResponse[R]:
            return cast(AsyncAPIResponse[R], await func(*args, **kwargs))

        return AsyncResponseContextManager(send)

    return wrapped
