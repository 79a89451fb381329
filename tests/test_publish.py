"""`sdkgen build` and `sdkgen publish` against a real package index (pypiserver on 127.0.0.1).

Builds the committed ``generated/`` SDK, uploads it, installs it from the index into a fresh venv
and calls the Prism mock server with it from there.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.ir import naming
from generator.output import api_surface, history
from tests.support.helpers import copy_project
from tests.support.servers import (
    PackageIndex,
    installed_venv_python,
    pypi_server,
    running_pypiserver,
)

#: The module builds the SDK once and starts package indexes: its tests stay on one test worker.
pytestmark = pytest.mark.slow

__all__ = ["pypi_server"]  # a fixture: imported to be used, not called


@dataclass(frozen=True)
class Sdk:
    """What to build, and the names it is published and imported under."""

    project: Path  # a copy of this project: publishing records the release in its generated/
    build_options: tuple[str, ...]
    distribution: str
    version: str
    package: str
    client_class: str


@dataclass(frozen=True)
class Published:
    """The outcome of `sdkgen build` then `sdkgen publish` into the module's index."""

    project: Path
    wheel: Path
    sdist: Path
    build_seconds: float
    publish_seconds: float
    build_output: str
    publish_output: str


def sdkgen(
    *arguments: str, project: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would, in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=project,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any TWINE_* of the developer's, and with a keyring that is empty."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env | extra


def credentials(index: PackageIndex, password: str | None = None) -> dict[str, str]:
    return clean_env(TWINE_USERNAME=index.username, TWINE_PASSWORD=password or index.password)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    """The committed generated/ SDK, named as [tool.sdkgen] names it, in a copy of the project
    (one per test worker: publishing writes into generated/, and the checkout stays as it is)."""
    project = copy_project(tmp_path_factory.mktemp("project") / "humanloop-sdk")
    settings = load_settings(project)
    package = naming.identifier(settings.package_name)
    return Sdk(
        project=project,
        build_options=(),
        distribution=settings.distribution_name or package.replace("_", "-"),
        version=settings.package_version,
        package=package,
        client_class=settings.client_name or naming.pascal(package),
    )


def build(sdk: Sdk, dist: Path) -> subprocess.CompletedProcess[str]:
    return sdkgen("build", *sdk.build_options, "--dist", str(dist), project=sdk.project)


def publish(
    project: Path, dist: Path, index: PackageIndex, env: dict[str, str], *options: str
) -> subprocess.CompletedProcess[str]:
    """``sdkgen publish [options]`` of the files in ``dist`` to ``index``, run in ``project``."""
    return sdkgen(
        "publish",
        *options,
        "--repository-url",
        index.url,
        "--dist",
        str(dist),
        project=project,
        env=env,
    )


@pytest.fixture(scope="module")
def published(
    sdk: Sdk, pypi_server: PackageIndex, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Published]:
    """Build and publish the committed SDK (publishing records the released API in the copy's
    generated/)."""
    yield _build_and_publish(sdk, pypi_server, tmp_path_factory)


def _build_and_publish(
    sdk: Sdk, pypi_server: PackageIndex, tmp_path_factory: pytest.TempPathFactory
) -> Published:
    dist = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    built = build(sdk, dist)
    build_seconds = time.perf_counter() - started
    assert built.returncode == 0, built.stdout + built.stderr
    started = time.perf_counter()
    uploaded = publish(sdk.project, dist, pypi_server, credentials(pypi_server))
    publish_seconds = time.perf_counter() - started
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    generated = sdk.project / "generated"
    released = json.loads((generated / history.RELEASED_PATH).read_text())
    assert released["api"] == json.loads((generated / api_surface.SNAPSHOT_PATH).read_text())
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    return Published(
        sdk.project, wheel, sdist, build_seconds, publish_seconds, built.stdout, uploaded.stdout
    )


@pytest.fixture(scope="module")
def sdk_venv_python(
    sdk: Sdk,
    published: Published,
    pypi_server: PackageIndex,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """Python of a fresh venv holding the SDK as installed from the index (for tests that use it)."""
    return installed_venv_python(
        pypi_server, f"{sdk.distribution}=={sdk.version}", tmp_path_factory.mktemp("venv") / "v"
    )


def test_build_makes_a_complete_wheel_and_sdist(sdk: Sdk, published: Published) -> None:
    with zipfile.ZipFile(published.wheel) as wheel:
        names = wheel.namelist()
        metadata = HeaderParser().parsestr(
            wheel.read(
                f"{sdk.distribution.replace('-', '_')}-{sdk.version}.dist-info/METADATA"
            ).decode()
        )
    assert f"{sdk.package}/py.typed" in names
    assert f"{sdk.package}/__init__.py" in names
    assert not any(".sdkgen-manifest" in name for name in names)
    assert metadata["Name"] == sdk.distribution
    assert metadata["Version"] == sdk.version
    assert metadata["Summary"]
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert metadata["License"] == "MIT"  # [tool.sdkgen] license
    assert "Documentation, https://docs.humanloop.com/" in metadata.get_all("Project-URL", [])
    assert any(r.startswith("httpx") for r in metadata.get_all("Requires-Dist", []))
    for artifact in (published.wheel, published.sdist):
        assert artifact.name in published.build_output
    assert "twine check --strict passed" in published.build_output
    print(
        f"\n[figures] wheel {published.wheel.name}: {published.wheel.stat().st_size:,} bytes, {len(names)} files;"
        f" sdist {published.sdist.stat().st_size:,} bytes;"
        f" build {published.build_seconds:.1f}s, publish {published.publish_seconds:.1f}s"
    )


def test_publish_puts_both_files_on_the_index(
    published: Published, pypi_server: PackageIndex
) -> None:
    on_index = {name for name, _ in pypi_server.listing()}
    assert on_index == {published.wheel.name, published.sdist.name}
    assert "uploaded 2 file(s)" in published.publish_output


def test_installed_from_the_index_the_sdk_calls_the_api(
    sdk: Sdk, sdk_venv_python: Path, prism_url: str
) -> None:
    """The index's copy, not the repository's, makes a real request that Prism validates."""
    script = (
        f"import {sdk.package} as sdk, pathlib\n"
        f"client = sdk.{sdk.client_class}(api_key='test-key', base_url={prism_url!r}, max_retries=0)\n"
        "project = client.projects.get(id='pr_3usCu3hD8kdTHA6ZNb6vJ')\n"
        "print(sdk.__version__, type(project).__name__, pathlib.Path(sdk.__file__).parent.parent)\n"
    )
    ran = subprocess.run(
        [str(sdk_venv_python), "-c", script], capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr
    version, model, site = ran.stdout.split()
    assert version == sdk.version
    assert model == "ProjectResponse"
    assert Path(site).is_relative_to(sdk_venv_python.parent.parent)


def test_republishing_the_same_version_is_refused_before_uploading(
    published: Published, pypi_server: PackageIndex
) -> None:
    before = pypi_server.listing()
    again = publish(
        published.project, published.wheel.parent, pypi_server, credentials(pypi_server)
    )
    assert again.returncode == 1
    assert "already on the index" in again.stderr
    assert "Traceback" not in again.stderr
    assert pypi_server.listing() == before


def test_wrong_password_is_refused_clearly_and_uploads_nothing(
    published: Published, pypi_server: PackageIndex
) -> None:
    """With listings protected, the check before uploading is what meets the wrong password."""
    before = pypi_server.listing()
    refused = publish(
        published.project,
        published.wheel.parent,
        pypi_server,
        credentials(pypi_server, password="wrong"),
    )
    assert refused.returncode == 1
    assert "HTTP 403" in refused.stderr and "TWINE_PASSWORD" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert pypi_server.listing() == before


@pytest.fixture
def open_listing_index(tmp_path: Path) -> Iterator[PackageIndex]:
    """An empty index where only uploads need the password, so twine itself meets a wrong one."""
    with running_pypiserver(tmp_path, authenticate="update") as index:
        yield index


def test_upload_with_wrong_password_fails_clearly(
    published: Published, open_listing_index: PackageIndex
) -> None:
    refused = publish(
        published.project,
        published.wheel.parent,
        open_listing_index,
        credentials(open_listing_index, password="wrong"),
    )
    assert refused.returncode == 1
    assert f"upload to {open_listing_index.url} failed" in refused.stderr
    assert "403" in refused.stderr and "TWINE_PASSWORD" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert open_listing_index.listing() == []


def test_dry_run_lists_the_release_and_uploads_nothing(
    sdk: Sdk, published: Published, open_listing_index: PackageIndex
) -> None:
    dry = publish(
        published.project,
        published.wheel.parent,
        open_listing_index,
        credentials(open_listing_index),
        "--dry-run",
    )
    assert dry.returncode == 0, dry.stderr
    assert dry.stderr.startswith(
        f"configuration: [tool.sdkgen] in {published.project / 'pyproject.toml'}"
    )
    assert f"{sdk.distribution} {sdk.version}" in dry.stdout
    assert published.wheel.name in dry.stdout and published.sdist.name in dry.stdout
    assert "nothing uploaded" in dry.stdout
    assert open_listing_index.listing() == []


def test_dry_run_refuses_missing_credentials(
    published: Published, open_listing_index: PackageIndex
) -> None:
    dry = publish(
        published.project, published.wheel.parent, open_listing_index, clean_env(), "--dry-run"
    )
    assert (
        dry.returncode == 1
        and "no credentials for" in dry.stderr
        and "TWINE_PASSWORD" in dry.stderr
    )


def test_preflight_refuses_another_projects_name_and_a_version_not_above_the_latest(
    sdk: Sdk, published: Published, pypi_server: PackageIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The module's index has the SDK at sdk.version (published by the fixture)."""
    from generator import publish as release_tools
    from generator.errors import GeneratorError

    monkeypatch.setenv("TWINE_USERNAME", pypi_server.username)
    monkeypatch.setenv("TWINE_PASSWORD", pypi_server.password)
    release = release_tools.find_release(published.wheel.parent)
    with pytest.raises(
        GeneratorError, match="another project on the index.*none of which this project published"
    ):
        release_tools.preflight(
            release, pypi_server.url, released=None
        )  # never published from here
    with pytest.raises(GeneratorError, match="another project"):
        release_tools.preflight(release, pypi_server.url, released="0.0.1")
    with pytest.raises(GeneratorError, match="already on the index"):
        release_tools.preflight(release, pypi_server.url, released=sdk.version)
    older = dataclasses.replace(release, version="0.0.1")
    with pytest.raises(
        GeneratorError, match=f"0.0.1 is not above the index's latest version, {sdk.version}"
    ):
        release_tools.preflight(older, pypi_server.url, released=sdk.version)


def test_two_builds_give_byte_identical_artifacts(
    sdk: Sdk, published: Published, tmp_path: Path
) -> None:
    again = build(sdk, tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert sha256(tmp_path / published.wheel.name) == sha256(published.wheel)
    assert sha256(tmp_path / published.sdist.name) == sha256(published.sdist)
