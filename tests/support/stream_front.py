"""A front for Prism that answers ``"stream": true`` requests with server-sent events.

Prism cannot mock ``text/event-stream``: the spec gives that media type the schema of one chunk
(an object), which Prism refuses to serialise as text, and a string example fails its response
validation. So this front still has Prism validate every request (with ``"stream": false``, the
only change) and turns the JSON response Prism mocks into one event per generated sample, the
way the API streams: each ``data:`` line is a chunk of the sample's output. Anything else is
passed through to Prism unchanged.

For other APIs (tests/support/readme_smoke.py), ``example_events`` streams instead an example chunk of
the operation's event schema, then ``data: [DONE]``; an operation that answers only with events
(no ``stream`` flag) is passed to Prism as it is, and once Prism has accepted the request (it
then fails to mock the stream) the front streams its example chunk.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

_HOP_BY_HOP = {"host", "content-length", "connection", "accept-encoding", "transfer-encoding"}

#: What a streaming request is answered with: (method, path, Prism's JSON answer) → event bytes.
Events = Callable[[str, str, Any], AsyncIterator[bytes]]


def make_stream_front(prism_url: str, events: Events | None = None) -> Starlette:
    """The front's ASGI app, forwarding to Prism at ``prism_url``; ``events`` makes the streams
    (default: the Humanloop API's, from the samples Prism mocks)."""
    make_events = events or (lambda _method, _path, response: _events(response))

    async def forward(request: Request) -> Response:
        body = await request.body()
        payload = _json(body)
        streaming = isinstance(payload, dict) and payload.get("stream") is True
        if streaming:
            body = json.dumps({**payload, "stream": False}).encode()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        if streaming:
            headers["accept"] = "application/json"
        async with httpx.AsyncClient(base_url=prism_url) as client:
            upstream = await client.request(
                request.method,
                request.url.path,
                params=request.query_params.multi_items(),
                headers=headers,
                content=body,
            )
        if not streaming and _validated_events(request, upstream):
            return StreamingResponse(
                make_events(request.method, request.url.path, None), media_type="text/event-stream"
            )
        if not streaming or upstream.status_code >= 300:
            passed = {k: v for k, v in upstream.headers.items() if k.lower() not in _HOP_BY_HOP}
            return Response(upstream.content, upstream.status_code, headers=passed)
        return StreamingResponse(
            make_events(request.method, request.url.path, upstream.json()),
            media_type="text/event-stream",
        )

    return Starlette(
        routes=[Route("/{path:path}", forward, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])]
    )


def _validated_events(request: Request, upstream: httpx.Response) -> bool:
    """Whether Prism accepted a request for an operation that answers only with events: it
    checks the request first (422, 401), then fails to mock the stream (500, "cannot serialise
    complex objects as text")."""
    asks_events = "text/event-stream" in request.headers.get("accept", "")
    return asks_events and upstream.status_code == 500 and "NO_COMPLEX_OBJECT_TEXT" in upstream.text


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


async def _events(response: dict[str, Any]) -> AsyncIterator[bytes]:
    """One event per word of each sample's output; the last one of a sample says why it ended."""
    for sample in response.get("data") or []:
        words = str(sample.get("output") or "").split(" ")
        for position, word in enumerate(words):
            last = position == len(words) - 1
            chunk = {
                "id": sample.get("id"),
                "index": sample.get("index", 0),
                "output": word if position == 0 else " " + word,
                "finish_reason": (sample.get("finish_reason") or "stop") if last else None,
                "project_id": response.get("project_id"),
            }
            yield f"data: {json.dumps(chunk)}\n\n".encode()


def example_events(chunks: list[tuple[str, str, Any]]) -> Events:
    """Streams of one example chunk each: ``chunks`` holds (method, path regex, chunk) per
    operation; a path no pattern matches streams nothing but the end."""

    async def stream(method: str, path: str, _response: Any) -> AsyncIterator[bytes]:
        for chunk_method, pattern, chunk in chunks:
            if chunk_method == method and re.match(pattern, path):
                yield f"data: {json.dumps(chunk)}\n\n".encode()
                break
        yield b"data: [DONE]\n\n"

    return stream
