"""Raw responses, client lifecycle (close, context managers) and configured copies."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx
import pytest
from sdkcore._base_client import AsyncAPIClient, SyncAPIClient
from sdkcore._exceptions import NotFoundError
from sdkcore._models import BaseModel
from sdkcore._pagination import PaginationSpec, SyncPage
from sdkcore._response import (
    RAW_RESPONSE_HEADER,
    APIResponse,
    AsyncAPIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from sdkcore._streaming import Stream
from sdkcore._types import NOT_GIVEN, RequestOptions

from .server import LiveServer, ServerState


class Echo(BaseModel):
    method: str
    raw_path: str


class Chunk(BaseModel):
    index: int


class Resource:
    """A minimal stand-in for a generated resource class."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def get(self, *, item_id: str, extra_headers: Mapping[str, str] | None = None) -> Echo:
        return self._client.request(  # type: ignore[no-any-return]
            "GET",
            "/echo/items/{id}",
            path_params={"id": item_id},
            cast_to=Echo,
            options=RequestOptions(extra_headers=extra_headers),
        )

    def stream(self, *, extra_headers: Mapping[str, str] | None = None) -> Stream[Chunk]:
        return self._client.request(  # type: ignore[no-any-return]
            "GET",
            "/stream/ok",
            cast_to=Echo,
            stream=True,
            stream_cls=Stream[Chunk],
            options=RequestOptions(extra_headers=extra_headers),
        )

    def pages(self, *, extra_headers: Mapping[str, str] | None = None) -> SyncPage[Echo]:
        return self._client.request_page(  # type: ignore[no-any-return]
            "GET",
            "/pages",
            query={"size": 10},
            item_type=dict,
            pagination=PaginationSpec(),
            options=RequestOptions(extra_headers=extra_headers),
        )


def test_raw_response_wrapper(make_client: Any, state: ServerState) -> None:
    resource = Resource(make_client())
    raw = to_raw_response_wrapper(resource.get)(item_id="a b", extra_headers={"X-Mine": "1"})
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-echo"] == "yes"
    assert raw.json()["raw_path"] == "/echo/items/a%20b"
    assert '"method":"GET"' in raw.text
    parsed = raw.parse()
    assert isinstance(parsed, Echo) and parsed.raw_path == "/echo/items/a%20b"
    assert raw.parse() is parsed
    # The marker never reaches the server; the caller's own extra headers do.
    assert RAW_RESPONSE_HEADER.lower() not in state.last.headers
    assert state.last.headers["x-mine"] == "1"
    assert to_raw_response_wrapper(resource.get).__name__ == "get"


def test_raw_response_of_streams_and_pages(make_client: Any, state: ServerState) -> None:
    resource = Resource(make_client())
    raw_stream = to_raw_response_wrapper(resource.stream)()
    assert raw_stream.headers["content-type"].startswith("text/event-stream")
    assert [chunk.index for chunk in raw_stream.parse()] == [0, 1, 2]
    raw_page = to_raw_response_wrapper(resource.pages)()
    assert raw_page.status_code == 200
    assert len(list(raw_page.parse())) == 25
    assert state.hits["pages"] == 3


def test_raw_response_still_raises_for_error_statuses(make_client: Any) -> None:
    client = make_client()
    raw_get = to_raw_response_wrapper(
        lambda extra_headers=None: client.request(
            "GET", "/status/404", cast_to=Echo, options=RequestOptions(extra_headers=extra_headers)
        )
    )
    with pytest.raises(NotFoundError):
        raw_get()


def test_repr_shows_only_class_and_base_url(make_client: Any, server: LiveServer) -> None:
    assert repr(make_client()) == f"SyncAPIClient(base_url={server.base_url!r})"


def test_context_manager_closes_only_an_own_http_client(server: LiveServer) -> None:
    with SyncAPIClient(base_url=server.base_url) as client:
        assert client.request("GET", "/echo/x", cast_to=Echo).method == "GET"
    assert client.is_closed()

    hits: list[httpx.Request] = []
    own = httpx.Client(event_hooks={"request": [hits.append]})
    with SyncAPIClient(base_url=server.base_url, http_client=own) as client:
        client.request("GET", "/echo/x", cast_to=Echo)
    assert len(hits) == 1
    assert not own.is_closed
    own.close()


class ClientWithResource(SyncAPIClient):
    @cached_property
    def resource(self) -> Resource:
        return Resource(self)


def test_copy_shares_the_pool_and_changes_only_what_is_asked(
    server: LiveServer, state: ServerState
) -> None:
    client = ClientWithResource(
        base_url=server.base_url, default_headers={"X-A": "a"}, max_retries=1, timeout=30.0
    )
    original_resource = client.resource
    clone = client.with_options(timeout=5.0, max_retries=4, default_headers={"X-B": "b"})
    assert clone._client is client._client
    assert (clone.timeout, clone.max_retries) == (5.0, 4)
    assert (client.timeout, client.max_retries) == (30.0, 1)
    assert clone.resource is not original_resource and clone.resource._client is clone
    clone.resource.get(item_id="1")
    assert (state.last.headers["x-a"], state.last.headers["x-b"]) == ("a", "b")
    client.resource.get(item_id="1")
    assert "x-b" not in state.last.headers

    same = client.copy(base_url=NOT_GIVEN, timeout=NOT_GIVEN, default_headers=NOT_GIVEN)
    assert (same.base_url, same.timeout) == (client.base_url, client.timeout)
    moved = client.copy(base_url="http://elsewhere.invalid")
    assert moved.base_url == "http://elsewhere.invalid" and client.base_url == server.base_url

    clone.close()
    assert not client.is_closed()  # the copy does not own the pool
    client.close()
    assert clone.is_closed()


async def test_async_raw_response_and_lifecycle(server: LiveServer, state: ServerState) -> None:
    async with AsyncAPIClient(
        base_url=server.base_url, auth_headers={"X-API-KEY": "k" * 8}
    ) as client:

        async def get(*, extra_headers: Mapping[str, str] | None = None) -> Echo:
            return await client.request(  # type: ignore[no-any-return]
                "GET", "/echo/a", cast_to=Echo, options=RequestOptions(extra_headers=extra_headers)
            )

        raw = await async_to_raw_response_wrapper(get)()
        assert isinstance(raw, AsyncAPIResponse)
        assert raw.status_code == 200
        assert (await raw.parse()).raw_path == "/echo/a"
        assert (await raw.json())["method"] == "GET"
        assert "raw_path" in await raw.text()
        assert RAW_RESPONSE_HEADER.lower() not in state.last.headers
        assert repr(client) == f"AsyncAPIClient(base_url={server.base_url!r})"
        clone = client.with_options(max_retries=0)
        assert clone._client is client._client
    assert client.is_closed()
