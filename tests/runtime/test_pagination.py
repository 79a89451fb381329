"""Page-numbered pagination: lazy fetching across three pages of a real server."""

from __future__ import annotations

from typing import Any

import pytest
from sdkcore._exceptions import APIResponseValidationError
from sdkcore._models import BaseModel
from sdkcore._pagination import AsyncPage, PageContent, PaginationSpec, SyncPage
from sdkcore._types import NOT_GIVEN

from .server import PAGE_TOTAL, ServerState

SPEC = PaginationSpec(items="records", page_param="page", size_param="size", total="total")


class Item(BaseModel):
    id: str
    filter: str | None = None


class Envelope(BaseModel):
    records: list[Item]
    page: int
    size: int
    total: int


def first_page(client: Any, **kwargs: Any) -> Any:
    """Call a paginated endpoint the way generated code does."""
    kwargs.setdefault("query", {"page": NOT_GIVEN, "size": 10, "filter": "f"})
    return client.request_page(
        "GET", "/pages", page_cls=SyncPage[Item], item_type=Item, pagination=SPEC, **kwargs
    )


def test_first_page_exposes_the_envelope(make_client: Any, state: ServerState) -> None:
    page = first_page(make_client())
    assert isinstance(page, SyncPage)
    assert (page.page, page.size, page.total) == (1, 10, PAGE_TOTAL)
    assert [item.id for item in page.items] == [f"item_{i}" for i in range(10)]
    assert all(isinstance(item, Item) for item in page.items)
    assert page.has_next_page()
    assert state.hits["pages"] == 1


def test_iterating_fetches_each_page_only_when_needed(make_client: Any, state: ServerState) -> None:
    items = iter(first_page(make_client()))
    first_ten = [next(items) for _ in range(10)]
    assert state.hits["pages"] == 1  # the first page's items need no request
    eleventh = next(items)
    assert state.hits["pages"] == 2
    rest = list(items)
    assert state.hits["pages"] == 3  # 25 items: the 3rd page is short, so no 4th request
    ids = [item.id for item in [*first_ten, eleventh, *rest]]
    assert ids == [f"item_{i}" for i in range(PAGE_TOTAL)]
    # Later pages keep the size and the other parameters.
    assert [dict(r.query) for r in state.requests] == [
        {"size": "10", "filter": "f"},
        {"size": "10", "filter": "f", "page": "2"},
        {"size": "10", "filter": "f", "page": "3"},
    ]


def test_iter_pages_and_get_next_page(make_client: Any, state: ServerState) -> None:
    pages = list(first_page(make_client()).iter_pages())
    assert [len(page.items) for page in pages] == [10, 10, 5]
    assert [page.page for page in pages] == [1, 2, 3]
    assert not pages[-1].has_next_page()
    with pytest.raises(RuntimeError, match="no next page"):
        pages[-1].get_next_page()
    assert state.hits["pages"] == 3


def test_size_reported_by_the_server_is_reused(make_client: Any, state: ServerState) -> None:
    page = first_page(make_client(), query={"filter": "f"})  # server default size: 10
    second = page.get_next_page()
    assert dict(state.last.query) == {"filter": "f", "page": "2", "size": "10"}
    assert second.page == 2


def test_empty_page_has_no_next(make_client: Any, state: ServerState) -> None:
    page = first_page(make_client(), query={"page": 9, "size": 10})
    assert page.items == [] and not page.has_next_page()
    assert list(page) == []
    assert state.hits["pages"] == 1


def test_post_pagination_resends_the_body_and_envelope_model(
    make_client: Any, state: ServerState
) -> None:
    client = make_client()
    page = client.request_page(
        "POST",
        "/pages",
        query={"size": 20},
        body={"query": "q"},
        cast_to=Envelope,
        item_type=Item,
        pagination=SPEC,
    )
    assert isinstance(page.envelope, Envelope)
    assert len(list(page)) == PAGE_TOTAL
    assert [r.body for r in state.requests] == [{"query": "q"}, {"query": "q"}]


def test_has_next_page_rules() -> None:
    def page(number: int, size: int | None, total: int | None, count: int, first: int = 1) -> Any:
        content = PageContent(
            items=list(range(count)), page=number, size=size, total=total, envelope={}
        )
        spec = PaginationSpec(first_page=first)
        return SyncPage(content, spec=spec, fetch_page=lambda query: pytest.fail("no fetch"))

    assert page(1, 10, 20, 10).has_next_page()
    assert not page(2, 10, 20, 10).has_next_page()
    assert page(0, 10, 20, 10, first=0).has_next_page()  # offset-style numbering
    assert not page(1, 10, 20, 10, first=0).has_next_page()
    assert page(1, 10, None, 10).has_next_page()  # no total: a full page may have more
    assert not page(1, 10, None, 4).has_next_page()
    assert not page(1, 10, 50, 0).has_next_page()


def test_non_json_envelope_is_a_validation_error(make_client: Any) -> None:
    with pytest.raises(APIResponseValidationError):
        make_client().request_page("GET", "/text", item_type=Item, pagination=SPEC)


async def test_async_pages_are_fetched_lazily(make_async_client: Any, state: ServerState) -> None:
    client = make_async_client()
    page = await client.request_page(
        "GET",
        "/pages",
        query={"size": 10},
        page_cls=AsyncPage[Item],
        item_type=Item,
        pagination=SPEC,
    )
    assert isinstance(page, AsyncPage)
    assert state.hits["pages"] == 1
    seen: list[str] = []
    async for item in page:
        seen.append(item.id)
        if len(seen) == 10:
            assert state.hits["pages"] == 1
    assert seen == [f"item_{i}" for i in range(PAGE_TOTAL)]
    assert state.hits["pages"] == 3
    pages = [p async for p in page.iter_pages()]
    assert [len(p.items) for p in pages] == [10, 10, 5]
