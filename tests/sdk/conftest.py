"""Fixtures for the generated SDK (`import humanloop`) against a live stand-in of the API.

The clients built here record the delays they would sleep between retries instead of sleeping,
and retry without jitter, so retry timing is observed exactly and costs no time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from tests.runtime.server import STATE, LiveServer, ServerState
from tests.support.clients import ClientFactory

from .server import make_humanloop_app

API_KEY = "hl-test-SECRET-0123456789"


@pytest.fixture(scope="session")
def live_api() -> Iterator[LiveServer]:
    """The stand-in of the Humanloop API (tests/sdk/server.py), for the whole session."""
    with LiveServer(make_humanloop_app()) as server:
        yield server


@pytest.fixture
def state(live_api: LiveServer) -> ServerState:
    """What the server saw during this test (cleared before it)."""
    STATE.reset()
    return STATE


def sdk_clients(class_name: str, live_api: LiveServer, sleeps: list[float]) -> ClientFactory:
    """A factory of ``humanloop.<class_name>`` clients against the live server."""
    import humanloop

    build = getattr(humanloop, class_name)
    return ClientFactory(
        build, sleeps, core=lambda c: c._client, api_key=API_KEY, base_url=live_api.base_url
    )


@pytest.fixture
def make_client(
    live_api: LiveServer, state: ServerState, sleeps: list[float]
) -> Iterator[Callable[..., Any]]:
    """Build ``humanloop.Humanloop`` clients against the live server."""
    with sdk_clients("Humanloop", live_api, sleeps) as make:
        yield make


@pytest.fixture
async def make_async_client(
    live_api: LiveServer, state: ServerState, sleeps: list[float]
) -> AsyncIterator[Callable[..., Any]]:
    """Async twin of ``make_client``: ``humanloop.AsyncHumanloop`` clients."""
    async with sdk_clients("AsyncHumanloop", live_api, sleeps) as make:
        yield make
