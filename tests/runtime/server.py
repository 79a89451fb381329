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
from collections.abc import Callable
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


async def record(request: Request) -> RecordedRequest:
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
    recorded = await record(request)
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
    await record(request)
    code = int(request.path_params["code"])
    STATE.hit(f"status-{code}")
    return error_response(request, code)


def error_response(request: Request, code: int) -> Response:
    """An error answer whose headers and body the query asks for.

    ``retry_after``/``retry_after_ms`` (seconds), ``retry_after_in`` (seconds from now, as an
    HTTP date); ``kind``: ``text``, ``echo-key`` (the credential back), ``validation`` (a 422
    body in FastAPI's shape), else ``{"detail": "status <code>"}``.
    """
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
    await record(request)
    params = request.query_params
    count = STATE.hit(f"flaky-{params['key']}")
    if count <= int(params["failures"]):
        return JSONResponse({"detail": "try again"}, status_code=int(params["fail_status"]))
    return JSONResponse({"ok": True, "attempt": count})


async def sleep(request: Request) -> Response:
    """Answer after ``seconds``: the timeout tests' slow endpoint."""
    await record(request)
    STATE.hit("sleep")
    await asyncio.sleep(float(request.query_params["seconds"]))
    return JSONResponse({"slept": True})


async def no_content(request: Request) -> Response:
    await record(request)
    return Response(status_code=204)


async def text(request: Request) -> Response:
    await record(request)
    return PlainTextResponse("hello")


async def pages(request: Request) -> Response:
    """25 items, page-numbered from 1; the envelope echoes page and size."""
    recorded = await record(request)
    STATE.hit("pages")
    query = dict(recorded.query)
    return JSONResponse(
        page_envelope(query, lambda i: {"id": f"item_{i}", "filter": query.get("filter")})
    )


def page_envelope(
    query: dict[str, str],
    make_record: Callable[[int], object],
    *,
    first_page: int = 1,
    default_size: int = 10,
) -> dict[str, object]:
    """The page of ``PAGE_TOTAL`` records (or the query's ``total``) that ``query`` asks for.

    Pages are numbered from ``first_page``; a missing ``page`` means the first one.
    """
    total = int(query.get("total", PAGE_TOTAL))
    page = int(query.get("page", first_page))
    size = int(query.get("size", default_size))
    start = (page - first_page) * size
    records = [make_record(i) for i in range(max(start, 0), min(start + size, total))]
    return {"records": records, "page": page, "size": size, "total": total}


def _sse(data: str, event: str | None = None) -> bytes:
    lines = [f"event: {event}"] if event else []
    lines += [f"data: {line}" for line in data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


def index_chunk(index: int) -> dict[str, object]:
    """The runtime tests' stream chunk."""
    return {"index": index}


def stream_bodies(chunk: Callable[[int], dict[str, object]]) -> dict[str, list[bytes]]:
    """Event streams by scenario name; ``chunk(i)`` is the i-th chunk's JSON."""
    first = _sse(json.dumps(chunk(0)))
    return {
        "ok": [_sse(json.dumps(chunk(i))) for i in range(3)],
        "done": [first, _sse("[DONE]"), _sse(json.dumps(chunk(99)))],
        # data split over lines, a comment, and "data:" without a space
        "multiline": [
            _sse(json.dumps(chunk(7), indent=1)),
            b": a comment\n\n",
            b"data:" + json.dumps(chunk(8)).encode() + b"\n\n",
        ],
        "error-event": [first, _sse('{"message": "model overloaded"}', event="error")],
        "error-chunk": [first, _sse('{"error": {"message": "bad key"}}')],
        "null-error": [_sse(json.dumps({**chunk(0), "error": None}))],
        "cut-mid-line": [first, b'data: {"ind'],
        "cut-before-blank": [first, b"data: " + json.dumps(chunk(1)).encode() + b"\n"],
    }


class StreamApp:
    """Raw ASGI endpoint for streams, so the tests control every byte and the disconnects.

    The scenario is the path's ``name``; ``endless`` records its query's ``key`` in
    ``STATE.closed_streams`` once the client goes away.
    """

    def __init__(self, chunk: Callable[[int], dict[str, object]] = index_chunk) -> None:
        self._chunk = chunk
        self._bodies = stream_bodies(chunk)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        await record(request)
        await self.respond(
            request.path_params["name"], request.query_params.get("key", ""), receive, send
        )

    async def respond(self, name: str, key: str, receive: Receive, send: Send) -> None:
        """Send the scenario ``name`` as an event stream."""
        headers = [(b"content-type", b"text/event-stream")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if name == "drop":
            body = _sse(json.dumps(self._chunk(0)))
            await send({"type": "http.response.body", "body": body, "more_body": True})
            return  # returning mid-body makes uvicorn close the connection
        if name == "endless":
            await self._endless(key, receive, send)
            return
        for chunk in self._bodies[name]:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _endless(self, key: str, receive: Receive, send: Send) -> None:
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
                body = _sse(json.dumps(self._chunk(index)))
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

    def __enter__(self) -> LiveServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
