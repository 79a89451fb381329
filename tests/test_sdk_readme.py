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
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.config import load_settings
from generator.ir.build import build
from generator.spec.load import load
from tests.support.prism import ROOT
from tests.support.styles import StyleSdk

README = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
TOKENS = MarkdownIt("commonmark").enable("table").parse(README)
API = build(load(ROOT / "spec" / "humanloop.yaml"), load_settings(ROOT))


def github_slug(text: str, seen: dict[str, int]) -> str:
    """github-slugger: lower case, drop punctuation but ``-``/``_``, spaces → ``-``; repeats get ``-N``."""
    base = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
    count = seen.get(base, 0)
    seen[base] = count + 1
    return base if count == 0 else f"{base}-{count}"


def plain_text(inline: Token) -> str:
    """A heading's text as GitHub slugs it: the content of text and code spans, no markup."""
    return "".join(t.content for t in inline.children or [] if t.type in ("text", "code_inline"))


@dataclass
class Heading:
    level: int
    text: str
    slug: str
    section: str  # text of the level-2 heading it is under (itself, for a level-2 heading)


@dataclass
class Link:
    href: str
    section: str  # level-2 heading
    subsection: str  # nearest level-4 heading, "" when none


@dataclass
class Snippet:
    heading: str  # nearest level-3 heading, else level-2: unique, so a readable test id
    code: str
    line: int


@dataclass
class Document:
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)


def read(tokens: list[Token]) -> Document:
    doc = Document()
    seen: dict[str, int] = {}
    levels = {2: "", 3: "", 4: ""}
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            level = int(token.tag[1])
            text = plain_text(tokens[index + 1])
            levels[level] = text
            for deeper in range(level + 1, 5):
                levels[deeper] = ""
            doc.headings.append(Heading(level, text, github_slug(text, seen), levels[2]))
        elif token.type == "inline":
            for child in token.children or []:
                if child.type == "link_open":
                    doc.links.append(Link(str(child.attrs["href"]), levels[2], levels[4]))
        elif token.type == "fence" and token.info.strip() in ("python", "py"):
            line = (token.map or [0])[0] + 1
            doc.snippets.append(Snippet(levels[3] or levels[2], token.content, line))
    return doc


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
        link for link in DOC.links
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
        assert shape in (["Usage", "Return", "Errors", "Endpoint"], ["Usage", "Return", "Endpoint"]), name


def test_every_python_block_is_collected() -> None:
    fences = re.findall(r"^```(\w*)\s*$", README, flags=re.MULTILINE)
    assert fences.count("python") == len(DOC.snippets)
    assert len(SNIPPETS) == len(DOC.snippets), "two snippets under one heading would share an id"
    guide = ["Getting started", "Async usage", "Streaming", "Errors", "Retries", "Timeouts",
             "Pagination", "Raw responses"]
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
    heading: str, msgspec_sdk: StyleSdk, prism_url: str, stream_front_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other built-in style's README, with its own package name, runs the same way."""
    snippets = _msgspec_snippets(msgspec_sdk.folder / "README.md")
    assert list(snippets) == list(SNIPPETS)  # the same sections, so the same test ids
    env_prefix = msgspec_sdk.package.__name__.upper()  # the package's name: HUMANLOOP_MSGSPEC_API_KEY
    run_snippet(snippets[heading], heading, env_prefix, prism_url, stream_front_url, monkeypatch)


@functools.cache
def _msgspec_snippets(readme: Path) -> dict[str, Snippet]:
    tokens = MarkdownIt("commonmark").enable("table").parse(readme.read_text(encoding="utf-8"))
    return {s.heading: s for s in read(tokens).snippets}


def run_snippet(
    snippet: Snippet, heading: str, env_prefix: str, prism_url: str, stream_front_url: str,
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
