"""Release the generated SDK: build its sdist and wheel, check them, upload them to a package index.

The work is done by the PyPA tools, run as subprocesses of the interpreter that runs sdkgen:
``python -m build`` (PEP 517, in an isolated environment, so the build uses exactly the build
backend the generated ``pyproject.toml`` asks for) and ``python -m twine`` (``check --strict``,
``upload``). This module adds what they lack: it refuses to package a stale output folder, makes
builds byte-reproducible, and asks the index whether a release is already there before uploading.

Credentials are never options: twine reads ``TWINE_USERNAME`` / ``TWINE_PASSWORD`` or the keyring,
and the "is it already there" query uses the same sources.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_version,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from generator import pipeline
from generator.config import Settings
from generator.errors import GeneratorError
from generator.output import api_surface, history, versioning

#: Timestamp given to every file in the archives unless ``SOURCE_DATE_EPOCH`` is already set:
#: 1980-01-01T00:00:00Z, the earliest date a zip file can hold. A constant rather than the newest
#: commit's date, because then the bytes depend on the files' contents only: the same tree builds
#: the same wheel whether or not it is committed, after a rebase or amend, in a shallow CI clone,
#: or from an unpacked sdist with no git at all.
REPRODUCIBLE_EPOCH = 315532800
PYPI_UPLOAD_URL = "https://upload.pypi.org/legacy/"
ARCHIVE_SUFFIXES = (".whl", ".tar.gz")
TIMEOUT_SECONDS = 30

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Artifact:
    """One built distribution file."""

    path: Path
    size: int
    files: int


@dataclass(frozen=True)
class Release:
    """The artifacts of one version of one project, as found in a dist folder."""

    name: str
    version: str
    artifacts: tuple[Artifact, ...]


@dataclass(frozen=True)
class IndexCheck:
    """What the index's simple API said about a release before uploading it."""

    url: str
    found: bool
    note: str = ""
    versions: tuple[str, ...] = ()
    """Every version the index has files of (canonical form)."""


def build(
    settings: Settings,
    dist: Path,
    progress: Progress = lambda _: None,
    *,
    strict: bool = False,
    warn: Progress = lambda _: None,
) -> Release:
    """Build the output folder into an sdist and a wheel in ``dist``, then ``twine check`` them.

    Refuses an output folder that differs from what the generator makes from the spec now; and a
    version that hides breaking changes since the last release: calls ``warn``, or with
    ``strict`` refuses.
    """
    _require("build", "twine")
    output = settings.output
    if not (output / "pyproject.toml").is_file():
        raise GeneratorError(f"{output} has no pyproject.toml", hint="run `sdkgen generate` first")
    progress(f"checking that {output} is up to date")
    report = pipeline.generate(settings, progress, check=True)
    if report.plan.merge_conflicts:
        unresolved = "\n".join(
            f"    {path} (line(s) {', '.join(map(str, lines))})"
            for path, lines in report.plan.merge_conflicts
        )
        raise GeneratorError(
            f"{output} holds unresolved conflicts between your edits and the generated code:\n{unresolved}",
            hint="resolve the marked lines, run `sdkgen generate`, then build again",
        )
    if report.plan.changed:
        stale = "\n".join(f"    {path}" for path in report.plan.changed)
        raise GeneratorError(
            f"{output} is stale; these files differ from what the generator makes:\n{stale}",
            hint="run `sdkgen generate`, commit the result, then build again",
        )
    check_version(output, settings.package_version, strict=strict, warn=warn)
    dist.mkdir(parents=True, exist_ok=True)
    # Build into a fresh folder so we know exactly which files this build made, and a failed
    # build leaves nothing half-written in dist/.
    with tempfile.TemporaryDirectory(dir=dist, prefix=".build-") as scratch:
        progress(f"building sdist and wheel of {output}")
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", str(REPRODUCIBLE_EPOCH)),
        }
        _run(
            [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", scratch, str(output)],
            "build",
            env,
        )
        built = sorted(Path(scratch).iterdir())
        for path in built:
            os.replace(path, dist / path.name)
    release = _release([dist / path.name for path in built], dist)
    check(release, progress)
    return release


def check_version(output: Path, version: str, *, strict: bool, warn: Progress) -> None:
    """Warn (or with ``strict`` refuse) when the API changed in a breaking way since the release
    recorded in the output folder, but ``version`` is not a major one later (minor below 1.0)."""
    problem = version_problem(output, version)
    if problem is None:
        return
    if strict:
        raise GeneratorError(
            problem + "; nothing was built or uploaded",
            hint="run `sdkgen generate --bump` (or raise package-version), then build again",
        )
    warn(problem)


def version_problem(output: Path, version: str) -> str | None:
    """Why ``version`` misleads users of the last release, if it does."""
    released, current = history.read_released(output), history.read_snapshot(output)
    if released is None or current is None:
        return None
    breaking = [c for c in api_surface.compare(released.snapshot, current) if c.level == "breaking"]
    needed = versioning.next_version(released.version, "breaking")
    if not breaking or versioning.at_least(version, needed):
        return None
    example = f"{breaking[0].subject}: {breaking[0].what}"
    return (
        f"the API changed in a breaking way since {released.version} ({len(breaking)} change(s), e.g."
        f" {example}) but version {version} does not say so: it should be {needed} or later"
    )


def check(release: Release, progress: Progress = lambda _: None) -> None:
    """``twine check --strict``: the metadata and long description render on the index."""
    progress("twine check --strict")
    _run(
        _twine("check", "--strict", *(str(a.path) for a in release.artifacts)),
        "twine check --strict",
    )


def find_release(dist: Path) -> Release:
    """The one release whose sdist and wheel are in ``dist``."""
    if not dist.is_dir():
        raise GeneratorError(f"{dist} does not exist", hint="run `sdkgen build` first")
    paths = sorted(p for p in dist.iterdir() if p.is_file() and p.name.endswith(ARCHIVE_SUFFIXES))
    if not paths:
        raise GeneratorError(f"no .whl or .tar.gz in {dist}", hint="run `sdkgen build` first")
    return _release(paths, dist)


def index_url_for(repository_url: str) -> str:
    """The simple API (PEP 503) of the index that ``repository_url`` uploads to.

    PyPI uploads to ``upload.pypi.org/legacy/`` and serves ``pypi.org/simple/``; most other
    indexes (pypiserver, TestPyPI, Artifactory) serve ``simple/`` beside their upload URL.
    """
    parts = urlsplit(repository_url)
    host = "pypi.org" if parts.netloc == "upload.pypi.org" else parts.netloc
    path = parts.path.rstrip("/")
    path = path.removesuffix("/legacy")
    return urlunsplit((parts.scheme, host, path + "/simple/", "", ""))


def check_index(release: Release, repository_url: str, index_url: str | None = None) -> IndexCheck:
    """Ask the index's simple API whether it already has files of this release's version."""
    url = urljoin(
        (index_url or index_url_for(repository_url)).rstrip("/") + "/", release.name + "/"
    )
    page = _fetch_simple_page(url, repository_url)
    if page is None:
        return IndexCheck(url, found=False, note="the index has no such project yet")
    if isinstance(page, Redirect):
        return IndexCheck(url, found=False, note=f"the index sends this project to {page.location}")
    wanted = canonicalize_version(release.version)
    found = [name for name in page if _version_of(name) == wanted]
    versions = tuple(
        sorted(
            {_shown_version(name) for name in page if _version_of(name) is not None}, key=Version
        )
    )
    return IndexCheck(url, found=bool(found), note=", ".join(found), versions=versions)


def preflight(
    release: Release, repository_url: str, index_url: str | None = None, released: str | None = None
) -> IndexCheck:
    """Everything short of uploading: ``twine check --strict``; then refuse a name that is another
    project's on the index (it has versions and none is ``released``, the version this project
    last published), a version the index has or one not above its latest, and missing credentials.
    """
    _require("twine")
    check(release)
    index = check_index(release, repository_url, index_url)
    latest = index.versions[-1] if index.versions else None
    on_index = {canonicalize_version(v) for v in index.versions}
    if latest is not None and (released is None or canonicalize_version(released) not in on_index):
        raise GeneratorError(
            f"{release.name} is another project on the index: {index.url} has version(s)"
            f" {', '.join(index.versions[-5:])}, none of which this project published; nothing was uploaded",
            hint="choose a free name (`distribution-name` in [tool.sdkgen]); if the project is yours, "
            "record your last release: `sdkgen publish` writes .sdkgen/released.json in the output",
        )
    if index.found:
        raise GeneratorError(
            f"{release.name} {release.version} is already on the index ({index.url} lists {index.note});"
            " nothing was uploaded",
            hint="an index never accepts the same version twice: raise package-version and build again",
        )
    if latest is not None and Version(release.version) <= Version(latest):
        raise GeneratorError(
            f"{release.name} {release.version} is not above the index's latest version, {latest};"
            " nothing was uploaded",
            hint="raise package-version above it (`sdkgen generate --bump`), then build again",
        )
    if _env_credentials() is None and _keyring_credentials(repository_url) is None:
        raise GeneratorError(
            f"no credentials for {repository_url}; nothing was uploaded",
            hint="set TWINE_USERNAME and TWINE_PASSWORD (for PyPI: __token__ and an API token), or store"
            " them in the keyring",
        )
    return index


def upload(release: Release, repository_url: str) -> None:
    """Upload the release with twine (call :func:`preflight` first)."""
    # Wheel before sdist, so that installers never see a release with only an sdist.
    files = sorted(release.artifacts, key=lambda a: not a.path.name.endswith(".whl"))
    command = _twine(
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *(str(a.path) for a in files),
    )
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise _upload_error(completed.stdout + completed.stderr, repository_url)


def _release(paths: Iterable[Path], dist: Path) -> Release:
    named: dict[tuple[str, str], list[Artifact]] = {}
    for path in paths:
        name, version = _name_and_version(path.name)
        named.setdefault((name, version), []).append(_artifact(path))
    if len(named) != 1:
        found = ", ".join(f"{n} {v}" for n, v in sorted(named))
        raise GeneratorError(
            f"{dist} holds more than one release ({found})",
            hint="remove the old files, or build into an empty folder with --dist",
        )
    (name, version), artifacts = next(iter(named.items()))
    return Release(name, version, tuple(sorted(artifacts, key=lambda a: a.path.name)))


def _name_and_version(filename: str) -> tuple[str, str]:
    try:
        if filename.endswith(".whl"):
            name, version, _, _ = parse_wheel_filename(filename)
        else:
            name, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename) as exc:
        raise GeneratorError(f"not a distribution file name: {filename} ({exc})") from None
    return str(name), str(version)


def _shown_version(filename: str) -> str:
    """The version of a distribution file as its name spells it (``0.6.0``, not ``0.6``)."""
    return str(Version(_name_and_version(filename)[1]))


def _version_of(filename: str) -> str | None:
    try:
        return canonicalize_version(_name_and_version(filename)[1])
    except GeneratorError:
        return None


def _artifact(path: Path) -> Artifact:
    if path.name.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            files = sum(not info.is_dir() for info in wheel.infolist())
    else:
        with tarfile.open(path) as sdist:
            files = sum(member.isfile() for member in sdist.getmembers())
    return Artifact(path, path.stat().st_size, files)


def _require(*modules: str) -> None:
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise GeneratorError(
            f"{' and '.join(missing)} not installed in {sys.executable}",
            hint=f"pip install {' '.join(missing)}",
        )


def _twine(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "twine", "--no-color", *arguments]


def _run(command: list[str], what: str, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        raise GeneratorError(f"{what} failed (exit {completed.returncode}):\n{_tail(output)}")
    return output


def _tail(output: str, lines: int = 15) -> str:
    return "\n".join(f"    {line}" for line in output.strip().splitlines()[-lines:])


def _upload_error(output: str, repository_url: str) -> GeneratorError:
    lines = [line.strip() for line in output.splitlines()]
    attempted = [
        line.removeprefix("Uploading ")
        for line in lines
        if line.startswith("Uploading ") and " to " not in line
    ]
    errors = [line.removeprefix("ERROR").strip() for line in lines if line.startswith("ERROR")]
    reason = errors[0] if errors else _tail(output).strip()
    message = f"upload to {repository_url} failed: {reason}"
    if len(attempted) > 1:
        message += f"\n  these were uploaded before the failure: {', '.join(attempted[:-1])}"
    hint = ""
    if any(code in reason for code in ("401", "403")):
        hint = "check TWINE_USERNAME and TWINE_PASSWORD (for PyPI: __token__ and an API token)"
    return GeneratorError(message, hint=hint)


@dataclass(frozen=True)
class Redirect:
    """The index answered with a redirect to another server: it does not host the project."""

    location: str


def _fetch_simple_page(url: str, repository_url: str) -> list[str] | Redirect | None:
    """File names listed on a simple API project page; None when the project is unknown there."""
    credentials = _env_credentials()
    try:
        try:
            return _get_file_names(url, credentials)
        except urllib.error.HTTPError as exc:
            keyring_credentials = (
                _keyring_credentials(repository_url)
                if exc.code == 401 and not credentials
                else None
            )
            if keyring_credentials is None:
                raise
            return _get_file_names(url, keyring_credentials)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        if exc.code in (401, 403):
            raise GeneratorError(
                f"the index refused to show {url} (HTTP {exc.code} {exc.reason});"
                " could not check whether this version is already there, nothing was uploaded",
                hint="check TWINE_USERNAME and TWINE_PASSWORD (or the keyring entry for the repository URL)",
            ) from None
        raise GeneratorError(
            f"{url} answered HTTP {exc.code} {exc.reason}; nothing was uploaded"
        ) from None
    except _CrossOriginRedirect as exc:
        return Redirect(exc.location)
    except (urllib.error.URLError, OSError) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise GeneratorError(
            f"cannot reach the index at {url}: {reason}; nothing was uploaded",
            hint="check --repository-url, or give the simple API with --index-url",
        ) from None


class _CrossOriginRedirect(Exception):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects on the same server (name normalisation); never send credentials elsewhere."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl)[:2] != urlsplit(req.full_url)[:2]:
            raise _CrossOriginRedirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _get_file_names(url: str, credentials: tuple[str, str] | None) -> list[str]:
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    if credentials:
        token = base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    opener = urllib.request.build_opener(_SameOriginRedirects())
    with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
        body = response.read().decode("utf-8", errors="replace")
    parser = _AnchorTexts()
    parser.feed(body)
    return parser.names


class _AnchorTexts(HTMLParser):
    """The file names of a PEP 503 page: each anchor's text (its href's last segment if empty)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            text = "".join(self._text).strip()
            self.names.append(text or urlsplit(self._href).path.rsplit("/", 1)[-1])
            self._href = None


def _env_credentials() -> tuple[str, str] | None:
    username, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    return (username or "", password) if password else None


def _keyring_credentials(repository_url: str) -> tuple[str, str] | None:
    """What twine would find in the keyring for this repository URL (None if nothing or no keyring)."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        found = keyring.get_credential(repository_url, os.environ.get("TWINE_USERNAME"))
    except Exception:  # noqa: BLE001 - a broken keyring backend means "no credentials", as in twine
        return None
    return (found.username, found.password) if found is not None else None
