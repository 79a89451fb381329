"""Real servers for functional tests, started on 127.0.0.1 on a free port and stopped afterwards.

For now: a pypiserver package index with password-protected uploads, downloads and listings,
and a helper that installs a package from such an index into a fresh virtual environment.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

USERNAME = "publisher"
PASSWORD = "not-a-secret: tests only"
START_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class PackageIndex:
    """A running pypiserver: where to upload, where to install from, and its package folder."""

    url: str  # upload URL (the server root), as given to twine --repository-url
    packages: Path
    username: str = USERNAME
    password: str = PASSWORD

    @property
    def simple_url(self) -> str:
        """The PEP 503 simple API, credentials included (pip needs them when listing is protected)."""
        userinfo = f"{quote(self.username, safe='')}:{quote(self.password, safe='')}@"
        return self.url.replace("http://", f"http://{userinfo}", 1) + "simple/"

    def listing(self) -> list[tuple[str, int]]:
        """The files the index holds, with their sizes: compare before and after to see any change."""
        return sorted((p.name, p.stat().st_size) for p in self.packages.iterdir() if p.is_file())


def free_port() -> int:
    """A TCP port nobody listens on right now (the server may still lose a race for it: we retry)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_answers(
    url: str, process: subprocess.Popen[bytes], log: Path, timeout: float
) -> bool:
    """Poll ``url`` until it answers; False if the process died first (e.g. the port was taken)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=1):
                return True
        except urllib.error.HTTPError:
            return True  # it answers, even if not with 200
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s; server log:\n{log.read_text()}")


@contextmanager
def running_pypiserver(
    folder: Path, authenticate: str = "update,download,list"
) -> Iterator[PackageIndex]:
    """A pypiserver serving ``folder/packages``, with one user whose password is in an htpasswd file.

    ``--disable-fallback``: by default pypiserver redirects unknown projects to PyPI, which would
    make an empty test index look as if it held whatever PyPI has under the same name.
    """
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    packages = folder / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    htpasswd = HtpasswdFile(str(folder / "htpasswd"), new=True)
    htpasswd.set_password(USERNAME, PASSWORD)
    htpasswd.save()

    def command(port: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "-p",
            str(port),
            "-i",
            "127.0.0.1",
            "-P",
            str(folder / "htpasswd"),
            "-a",
            authenticate,
            "--disable-fallback",
            str(packages),
        ]

    with serving(command, "/health", folder / "pypiserver.log", START_TIMEOUT_SECONDS) as port:
        yield PackageIndex(f"http://127.0.0.1:{port}/", packages)


@contextmanager
def serving(
    command: Callable[[int], list[str]], health: str, log: Path, timeout: float
) -> Iterator[int]:
    """Run ``command(port)`` until ``health`` (a path) answers on that port; yield the port, then stop it.

    Another process may take the free port before the server binds it (parallel test workers
    start servers at the same time): the server then exits, and it is started on another port.
    """
    for _attempt in range(3):
        port = free_port()
        with log.open("wb") as log_file:
            process = subprocess.Popen(command(port), stdout=log_file, stderr=subprocess.STDOUT)
        try:
            if wait_until_answers(f"http://127.0.0.1:{port}{health}", process, log, timeout):
                yield port
                return
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    raise RuntimeError(f"{command(0)[0]} did not start; last log:\n{log.read_text()}")


@pytest.fixture(scope="module")
def pypi_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PackageIndex]:
    """A pypiserver for the module's tests; uploads, downloads and listings need the password."""
    with running_pypiserver(tmp_path_factory.mktemp("pypiserver")) as index:
        yield index


def installed_venv_python(index: PackageIndex, requirement: str, venv: Path) -> Path:
    """A fresh venv with ``requirement`` installed from ``index``; returns the venv's python.

    Two steps, so that the package provably comes from the test index even if another index
    has a project of the same name (dependency confusion): first the package alone, with pip's
    configuration files and environment ignored, from the test index only; then its dependencies
    from wherever pip is configured to look on this machine (the test index stays an extra one).
    """
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    alone = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    alone |= {"PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    _run([*pip, "--no-deps", "--index-url", index.simple_url, requirement], alone)
    _run([*pip, "--extra-index-url", index.simple_url, requirement], dict(os.environ))
    return python


def _run(command: list[str], env: dict[str, str]) -> None:
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        shown = " ".join(command).replace(quote(PASSWORD, safe=""), "***")
        raise AssertionError(f"{shown} failed:\n{completed.stdout}\n{completed.stderr}")
