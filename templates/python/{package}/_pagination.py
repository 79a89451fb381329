"""Page-numbered pagination.

A paginated endpoint answers with an envelope such as
``{"records": [...], "page": 1, "size": 10, "total": 35}``. ``SyncPage`` and
``AsyncPage`` wrap one envelope and fetch the following pages lazily, asking for
``page + 1`` with the same size and every other parameter unchanged.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

__all__ = ["AsyncPage", "PageContent", "PaginationSpec", "SyncPage", "parse_page"]

T = TypeVar("T")


@dataclass(frozen=True)
class PaginationSpec:
    """Where a paginated endpoint keeps its items and counters.

    ``page_param`` and ``size_param`` name both the query parameters that select
    a page and the envelope fields that report the current one. ``first_page``
    is the number of the first page (1, or 0 for offset-style endpoints).
    """

    items: str = "records"
    page_param: str = "page"
    size_param: str = "size"
    total: str = "total"
    first_page: int = 1


@dataclass(frozen=True)
class PageContent(Generic[T]):
    """One decoded envelope."""

    items: list[T]
    page: int
    size: int | None
    total: int | None
    envelope: object  # the whole envelope: the envelope model if one was given, else the JSON


def _int_or_none(value: object) -> int | None:
    # bool is an int subclass but never a page counter.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_page(
    response: httpx.Response,
    spec: PaginationSpec,
    item_type: Any,
    *,
    envelope_type: Any = None,
    requested: Mapping[str, object],
) -> PageContent[Any]:
    """Decode a page envelope; ``requested`` is the query that asked for it.

    The envelope's own ``page``/``size`` win; the requested values fill in when
    the server leaves them out.
    """
    # Imported on first use: see _base_client's docstring.
    from ._models import DecodeError, ValidationError, decode_page, validate

    try:
        decoded = decode_page(response.content, spec.items, item_type)
        if decoded is None:
            raise APIResponseValidationError(
                response=response,
                body=response.json(),
                message="Expected a JSON object as the page envelope.",
            )
        data, items = decoded
        if envelope_type is None:
            envelope = data
        else:
            envelope = validate(envelope_type, {**data, spec.items: items})
    except ValidationError as err:  # first: it is a kind of DecodeError in some backends
        raise APIResponseValidationError(
            response=response, body=response.text, message=f"Unexpected page envelope: {err}"
        ) from err
    except DecodeError as err:
        raise APIResponseValidationError(
            response=response, body=response.text, message="Page response is not valid JSON."
        ) from err
    page = _int_or_none(data.get(spec.page_param))
    if page is None:
        page = _int_or_none(_first_value(requested.get(spec.page_param)))
    size = _int_or_none(data.get(spec.size_param))
    if size is None:
        size = _int_or_none(_first_value(requested.get(spec.size_param)))
    return PageContent(
        items=items,
        page=spec.first_page if page is None else page,
        size=size,
        total=_int_or_none(data.get(spec.total)),
        envelope=envelope,
    )


def _first_value(value: object) -> object:
    """Query values are strings or lists of strings once encoded; recover an int if possible."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


class _BasePage(Generic[T]):
    """What sync and async pages share: the data and the "is there more" rule."""

    def __init__(self, content: PageContent[T], *, spec: PaginationSpec) -> None:
        self.items: list[T] = content.items
        self.page = content.page
        self.size = content.size
        self.total = content.total
        self.envelope = content.envelope
        self._spec = spec

    def has_next_page(self) -> bool:
        """Whether another page exists after this one."""
        if not self.items:
            return False
        if self.size is None:
            return False
        if self.total is None:
            # Without a total, only a full page suggests there may be more.
            return len(self.items) >= self.size
        pages_so_far = self.page - self._spec.first_page + 1
        return pages_so_far * self.size < self.total

    def _next_page_query(self) -> dict[str, object]:
        if not self.has_next_page():
            raise RuntimeError("There is no next page; check has_next_page() first.")
        query: dict[str, object] = {self._spec.page_param: self.page + 1}
        if self.size is not None:
            query[self._spec.size_param] = self.size
        return query

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(page={self.page}, size={self.size}, "
            f"total={self.total}, items=<{len(self.items)} items>)"
        )


class SyncPage(_BasePage[T]):
    """One page of results; iterating it yields every item of every page, fetching lazily."""

    def __init__(
        self,
        content: PageContent[T],
        *,
        spec: PaginationSpec,
        fetch_page: Callable[[Mapping[str, object]], SyncPage[T]],
    ) -> None:
        super().__init__(content, spec=spec)
        self._fetch_page = fetch_page

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (raises ``RuntimeError`` when there is none)."""
        return self._fetch_page(self._next_page_query())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """Yield this page, then each following page as it is fetched."""
        page: SyncPage[T] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_BasePage[T]):
    """One page of results; ``async for`` yields every item of every page, fetching lazily."""

    def __init__(
        self,
        content: PageContent[T],
        *,
        spec: PaginationSpec,
        fetch_page: Callable[[Mapping[str, object]], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(content, spec=spec)
        self._fetch_page = fetch_page

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (raises ``RuntimeError`` when there is none)."""
        return await self._fetch_page(self._next_page_query())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yield this page, then each following page as it is fetched."""
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
