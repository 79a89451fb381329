"""Fixtures shared across the suite: the Prism mock server of the Humanloop spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mock_server import ROOT, prism


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of Prism mocking spec/humanloop.yaml, validating every request against it."""
    with prism(ROOT / "spec" / "humanloop.yaml") as url:
        yield url


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the clients under test asked to sleep for (they never really sleep; see tests/clients.py)."""
    return []
