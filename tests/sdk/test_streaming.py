"""`stream=True` on the generated chat and completion methods, against a live event stream.

The runtime tests prove the stream machinery on its own; these prove that each generated method
wires it up: the request asks for a stream, the result is a ``Stream``/``AsyncStream`` of the
method's own chunk model, and closing and failure behave the same through the generated code.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.runtime.server import ServerState
from tests.support.helpers import bound_method, humanloop_api, required_arguments

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
types = pytest.importorskip("humanloop.types")

STREAMING = {op.call_name: op for op in humanloop_api().all_operations if op.stream_parameter}
OUTPUTS = ["token0 ", "token1 ", "token2 "]


def test_the_eight_chat_and_completion_methods_stream() -> None:
    assert sorted(STREAMING) == sorted(
        f"{kind}{suffix}"
        for kind in ("chat", "complete")
        for suffix in ("", "_deployed", "_experiment", "_model_configuration")
    )


def call(client: Any, call_name: str, **kwargs: Any) -> Any:
    """Call ``call_name`` with the spec's example for each required argument."""
    return bound_method(client, call_name)(**required_arguments(STREAMING[call_name]), **kwargs)


def wait_until(condition: Callable[[], bool], timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        time.sleep(0.02)
    return condition()


async def async_wait_until(condition: Callable[[], bool], timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        await asyncio.sleep(0.02)
    return condition()


@pytest.mark.parametrize("call_name", sorted(STREAMING))
def test_stream_true_yields_parsed_chunks(
    make_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    op = STREAMING[call_name]
    stream = call(make_client(), call_name, stream=True)
    assert isinstance(stream, humanloop.Stream)
    chunks = list(stream)
    assert [type(c) for c in chunks] == [getattr(types, str(op.stream_annotation))] * 3
    assert [c.output for c in chunks] == OUTPUTS
    assert state.last.raw_path == op.path
    assert state.last.body["stream"] is True
    assert state.last.headers["accept"] == "text/event-stream"


@pytest.mark.parametrize("call_name", sorted(STREAMING))
def test_without_stream_the_response_model_is_returned(
    make_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    result = call(make_client(), call_name)
    assert type(result) is getattr(types, STREAMING[call_name].return_annotation)
    assert result.data[0].output == "Hello"
    assert "stream" not in state.last.body  # left out, not sent as false
    assert state.last.headers["accept"] == "application/json"


@pytest.mark.parametrize("call_name", sorted(STREAMING))
async def test_async_stream_true_yields_parsed_chunks(
    make_async_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    op = STREAMING[call_name]
    stream = await call(make_async_client(), call_name, stream=True)
    assert isinstance(stream, humanloop.AsyncStream)
    chunks = [chunk async for chunk in stream]
    assert [type(c) for c in chunks] == [getattr(types, str(op.stream_annotation))] * 3
    assert [c.output for c in chunks] == OUTPUTS
    assert state.last.raw_path == op.path
    assert state.last.body["stream"] is True
    result = await call(make_async_client(), call_name, stream=False)
    assert type(result) is getattr(types, op.return_annotation)


def test_breaking_out_of_the_loop_closes_the_connection(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    stream = call(
        make_client(), "chat", stream=True, extra_query={"scenario": "endless", "key": "chat-break"}
    )
    for chunk in stream:
        if chunk.output == "token2 ":
            break
    assert stream.response.is_closed
    assert wait_until(lambda: "chat-break" in state.closed_streams)


def test_leaving_with_closes_the_connection(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    query = {"scenario": "endless", "key": "complete-with"}
    with call(make_client(), "complete", stream=True, extra_query=query) as stream:
        first = next(iter(stream))
    assert first.output == "token0 "
    assert wait_until(lambda: "complete-with" in state.closed_streams)


async def test_async_break_and_async_with_close_the_connection(
    make_async_client: Callable[..., Any], state: ServerState
) -> None:
    client = make_async_client()
    query = {"scenario": "endless", "key": "async-chat-break"}
    stream = await call(client, "chat", stream=True, extra_query=query)
    async for chunk in stream:
        if chunk.output == "token2 ":
            break
    query = {"scenario": "endless", "key": "async-complete-with"}
    async with await call(client, "complete", stream=True, extra_query=query) as stream:
        async for _chunk in stream:
            break
    assert stream.response.is_closed
    keys = {"async-chat-break", "async-complete-with"}
    assert await async_wait_until(lambda: keys <= state.closed_streams)


@pytest.mark.parametrize("call_name", ["chat", "complete"])
def test_an_error_event_raises_api_error(make_client: Callable[..., Any], call_name: str) -> None:
    received: list[Any] = []
    stream = call(make_client(), call_name, stream=True, extra_query={"scenario": "error-event"})
    with pytest.raises(humanloop.APIError, match="model overloaded") as info:
        received.extend(stream)
    assert not isinstance(info.value, (humanloop.APIStatusError, humanloop.APIConnectionError))
    assert [c.output for c in received] == ["token0 "]


@pytest.mark.parametrize("scenario", ["drop", "cut-mid-line"])
def test_a_connection_dropped_mid_stream_raises(
    make_client: Callable[..., Any], scenario: str
) -> None:
    received: list[Any] = []
    stream = call(make_client(), "chat", stream=True, extra_query={"scenario": scenario})
    with pytest.raises(humanloop.APIConnectionError):
        received.extend(stream)
    assert [c.output for c in received] == ["token0 "]


async def test_async_error_event_and_dropped_connection_raise(
    make_async_client: Callable[..., Any],
) -> None:
    client = make_async_client()
    stream = await call(client, "complete", stream=True, extra_query={"scenario": "error-event"})
    with pytest.raises(humanloop.APIError, match="model overloaded"):
        async for _ in stream:
            pass
    stream = await call(client, "chat", stream=True, extra_query={"scenario": "drop"})
    with pytest.raises(humanloop.APIConnectionError):
        async for _ in stream:
            pass


def test_an_error_status_raises_before_any_chunk(make_client: Callable[..., Any]) -> None:
    client = make_client(max_retries=0)
    query = {"fail_status": 422, "kind": "validation"}
    with pytest.raises(humanloop.UnprocessableEntityError) as info:
        call(client, "chat", stream=True, extra_query=query)
    assert isinstance(info.value.body, types.HTTPValidationError)
