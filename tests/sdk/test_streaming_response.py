"""`with_streaming_response`, as openai-python has it, against a live server: the response is
there before its body is read (the body here never ends), its body is read as it arrives, and
leaving the context manager closes the connection; sync and async."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.runtime.server import ServerState

from .test_streaming import async_wait_until, call, wait_until

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
types = pytest.importorskip("humanloop.types")

ENDLESS = {"scenario": "endless"}


def test_the_response_comes_before_its_endless_body_and_leaving_closes_it(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    client = make_client()
    query = {**ENDLESS, "key": "streaming-response"}
    with call(client.with_streaming_response, "chat", stream=True, extra_query=query) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.iter_lines()
        first = [next(lines) for _ in range(2)]
    assert first[0].startswith("data: ") and '"token0 "' in first[0]
    assert response.http_response.is_closed
    assert wait_until(lambda: "streaming-response" in state.closed_streams)


def test_parse_reads_the_body_first(make_client: Callable[..., Any], state: ServerState) -> None:
    with make_client().with_streaming_response.projects.get(id="pr_7") as response:
        assert not response.http_response.is_stream_consumed  # nothing read yet
        assert response.headers["content-type"] == "application/json"
        project = response.parse()
    assert isinstance(project, types.ProjectResponse) and project.id == "pr_7"
    with make_client().with_streaming_response.projects.get(id="pr_8") as response:
        body = b"".join(response.iter_bytes())
    assert b'"pr_8"' in body


def test_an_error_status_raises_on_entering(make_client: Callable[..., Any]) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(humanloop.NotFoundError):
        with client.with_streaming_response.projects.get(
            id="x", extra_query={"fail_status": "404"}
        ):
            pytest.fail("the body of the with block must not run")


async def test_async_streaming_response(
    make_async_client: Callable[..., Any], state: ServerState
) -> None:
    client = make_async_client()
    query = {**ENDLESS, "key": "async-streaming-response"}
    async with call(
        client.with_streaming_response, "complete", stream=True, extra_query=query
    ) as response:
        assert response.status_code == 200
        async for line in response.iter_lines():
            assert '"token0 "' in line
            break
    assert await async_wait_until(lambda: "async-streaming-response" in state.closed_streams)
    async with client.with_streaming_response.projects.get(id="pr_9") as response:
        project = await response.parse()
    assert project.id == "pr_9"
