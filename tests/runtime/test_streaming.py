"""Server-sent event streams against a real server, including broken connections."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sdkcore._exceptions import APIConnectionError, APIError, APIStatusError, BadRequestError
from sdkcore._models import BaseModel
from sdkcore._streaming import AsyncStream, ServerSentEvent, SSEDecoder, Stream

from .server import ServerState


class Chunk(BaseModel):
    index: int


class FullResponse(BaseModel):
    """What the endpoint returns when not streaming; streams must not be parsed as this."""

    text: str


def open_stream(client: Any, name: str, **kwargs: Any) -> Any:
    """Call a streaming endpoint the way generated code does."""
    return client.request(
        "POST",
        f"/stream/{name}",
        body={"stream": True},
        cast_to=FullResponse,
        stream=True,
        stream_cls=Stream[Chunk],
        **kwargs,
    )


def indexes(items: list[Any]) -> list[int]:
    return [item.index for item in items]


def wait_until(condition: Any, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ok", [0, 1, 2]),  # the server just closes after the last event: a normal end
        ("done", [0]),  # [DONE] ends the stream; what follows is ignored
        ("multiline", [7, 8]),  # data split over lines, comments, "data:" without a space
        ("null-error", [0]),  # `"error": null` is an ordinary field
    ],
)
def test_stream_yields_chunks_in_order(
    make_client: Any, state: ServerState, name: str, expected: list[int]
) -> None:
    stream = open_stream(make_client(), name)
    assert isinstance(stream, Stream)
    items = list(stream)
    assert all(isinstance(item, Chunk) for item in items)
    assert indexes(items) == expected
    assert stream.response.is_closed
    assert state.last.headers["accept"] == "text/event-stream"


@pytest.mark.parametrize(
    ("name", "message"),
    [("error-event", "model overloaded"), ("error-chunk", "bad key")],
)
def test_error_in_stream_raises_api_error(make_client: Any, name: str, message: str) -> None:
    received: list[Any] = []
    with pytest.raises(APIError) as info:
        received.extend(open_stream(make_client(), name))
    assert indexes(received) == [0]
    assert not isinstance(info.value, (APIStatusError, APIConnectionError))
    assert info.value.message == message
    assert isinstance(info.value.body, dict)


@pytest.mark.parametrize("name", ["drop", "cut-mid-line", "cut-before-blank"])
def test_broken_stream_raises_connection_error(make_client: Any, name: str) -> None:
    received: list[Any] = []
    stream = open_stream(make_client(), name)
    with pytest.raises(APIConnectionError):
        received.extend(stream)
    assert indexes(received) == [0]
    assert stream.response.is_closed


def test_breaking_out_of_the_loop_closes_the_connection(
    make_client: Any, state: ServerState
) -> None:
    stream = open_stream(make_client(), "endless", query={"key": "sync-break"})
    for item in stream:
        if item.index == 2:
            break
    assert stream.response.is_closed
    assert wait_until(lambda: "sync-break" in state.closed_streams)


def test_context_manager_closes_the_connection(make_client: Any, state: ServerState) -> None:
    with open_stream(make_client(), "endless", query={"key": "sync-with"}) as stream:
        first = next(iter(stream))
    assert first.index == 0
    assert stream.response.is_closed
    assert wait_until(lambda: "sync-with" in state.closed_streams)


def test_a_stream_is_iterated_once(make_client: Any) -> None:
    stream = open_stream(make_client(), "ok")
    assert len(list(stream)) == 3
    with pytest.raises(RuntimeError, match="already been iterated"):
        list(stream)


def test_error_status_on_a_stream_request_raises_before_streaming(make_client: Any) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(BadRequestError) as info:
        client.request("POST", "/status/400", cast_to=Chunk, stream=True)
    assert info.value.body == {"detail": "status 400"}


def test_item_type_defaults_to_cast_to(make_client: Any) -> None:
    stream = make_client().request("GET", "/stream/ok", cast_to=Chunk, stream=True)
    assert indexes(list(stream)) == [0, 1, 2]


def test_sse_decoder_rules() -> None:
    decoder = SSEDecoder()
    lines = ["event: update", "id: 7", "retry: 100", "data: a", "data:b", "ignored: x", ""]
    events = [decoder.feed(line) for line in lines]
    assert events[:-1] == [None] * 6
    assert events[-1] == ServerSentEvent(data="a\nb", event="update", id="7", retry=100)
    assert not decoder.has_pending
    # An event without data is dropped, and a dangling field is "pending".
    assert decoder.feed("event: nothing") is None and decoder.has_pending
    assert decoder.feed("") is None and not decoder.has_pending


async def open_async_stream(client: Any, name: str, **kwargs: Any) -> Any:
    return await client.request(
        "POST",
        f"/stream/{name}",
        body={"stream": True},
        cast_to=FullResponse,
        stream=True,
        stream_cls=AsyncStream[Chunk],
        **kwargs,
    )


async def test_async_stream_yields_chunks(make_async_client: Any) -> None:
    stream = await open_async_stream(make_async_client(), "ok")
    assert isinstance(stream, AsyncStream)
    assert indexes([item async for item in stream]) == [0, 1, 2]
    assert stream.response.is_closed


async def test_async_stream_errors(make_async_client: Any) -> None:
    client = make_async_client()
    with pytest.raises(APIError, match="model overloaded"):
        async for _ in await open_async_stream(client, "error-event"):
            pass
    received: list[Any] = []
    with pytest.raises(APIConnectionError):
        async for item in await open_async_stream(client, "drop"):
            received.append(item)
    assert indexes(received) == [0]
    with pytest.raises(APIConnectionError, match="middle of an event"):
        async for _ in await open_async_stream(client, "cut-mid-line"):
            pass


async def test_async_break_and_context_manager_close_the_connection(
    make_async_client: Any, state: ServerState
) -> None:
    client = make_async_client()
    stream = await open_async_stream(client, "endless", query={"key": "async-break"})
    async for item in stream:
        if item.index == 2:
            break
    # The abandoned async generator is closed by the event loop shortly after.
    for _ in range(100):
        if stream.response.is_closed:
            break
        await asyncio.sleep(0.02)
    assert stream.response.is_closed

    async with await open_async_stream(client, "endless", query={"key": "async-with"}) as stream:
        async for _item in stream:
            break
    assert stream.response.is_closed
    for _ in range(150):
        if {"async-break", "async-with"} <= state.closed_streams:
            break
        await asyncio.sleep(0.02)
    assert {"async-break", "async-with"} <= state.closed_streams
