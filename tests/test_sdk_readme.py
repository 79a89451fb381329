"""The generated SDK README, read as a user reads it: its links land, and every example runs.

The README is parsed with markdown-it-py (CommonMark, as GitHub and PyPI render it). Anchors are
checked against GitHub's heading slugs, computed here independently of the generator. Every
```python block is executed, unmodified, in a fresh namespace with only the environment variables
the README tells users to set, against Prism validating each request against the spec.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.ir.build import build
from generator.spec.load import load
from tests.support.helpers import ROOT
from tests.support.readme_doc import Snippet, parse, read, snippets_of
from tests.support.styles import StyleSdk

README = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
TOKENS = parse(README)
API = build(load(ROOT / "spec" / "humanloop.yaml"), load_settings(ROOT))


DOC = read(TOKENS)
SLUGS = {h.slug: h for h in DOC.headings}
SNIPPETS = {s.heading: s for s in DOC.snippets}


def test_every_in_page_link_lands_on_a_heading() -> None:
    anchors = [link.href[1:] for link in DOC.links if link.href.startswith("#")]
    assert len(anchors) > 500  # TOC, parameter and field types, back links
    assert [a for a in anchors if a not in SLUGS] == []


def test_no_link_points_outside_the_page() -> None:
    assert [link.href for link in DOC.links if not link.href.startswith("#")] == []


def test_types_in_parameters_and_returns_link_to_model_entries() -> None:
    typed = [
        link
        for link in DOC.links
        if link.section == "Reference" and link.subsection in ("Parameters", "Return", "Errors")
    ]
    assert len(typed) > 100
    for link in typed:
        target = SLUGS[link.href[1:]]
        assert (target.level, target.section) == (3, "Models"), link


def test_every_model_has_an_entry() -> None:
    entries = {h.text for h in DOC.headings if h.section == "Models" and h.level == 3}
    assert entries == {f"types.{m.name}" for m in API.models}


def test_reference_has_every_method_in_the_seed_order_and_shape() -> None:
    methods = [h.text for h in DOC.headings if h.section == "Reference" and h.level == 3]
    # The Node SDK's README lists methods sorted by their full name; snake_case sorts the same way.
    assert methods == sorted(f"client.{op.call_name}" for op in API.all_operations)
    # the seed's 58, and the list forms of feedback, log and datasets.create_datapoint
    assert len(methods) == 58 + 3
    subsections: dict[str, list[str]] = {}
    current = ""
    for h in DOC.headings:
        if h.section == "Reference" and h.level == 3:
            current = h.text
        elif h.section == "Reference" and h.level == 4:
            subsections.setdefault(current, []).append(h.text)
    for name in methods:
        shape = [s for s in subsections[name] if s != "Parameters"]
        assert shape in (
            ["Usage", "Return", "Errors", "Endpoint"],
            ["Usage", "Return", "Endpoint"],
        ), name


def test_every_python_block_is_collected() -> None:
    fences = re.findall(r"^```(\w*)\s*$", README, flags=re.MULTILINE)
    assert fences.count("python") == len(DOC.snippets)
    assert len(SNIPPETS) == len(DOC.snippets), "two snippets under one heading would share an id"
    guide = [
        "Getting started",
        "Async usage",
        "Streaming",
        "Errors",
        "Retries",
        "Timeouts",
        "Pagination",
        "Raw responses",
        "Streaming responses",
        "Responses that do not match the spec",
    ]
    methods = [f"client.{op.call_name}" for op in API.all_operations]
    assert [s.heading for s in DOC.snippets] == guide + sorted(methods)


@pytest.fixture(scope="module")
def stream_front_url(prism_url: str) -> Iterator[str]:
    from tests.runtime.server import LiveServer
    from tests.support.stream_front import make_stream_front

    server = LiveServer(make_stream_front(prism_url))
    server.start()
    yield server.base_url
    server.stop()


#: What some snippets must print, beyond running without an exception.
EXPECTED_OUTPUT = {
    "Errors": "rejected: 422",
    "Streaming": "finish_reason=None",  # a chunk before the last: the stream was parsed as it came
}


@pytest.mark.parametrize("heading", list(SNIPPETS))
def test_snippet_runs(
    heading: str, prism_url: str, stream_front_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
    run_snippet(SNIPPETS[heading], heading, "HUMANLOOP", prism_url, stream_front_url, monkeypatch)


@pytest.mark.parametrize("heading", list(SNIPPETS))
def test_snippet_of_the_msgspec_style_readme_runs(
    heading: str,
    msgspec_sdk: StyleSdk,
    prism_url: str,
    stream_front_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other built-in style's README, with its own package name, runs the same way."""
    snippets = _msgspec_snippets(msgspec_sdk.folder / "README.md")
    assert list(snippets) == list(SNIPPETS)  # the same sections, so the same test ids
    env_prefix = (
        msgspec_sdk.package.__name__.upper()
    )  # the package's name: HUMANLOOP_MSGSPEC_API_KEY
    run_snippet(snippets[heading], heading, env_prefix, prism_url, stream_front_url, monkeypatch)


@functools.cache
def _msgspec_snippets(readme: Path) -> dict[str, Snippet]:
    return {s.heading: s for s in snippets_of(readme)}


def run_snippet(
    snippet: Snippet,
    heading: str,
    env_prefix: str,
    prism_url: str,
    stream_front_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Prism cannot mock event streams; the front validates through Prism and streams (see its doc).
    base_url = stream_front_url if "stream=True" in snippet.code else prism_url
    # only what the README tells users to set
    monkeypatch.setenv(f"{env_prefix}_API_KEY", "test-key")
    monkeypatch.setenv(f"{env_prefix}_BASE_URL", base_url)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = compile(snippet.code, f"README.md:{snippet.line}", "exec")
        exec(code, {"__name__": "__main__"})  # noqa: S102 -- the point: run it as a script would
    assert EXPECTED_OUTPUT.get(heading, "") in output.getvalue()
