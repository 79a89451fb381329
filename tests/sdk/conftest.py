"""Fixtures for the generated SDK (`import humanloop`) against a live stand-in of the API.

The clients built here record the delays they would sleep between retries instead of sleeping,
and retry without jitter, so retry timing is observed exactly and costs no time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from tests.clients import ClientFactory
from tests.runtime.server import STATE, LiveServer, ServerState

from .server import make_humanloop_app

API_KEY = "hl-test-SECRET-0123456789"


@pytest.fixture(scope="session")
def live_api() -> Iterator[LiveServer]:
    server = LiveServer(make_humanloop_app())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def state(live_api: LiveServer) -> ServerState:
    """What the server saw during this test (cleared before it)."""
    STATE.reset()
    return STATE


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the clients under test asked to sleep for (they never really sleep)."""
    return []


@pytest.fixture
def make_client(
    live_api: LiveServer, state: ServerState, sleeps: list[float]
) -> Iterator[Callable[..., Any]]:
    """Build ``humanloop.Humanloop`` clients against the live server."""
    import humanloop

    factory = ClientFactory(
        humanloop.Humanloop,
        sleeps,
        core=lambda c: c._client,
        api_key=API_KEY,
        base_url=live_api.base_url,
    )
    yield factory
    factory.close_all()


@pytest.fixture
async def make_async_client(
    live_api: LiveServer, state: ServerState, sleeps: list[float]
) -> AsyncIterator[Callable[..., Any]]:
    """Async twin of ``make_client``: ``humanloop.AsyncHumanloop`` clients."""
    import humanloop

    factory = ClientFactory(
        humanloop.AsyncHumanloop,
        sleeps,
        core=lambda c: c._client,
        api_key=API_KEY,
        base_url=live_api.base_url,
    )
    yield factory
    await factory.aclose_all()
