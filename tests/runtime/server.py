"""A real HTTP server for the runtime tests: a Starlette app served by uvicorn in a thread.

Every request is recorded in ``ServerState`` so tests can assert on what was
actually sent (raw path, query, headers, body) and how often an endpoint was hit.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

PAGE_TOTAL = 25


@dataclass
class RecordedRequest:
    method: str
    raw_path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    header_names: list[str]  # every header line's name, lowercased: shows duplicates
    body: Any


@dataclass
class ServerState:
    """What the server saw; reset before each test."""

    requests: list[RecordedRequest] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    closed_streams: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.hits.clear()
            self.closed_streams.clear()

    def hit(self, key: str) -> int:
        with self.lock:
            self.hits[key] += 1
            return self.hits[key]

    @property
    def last(self) -> RecordedRequest:
        return self.requests[-1]


STATE = ServerState()


async def _record(request: Request) -> RecordedRequest:
    raw = await request.body()
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = raw.decode()
    recorded = RecordedRequest(
        method=request.method,
        raw_path=request.scope["raw_path"].decode(),
        query=list(request.query_params.multi_items()),
        headers={k.lower(): v for k, v in request.headers.items()},
        header_names=[k.decode().lower() for k, _ in request.headers.raw],
        body=body,
    )
    with STATE.lock:
        STATE.requests.append(recorded)
    return recorded


async def echo(request: Request) -> Response:
    """Return what was received."""
    recorded = await _record(request)
    return JSONResponse(
        {
            "method": recorded.method,
            "raw_path": recorded.raw_path,
            "query": recorded.query,
            "body": recorded.body,
            "extra_field": "kept",
        },
        headers={"x-echo": "yes"},
    )


async def status(request: Request) -> Response:
    """Answer with the status in the path; the query shapes the headers and body."""
    await _record(request)
    code = int(request.path_params["code"])
    STATE.hit(f"status-{code}")
    params = request.query_params
    headers: dict[str, str] = {}
    if "retry_after" in params:
        headers["retry-after"] = params["retry_after"]
    if "retry_after_ms" in params:
        headers["retry-after-ms"] = params["retry_after_ms"]
    if "retry_after_in" in params:
        moment = time.time() + float(params["retry_after_in"])
        headers["retry-after"] = email.utils.formatdate(moment, usegmt=True)
    if params.get("kind") == "text":
        return PlainTextResponse("plain failure", status_code=code, headers=headers)
    if params.get("kind") == "echo-key":
        # A careless server that echoes the credential back.
        key = request.headers.get("x-api-key", "")
        return JSONResponse({"detail": f"Invalid key {key}"}, status_code=code, headers=headers)
    if params.get("kind") == "validation":
        detail = [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}]
        return JSONResponse({"detail": detail}, status_code=code, headers=headers)
    return JSONResponse({"detail": f"status {code}"}, status_code=code, headers=headers)


async def flaky(request: Request) -> Response:
    """Fail with ``fail_status`` for the first ``failures`` hits of ``key``, then succeed."""
    await _record(request)
    params = request.query_params
    count = STATE.hit(f"flaky-{params['key']}")
    if count <= int(params["failures"]):
        return JSONResponse({"detail": "try again"}, status_code=int(params["fail_status"]))
    return JSONResponse({"ok": True, "attempt": count})


async def sleep(request: Request) -> Response:
    """Answer after ``seconds``: the timeout tests' slow endpoint."""
    await _record(request)
    STATE.hit("sleep")
    await asyncio.sleep(float(request.query_params["seconds"]))
    return JSONResponse({"slept": True})


async def no_content(request: Request) -> Response:
    await _record(request)
    return Response(status_code=204)


async def text(request: Request) -> Response:
    await _record(request)
    return PlainTextResponse("hello")


async def pages(request: Request) -> Response:
    """25 items, page-numbered from 1; the envelope echoes page and size."""
    recorded = await _record(request)
    STATE.hit("pages")
    query = dict(recorded.query)
    page = int(query.get("page", "1"))
    size = int(query.get("size", "10"))
    start = (page - 1) * size
    ids = range(start, min(start + size, PAGE_TOTAL))
    records = [{"id": f"item_{i}", "filter": query.get("filter")} for i in ids]
    return JSONResponse({"records": records, "page": page, "size": size, "total": PAGE_TOTAL})


def _sse(data: str, event: str | None = None) -> bytes:
    lines = [f"event: {event}"] if event else []
    lines += [f"data: {line}" for line in data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


STREAM_BODIES: dict[str, list[bytes]] = {
    "ok": [_sse(json.dumps({"index": i})) for i in range(3)],
    "done": [_sse('{"index": 0}'), _sse("[DONE]"), _sse('{"index": 99}')],
    "multiline": [_sse('{"index":\n 7}'), b": a comment\n\n", b'data:{"index": 8}\n\n'],
    "error-event": [_sse('{"index": 0}'), _sse('{"message": "model overloaded"}', event="error")],
    "error-chunk": [_sse('{"index": 0}'), _sse('{"error": {"message": "bad key"}}')],
    "null-error": [_sse('{"index": 0, "error": null}')],
    "cut-mid-line": [_sse('{"index": 0}'), b'data: {"ind'],
    "cut-before-blank": [_sse('{"index": 0}'), b'data: {"index": 1}\n'],
}


class StreamApp:
    """Raw ASGI endpoint for streams, so the tests control every byte and the disconnects."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        await _record(request)
        name = request.path_params["name"]
        headers = [(b"content-type", b"text/event-stream")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if name == "drop":
            await send(
                {"type": "http.response.body", "body": _sse('{"index": 0}'), "more_body": True}
            )
            return  # returning mid-body makes uvicorn close the connection
        if name == "endless":
            await self._endless(request.query_params["key"], receive, send)
            return
        for chunk in STREAM_BODIES[name]:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    @staticmethod
    async def _endless(key: str, receive: Receive, send: Send) -> None:
        """Stream until the client goes away, then record that it did."""
        disconnected = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            disconnected.set()

        watcher = asyncio.create_task(watch())
        try:
            for index in range(10_000):
                if disconnected.is_set():
                    break
                body = _sse(json.dumps({"index": index}))
                await send({"type": "http.response.body", "body": body, "more_body": True})
                await asyncio.sleep(0.01)
        finally:
            with STATE.lock:
                if disconnected.is_set():
                    STATE.closed_streams.add(key)
            watcher.cancel()


def make_app() -> Starlette:
    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(
        routes=[
            Route("/echo/{rest:path}", echo, methods=methods),
            Route("/status/{code:int}", status, methods=methods),
            Route("/flaky", flaky, methods=methods),
            Route("/sleep", sleep),
            Route("/no-content", no_content, methods=methods),
            Route("/text", text),
            Route("/pages", pages, methods=["GET", "POST"]),
            Route("/stream/{name}", StreamApp(), methods=["GET", "POST"]),
        ]
    )


class LiveServer:
    """uvicorn serving ``app`` (default ``make_app()``) on 127.0.0.1 in a daemon thread."""

    def __init__(self, app: ASGIApp | None = None) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app or make_app(), log_level="critical", lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("test server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._socket.close()


def free_port() -> int:
    """A port nothing listens on (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
