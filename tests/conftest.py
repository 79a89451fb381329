"""Fixtures shared across the suite: the Prism mock server of the Humanloop spec, the SDK per style."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.pipeline import CACHE_VARIABLE
from tests.support.prism import ROOT, prism
from tests.support.styles import (
    DEFAULT_STYLE,
    STYLES,
    StyleSdk,
    generate_style_sdk,
    import_from,
    package_name,
)


@pytest.fixture(scope="session", autouse=True)
def shared_generator_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One generator cache (``SDKGEN_CACHE_DIR``) for the whole session, shared by the test
    workers (entries are keyed by content and written atomically): an SDK that several tests
    generate (GitHub's public-spec check and README smoke test) is made cold once when they run
    one after the other. Never shared between sessions, which may run another generator."""
    base = tmp_path_factory.getbasetemp()
    session = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = session / "sdkgen-cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_VARIABLE, str(folder))
        yield folder


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of Prism mocking spec/humanloop.yaml, validating every request against it."""
    with prism(ROOT / "spec" / "humanloop.yaml") as url:
        yield url


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every type check of the session: the standard library and the
    dependencies are analysed once, not once per check. One per test worker: mypy's cache is
    not safe for processes writing it at the same time (each xdist worker has its own temp folder).
    """
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the clients under test asked to sleep for (they never really sleep; see tests/clients.py)."""
    return []


@pytest.fixture(scope="session")
def msgspec_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StyleSdk]:
    """The SDK in the ``python-msgspec`` style, generated into a temporary folder and imported."""
    style = "python-msgspec"
    folder = generate_style_sdk(style, tmp_path_factory.mktemp("msgspec-sdk"))
    yield StyleSdk(style, folder, import_from(folder, package_name(style)))
    sys.path.remove(str(folder))


@pytest.fixture(scope="session", params=STYLES)
def sdk(request: pytest.FixtureRequest) -> StyleSdk:
    """The generated SDK, once per built-in style."""
    if request.param == DEFAULT_STYLE:
        package = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
        return StyleSdk(DEFAULT_STYLE, ROOT / "generated", package)
    sdk: StyleSdk = request.getfixturevalue("msgspec_sdk")
    return sdk


@pytest.fixture
def swagger_converter(monkeypatch: pytest.MonkeyPatch) -> Path:
    """swagger2openapi, for Swagger 2.0 specs: $SDKGEN_SWAGGER2OPENAPI, else the one tests/run.sh
    installs into tests/prism (skips without either)."""
    from generator.spec import swagger

    installed = ROOT / "tests" / "prism" / "node_modules" / ".bin" / swagger.EXECUTABLE
    found = Path(os.environ.get(swagger.ENVIRONMENT_VARIABLE) or installed)
    if not found.is_file():
        pytest.skip(
            f"swagger2openapi is not installed ({installed} is missing; `bash tests/run.sh` installs it, "
            f"or set {swagger.ENVIRONMENT_VARIABLE})"
        )
    monkeypatch.setenv(swagger.ENVIRONMENT_VARIABLE, str(found))
    return found
