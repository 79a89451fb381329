"""Smoke test of a spec's SDK: generate it, mock the spec with Prism, run every README snippet.

A user's first call must work, so each ```python block of the generated README runs unmodified
(tests/support/snippet_worker.py, one process per SDK) with only the environment the README tells users
to set, against Prism mocking the same spec with ``--errors``: Prism checks every request
against the spec (values, patterns, formats, credentials) and answers from the spec's examples.
Snippets that stream go through the stream front (tests/support/stream_front.py), which has Prism
validate the request and streams an example chunk of the operation's event schema.

Run it over the public specs to measure (``python -m tests.support.readme_smoke [SPEC ...]``); the
tests in tests/test_readme_smoke.py run it over small fixtures, and over the public specs
when they are beside the project.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.ir import naming
from generator.ir.build import build
from generator.ir.examples import example_value
from generator.ir.nodes import Api
from generator.ir.types_map import TypeMapper
from generator.spec.load import Document, load
from tests.support.helpers import ROOT, settings_for
from tests.support.prism import prism

#: The credential each kind of scheme gets: any value Prism accepts (basic: ``username:password``).
TEST_KEY = "test-key-0123"
TEST_LOGIN = "test-user:test-password"


@dataclass(frozen=True)
class Outcome:
    """One snippet's run."""

    heading: str
    line: int
    passed: bool
    error: str  # the exception, one line; "" when it passed


def package_for(spec: Path, style: str = "python") -> str:
    """The SDK's package name: one per spec and style, so that results never mix."""
    suffix = "" if style == "python" else "_" + naming.snake(style.removeprefix("python-"))
    return "smoke_" + naming.identifier(naming.snake(spec.stem)) + suffix


def generate(spec: Path, output: Path, style: str = "python") -> tuple[Api, Document]:
    """Generate ``spec``'s SDK into ``output``; its IR and document."""
    settings = settings_for(spec, output, package=package_for(spec, style), style=style)
    pipeline.generate(settings)
    document = load(spec)
    return build(document, settings), document


def environment(api: Api) -> dict[str, str]:
    """What the README tells users to set: a credential per variable the client reads."""
    return {s.env_var: TEST_LOGIN if s.scheme == "basic" else TEST_KEY for s in api.auth_schemes}


def stream_chunks(document: Document, api: Api) -> list[tuple[str, str, Any]]:
    """(method, path pattern, example chunk) of each operation that can stream."""
    data = document.data
    mapper = TypeMapper(data, {})
    result = []
    for op in api.all_operations:
        if op.stream_parameter is None and not op.streams:
            continue
        responses = data["paths"][op.path][op.http_method].get("responses") or {}
        schema = next(
            (
                (mapper.deref(r).get("content") or {}).get("text/event-stream", {}).get("schema")
                for status, r in sorted(responses.items())
                if str(status).startswith("2")
            ),
            None,
        )
        pattern = "^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path.split("#")[0])) + "$"
        result.append(
            (op.http_method.upper(), pattern, example_value(mapper, schema or {}, "chunk"))
        )
    return result


@contextmanager
def _stream_front(prism_url: str, chunks: list[tuple[str, str, Any]]) -> Iterator[str]:
    from tests.runtime.server import LiveServer
    from tests.support.stream_front import example_events, make_stream_front

    with LiveServer(make_stream_front(prism_url, example_events(chunks))) as server:
        yield server.base_url


def prism_document(document: Document, folder: Path) -> Path:
    """The document Prism mocks: the spec without its top-level ``x-`` extensions, which Prism
    does not use and which may ``$ref`` files the spec does not ship (train-travel's
    ``x-topics`` names ./docs/getting-started.md, and Prism refuses to start without it)."""
    path = folder / "prism-spec.json"
    kept = {key: value for key, value in document.data.items() if not str(key).startswith("x-")}
    path.write_text(json.dumps(kept, default=str), encoding="utf-8")
    return path


def smoke(spec: Path, workdir: Path, style: str = "python") -> list[Outcome]:
    """Generate ``spec``'s SDK in ``style`` under ``workdir`` and run its README against Prism.

    Prism runs with ``errors=False`` (see tests/mock_server.py): requests are still checked,
    and the spec's examples reach the SDK even where they break the spec, as a real server's
    deviations would.
    """
    folder = workdir / package_for(spec, style)
    api, document = generate(spec, folder, style)
    served = prism_document(document, folder)
    chunks = stream_chunks(document, api)
    with (
        prism(served, errors=False, start_seconds=600) as prism_url,
        _stream_front(prism_url, chunks) as stream_url,
    ):
        request = {
            "folder": str(folder),
            "readme": str(folder / "README.md"),
            "environment": environment(api),
            "base_url_variable": f"{api.env_prefix}_BASE_URL",
            "prism_url": prism_url,
            "stream_url": stream_url,
        }
        request_path, result_path = folder / "smoke-request.json", folder / "smoke-result.json"
        request_path.write_text(json.dumps(request), encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.snippet_worker",
                str(request_path),
                str(result_path),
            ],
            cwd=ROOT,
            check=True,
        )
    return [
        Outcome(o["heading"], int(o["line"]), bool(o["passed"]), str(o["error"]))
        for o in json.loads(result_path.read_text(encoding="utf-8"))
    ]


def main(argv: list[str]) -> None:
    """Run the smoke test over the given specs (default: the public ones) and print the tally."""
    style = "python"
    if argv[:1] == ["--style"]:
        style, argv = argv[1], argv[2:]
    specs = [Path(a) for a in argv] or sorted(
        p for p in (ROOT.parent / "shared" / "specs").iterdir() if p.suffix in (".yaml", ".json")
    )
    passed = total = 0
    with tempfile.TemporaryDirectory() as workdir:
        for spec in specs:
            try:
                outcomes = smoke(spec, Path(workdir), style)
            except (
                Exception
            ) as exc:  # noqa: BLE001 -- a spec we cannot serve is reported, not fatal
                print(f"{spec.name}: not run: {str(exc).splitlines()[0][:300]}", flush=True)
                continue
            good = sum(o.passed for o in outcomes)
            passed, total = passed + good, total + len(outcomes)
            print(f"{spec.name}: {good}/{len(outcomes)}", flush=True)
            for o in outcomes:
                if not o.passed:
                    print(
                        f"  FAIL {o.heading} (README.md:{o.line}): {o.error.splitlines()[-1][:400]}"
                    )
    print(f"total: {passed}/{total} ({100 * passed / max(total, 1):.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
