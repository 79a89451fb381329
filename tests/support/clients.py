"""Clients for tests against live servers, whose retry delays are observed instead of slept."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any


class ClientFactory:
    """Builds clients with ``build(**defaults, **kwargs)``; leaving its ``with`` closes them all.

    ``core(client)`` is the object holding the retry policy (the client itself for the runtime
    core, ``client._client`` for a generated client): its sleeps are appended to ``sleeps``
    and its backoff has no jitter, so delays are exact and cost no time.
    """

    def __init__(
        self,
        build: Callable[..., Any],
        sleeps: list[float],
        *,
        core: Callable[[Any], Any] = lambda client: client,
        **defaults: Any,
    ) -> None:
        self._build = build
        self._sleeps = sleeps
        self._core = core
        self._defaults = defaults
        self._clients: list[Any] = []

    def __call__(self, **kwargs: Any) -> Any:
        client = self._build(**{**self._defaults, **kwargs})
        core = self._core(client)
        core._sleep = self._async_sleep if inspect.iscoroutinefunction(core._sleep) else self._sleep
        core._random = lambda: 0.0
        self._clients.append(client)
        return client

    def _sleep(self, seconds: float) -> None:
        self._sleeps.append(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleeps.append(seconds)

    def __enter__(self) -> ClientFactory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for client in self._clients:
            client.close()

    async def __aenter__(self) -> ClientFactory:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        for client in self._clients:
            await client.close()
