"""Raw HTTP responses, for callers who need headers or the status code as well as the data.

Generated resources expose ``with_raw_response`` views built with
``to_raw_response_wrapper``: the wrapped method runs as usual, but asks the base
client (through a marker header that is removed before sending) to return an
``APIResponse`` whose ``parse()`` gives what the method would have returned.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = [
    "RAW_RESPONSE_HEADER",
    "APIResponse",
    "AsyncAPIResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

# Marker header placed in `extra_headers`; the base client strips it before sending.
RAW_RESPONSE_HEADER = "X-Sdkgen-Raw-Response"

P = ParamSpec("P")
R = TypeVar("R")
_MISSING: Any = object()


class _BaseAPIResponse(Generic[R]):
    """What sync and async raw responses share: metadata and the cached parse."""

    def __init__(
        self, *, http_response: httpx.Response, parser: Callable[[httpx.Response], R]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: R = _MISSING

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
        return self._parse_once()

    def read(self) -> bytes:
        """Return the body, reading it first if the response was streamed."""
        return self.http_response.read()

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
        return self._parse_once()

    async def read(self) -> bytes:
        """Return the body, reading it first if the response was streamed."""
        return await self.http_response.aread()

    async def text(self) -> str:
        """The body decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """The body decoded as JSON."""
        await self.read()
        return self.http_response.json()


def _with_raw_marker(kwargs: dict[str, Any]) -> None:
    """Add the raw-response marker to a call's ``extra_headers`` keyword argument."""
    extra_headers = cast("Mapping[str, str] | None", kwargs.get("extra_headers"))
    kwargs["extra_headers"] = {**(extra_headers or {}), RAW_RESPONSE_HEADER: "true"}


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
