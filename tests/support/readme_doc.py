"""A generated SDK README as a user reads it: headings (with GitHub's slugs), links and the
```python snippets, parsed with markdown-it-py (CommonMark, as GitHub and PyPI render it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token


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


def snippets_of(readme: Path) -> list[Snippet]:
    """The ```python blocks of the README at ``readme``, in order."""
    return read(parse(readme.read_text(encoding="utf-8"))).snippets


def parse(text: str) -> list[Token]:
    """The markdown-it tokens of a README."""
    return MarkdownIt("commonmark").enable("table").parse(text)
