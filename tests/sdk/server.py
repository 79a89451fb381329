"""A small stand-in for the Humanloop API, for the generated SDK's end-to-end tests.

It answers the SDK's real paths with bodies of the spec's shapes: the 8 chat and completion
endpoints (JSON, or a server-sent event stream when the body asks for one), the 5 paginated
endpoints (each numbering its pages from where the real API does), ``projects.get``, and an
empty object anywhere else. The query, which every method can extend with ``extra_query``,
steers it the way the runtime tests' server is steered:

- ``scenario`` (streams): a name from ``tests.runtime.server.stream_bodies``, ``drop`` or
  ``endless`` (with ``key``, recorded in ``STATE.closed_streams`` once the client leaves);
- ``fail_status`` with ``failures`` (default: every time) and ``key``: answer the first
  ``failures`` requests of ``key`` with that status, shaped by ``error_response``'s parameters;
- ``delay``: seconds to wait before answering; ``total``: how many records a listing has.

Requests are recorded in the runtime server's ``STATE``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from tests.runtime.server import STATE, StreamApp, error_response, page_envelope, record

CREATED = "2024-01-01T00:00:00Z"
GENERATION_PATHS = (
    "/chat",
    "/chat-deployed",
    "/chat-experiment",
    "/chat-model-config",
    "/completion",
    "/completion-deployed",
    "/completion-experiment",
    "/completion-model-config",
)


def chunk(index: int) -> dict[str, object]:
    """The i-th chunk of a streamed generation (fits ChatResponseChunk and CompletionResponseChunk)."""
    return {"id": "data_1", "index": 0, "output": f"token{index} ", "finish_reason": None}


def generation() -> dict[str, object]:
    """A whole (not streamed) generation; fits ChatResponse and CompletionResponse."""
    sample = {
        "id": "data_1",
        "index": 0,
        "output": "Hello",
        "raw_output": "Hello",
        "model_config_id": "config_1",
        "inputs": {},
    }
    return {"data": [sample], "provider_responses": []}


def project(index: int) -> dict[str, object]:
    return {
        "id": f"pr_{index}",
        "name": f"project-{index}",
        "users": [],
        "data_count": index,
        "feedback_types": [],
        "team_id": "tm_1",
        "created_at": CREATED,
        "updated_at": CREATED,
    }


def datapoint(index: int) -> dict[str, object]:
    return {
        "id": f"dp_{index}",
        "dataset_id": "evts_1",
        "created_at": CREATED,
        "updated_at": CREATED,
    }


def log(index: int) -> dict[str, object]:
    return {"id": f"data_{index}", "config": {"id": "config_1", "type": "model", "model": "gpt-4"}}


def session(index: int) -> dict[str, object]:
    return {"id": f"sesh_{index}", "projects": [], "datapoints_count": index, "created_at": CREATED}


def snapshot(index: int) -> dict[str, object]:
    return {"datapoint": datapoint(index), "evaluation_results": []}


class Generation(StreamApp):
    """A chat or completion endpoint: JSON, or an event stream when the body has ``"stream": true``."""

    def __init__(self) -> None:
        super().__init__(chunk)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        recorded = await record(request)
        if not (isinstance(recorded.body, dict) and recorded.body.get("stream") is True):
            await JSONResponse(generation())(scope, receive, send)
            return
        params = request.query_params
        await self.respond(params.get("scenario", "ok"), params.get("key", ""), receive, send)


def listing(make_record: Callable[[int], object], first_page: int) -> Callable[[Request], object]:
    """An endpoint serving pages of ``make_record`` records numbered from ``first_page``."""

    async def endpoint(request: Request) -> Response:
        recorded = await record(request)
        return JSONResponse(page_envelope(dict(recorded.query), make_record, first_page=first_page))

    return endpoint


async def get_project(request: Request) -> Response:
    await record(request)
    return JSONResponse({**project(1), "id": request.path_params["id"]})


async def anything(request: Request) -> Response:
    """Every other operation: record the request, answer an empty object."""
    await record(request)
    return JSONResponse({})


class Scripted:
    """Middleware answering with a failure or after a delay when the query asks for one."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope, receive)
            params = request.query_params
            if "delay" in params:
                await asyncio.sleep(float(params["delay"]))
            if "fail_status" in params:
                attempt = STATE.hit(f"attempt-{params.get('key', '')}")
                if attempt <= int(params.get("failures", "1000000")):
                    await record(request)
                    response = error_response(request, int(params["fail_status"]))
                    await response(scope, receive, send)
                    return
        await self._app(scope, receive, send)


def make_humanloop_app() -> ASGIApp:
    generation_app = Generation()
    routes = [Route(path, generation_app, methods=["POST"]) for path in GENERATION_PATHS]
    routes += [
        Route("/projects", listing(project, first_page=0), methods=["GET"]),
        Route("/projects/{id}/export", listing(log, first_page=0), methods=["POST"]),
        Route("/projects/{id}", get_project, methods=["GET"]),
        Route("/sessions", listing(session, first_page=1), methods=["GET"]),
        Route("/datasets/{id}/datapoints", listing(datapoint, first_page=0), methods=["GET"]),
        Route("/evaluations/{id}/datapoints", listing(snapshot, first_page=1), methods=["GET"]),
        Route("/{rest:path}", anything, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    return Scripted(Starlette(routes=routes))
