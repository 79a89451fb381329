"""Fixtures for the generated-SDK runtime core.

The runtime modules are plain Python files among the templates
(``templates/python/{package}/_*.py``) that the generator copies unchanged into each SDK. Here they are copied into a
temporary package named ``sdkcore``, exactly as the generator would for an SDK
of that name, and imported from there; the test modules import ``sdkcore.*``.
The ``python-msgspec`` style's core (its own ``_models``, the rest inherited) is
copied the same way into ``sdkcore_msgspec``.
"""

from __future__ import annotations

import fnmatch
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.render.environment import output_templates, style_chain
from tests.support.clients import ClientFactory

from .server import STATE, LiveServer, ServerState

PACKAGE = "sdkcore"
#: Package name of each style's copied core.
CORE_PACKAGES = {"python": PACKAGE, "python-msgspec": "sdkcore_msgspec"}


def runtime_templates(style: str) -> dict[str, Path]:
    """Runtime module → the file the style takes it from (its own, else the style it extends):
    the ``{package}/_*.py`` templates that are copied, not rendered."""
    return {
        Path(source.name).stem: source.folder / source.name
        for source in output_templates(style_chain(style))
        if not source.rendered and fnmatch.fnmatch(source.name, "{package}/_*.py")
    }


def install_runtime(target: Path, style: str = "python") -> Path:
    """Copy a style's runtime templates into ``target/<core package>``."""
    package = target / CORE_PACKAGES[style]
    package.mkdir(parents=True)
    for module, template in runtime_templates(style).items():
        shutil.copyfile(template, package / f"{module}.py")
    (package / "__init__.py").write_text('"""Runtime core under test."""\n')
    return package


# Installed at import time, not in a fixture, so that test modules can import
# `sdkcore` at module level like ordinary code.
_BUILD_DIR = Path(tempfile.mkdtemp(prefix="sdkcore-"))
SDKCORE_DIR = install_runtime(_BUILD_DIR)
MSGSPEC_CORE_DIR = install_runtime(_BUILD_DIR, "python-msgspec")
sys.path.insert(0, str(_BUILD_DIR))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_BUILD_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def sdkcore_dir() -> Path:
    """The copied ``sdkcore`` package."""
    return SDKCORE_DIR


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    with LiveServer() as server:
        yield server


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    """The live server, with its request log cleared for this test."""
    STATE.reset()
    return live_server


@pytest.fixture
def state(server: LiveServer) -> ServerState:
    """What the server saw during this test."""
    return STATE


API_KEY = "sk-test-SECRET-0123456789"


def core_clients(
    build: Callable[..., Any], server: LiveServer, sleeps: list[float]
) -> ClientFactory:
    """A factory of runtime core clients (``SyncAPIClient``/``AsyncAPIClient``) against ``server``."""
    return ClientFactory(
        build, sleeps, base_url=server.base_url, auth_headers={"X-API-KEY": API_KEY}
    )


@pytest.fixture
def make_client(server: LiveServer, sleeps: list[float]) -> Iterator[Callable[..., Any]]:
    """Build ``SyncAPIClient``s against the live server, recording sleeps, without jitter."""
    from sdkcore._base_client import SyncAPIClient

    with core_clients(SyncAPIClient, server, sleeps) as make:
        yield make


@pytest.fixture
async def make_async_client(
    server: LiveServer, sleeps: list[float]
) -> AsyncIterator[Callable[..., Any]]:
    """Async twin of ``make_client``."""
    from sdkcore._base_client import AsyncAPIClient

    async with core_clients(AsyncAPIClient, server, sleeps) as make:
        yield make
