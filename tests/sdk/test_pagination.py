"""The generated paginated methods against a live server that numbers pages as the real API does.

``projects.list``, ``projects.export`` and ``datasets.list_datapoints`` count pages from 0,
``sessions.list`` and ``evaluations.list_datapoints`` from 1 (``first-page`` in the spec). A
method that got its start page wrong would ask for one page too many, or skip one.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

import pytest

from generator.ir.nodes import Operation
from tests.runtime.server import PAGE_TOTAL, RecordedRequest, ServerState
from tests.support.helpers import bound_method, humanloop_api, required_arguments

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
types = pytest.importorskip("humanloop.types")

PAGINATED = {op.call_name: op for op in humanloop_api().all_operations if op.pagination}
SIZE = 10  # 25 records: pages of 10, 10 and 5


def test_the_five_paginated_methods_and_their_start_pages() -> None:
    first_pages = {
        name: op.pagination.first_page for name, op in PAGINATED.items() if op.pagination
    }
    assert first_pages == {
        "projects.list": 0,
        "projects.export": 0,
        "datasets.list_datapoints": 0,
        "sessions.list": 1,
        "evaluations.list_datapoints": 1,
    }


def first_page_of(op: Operation) -> int:
    assert op.pagination is not None
    return op.pagination.first_page


def item_model(op: Operation) -> type:
    assert op.pagination is not None
    model: type = getattr(types, op.pagination.item_annotation)
    return model


def call(client: Any, op: Operation, **kwargs: Any) -> Any:
    return bound_method(client, op.call_name)(**required_arguments(op), size=SIZE, **kwargs)


def requested_pages(requests: list[RecordedRequest]) -> list[str | None]:
    return [dict(r.query).get("page") for r in requests]


@pytest.mark.parametrize("call_name", sorted(PAGINATED))
def test_iterating_yields_every_record_fetching_pages_lazily(
    make_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    op = PAGINATED[call_name]
    page = call(make_client(), op, extra_query={"tag": "kept"})
    assert isinstance(page, humanloop.SyncPage)
    assert (page.page, page.size, page.total) == (first_page_of(op), SIZE, PAGE_TOTAL)
    records = iter(page)
    assert len(list(islice(records, SIZE))) == SIZE
    assert len(state.requests) == 1  # the first page's records needed no other request
    next(records)
    assert len(state.requests) == 2
    rest = list(records)
    assert len(rest) == PAGE_TOTAL - SIZE - 1
    assert all(type(record) is item_model(op) for record in [*page.items, *rest])
    # Exactly the pages that exist: none skipped, no empty one asked for after the last.
    first = first_page_of(op)
    assert requested_pages(state.requests) == [None, str(first + 1), str(first + 2)]
    # Every request is the same call but for the page: path, method, size, other parameters.
    assert {(r.method, r.raw_path.split("?")[0]) for r in state.requests} == {
        (op.http_method.upper(), state.requests[0].raw_path.split("?")[0])
    }
    assert all(
        dict(r.query)["size"] == str(SIZE) and dict(r.query)["tag"] == "kept"
        for r in state.requests
    )


@pytest.mark.parametrize("call_name", sorted(PAGINATED))
def test_iter_pages_gives_page_after_page(
    make_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    op = PAGINATED[call_name]
    pages = list(call(make_client(), op).iter_pages())
    first = first_page_of(op)
    assert [p.page for p in pages] == [first, first + 1, first + 2]
    assert [len(p.items) for p in pages] == [10, 10, 5]
    assert len(state.requests) == 3


@pytest.mark.parametrize("call_name", sorted(PAGINATED))
async def test_async_pages_are_fetched_lazily(
    make_async_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    op = PAGINATED[call_name]
    page = await call(make_async_client(), op)
    assert isinstance(page, humanloop.AsyncPage)
    seen = 0
    async for record in page:
        assert type(record) is item_model(op)
        seen += 1
        assert len(state.requests) == 1 + (seen - 1) // SIZE
    assert seen == PAGE_TOTAL
    first = first_page_of(op)
    assert requested_pages(state.requests) == [None, str(first + 1), str(first + 2)]
    pages = [p async for p in (await call(make_async_client(), op)).iter_pages()]
    assert [p.page for p in pages] == [first, first + 1, first + 2]


def test_starting_from_a_later_page(make_client: Callable[..., Any], state: ServerState) -> None:
    page = make_client().projects.list(page=1, size=SIZE)
    assert [p.id for p in page] == [f"pr_{i}" for i in range(SIZE, PAGE_TOTAL)]
    assert requested_pages(state.requests) == ["1", "2"]


def test_an_empty_listing_is_one_request(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    page = make_client().sessions.list(project_id="pr_1", extra_query={"total": 0})
    assert list(page) == [] and not page.has_next_page()
    assert len(state.requests) == 1
