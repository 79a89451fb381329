"""Two Humanloop endpoints with canned answers for benchmarks/sdk.py (``_api_server.py PORT``).

``GET /projects/{id}`` answers one project; ``GET /projects?page=&size=`` a page of ``size``
projects out of ``TOTAL``. Bodies are built once and cached, so the server does as little as
possible per request and the clients' costs stand out.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

TOTAL = 10_000

# The records are the end-to-end tests' (tests/sdk/server.py): the shapes of the spec.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.sdk.server import project  # noqa: E402 - importable only after the path insert


@functools.lru_cache(maxsize=64)
def page_body(page: int, size: int) -> bytes:
    """Page ``page`` (counted from 0, as projects.list does) of ``size`` projects."""
    records = [project(i) for i in range(page * size, min((page + 1) * size, TOTAL))]
    return json.dumps({"records": records, "page": page, "size": size, "total": TOTAL}).encode()


PROJECT = json.dumps(project(1)).encode()


async def get_project(request: Request) -> Response:
    return Response(PROJECT, media_type="application/json")


async def list_projects(request: Request) -> Response:
    page = int(request.query_params.get("page", 0))
    size = int(request.query_params.get("size", 10))
    return Response(page_body(page, size), media_type="application/json")


app = Starlette(routes=[Route("/projects", list_projects), Route("/projects/{id}", get_project)])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
