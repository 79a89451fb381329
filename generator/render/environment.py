"""The Jinja environment: template search path (user folders → style → parents), filters, rendering.

A template's path under its style folder says which file it makes: ``{package}`` becomes the
package name and ``{resource}`` renders once per resource group. A ``.jinja`` file is rendered;
any other file (the runtime modules, plain Python) is copied as it is. Folders whose name starts
with ``_`` hold partials (macros, datamodel-code-generator templates), not output files.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import __version__
from generator.errors import GeneratorError, Location
from generator.ir import naming, python_literals
from generator.ir.nodes import CONTEXT_VERSION, Api, Resource
from generator.output import formatting
from generator.output.imports import member_key
from generator.render import imports

TEMPLATE_SUFFIX = ".jinja"
BUILTIN_PREFIX = "builtin"
#: Rendered once per output file, whatever made it, and put in front of it (empty by default).
FILE_HEADER = "_partials/file_header.jinja"


def builtin_root() -> Path:
    """Folder of the built-in styles: bundled in the wheel, or ``templates/`` in a checkout."""
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_templates"
    return bundled if bundled.is_dir() else package.parent / "templates"


def builtin_styles() -> list[str]:
    """Names of the built-in styles."""
    return sorted(
        p.name for p in builtin_root().iterdir() if p.is_dir() and not p.name.startswith(".")
    )


def style_chain(style: str) -> list[Path]:
    """The style's folder, then the folders of the styles it extends (``style.yaml: extends``)."""
    chain: list[Path] = []
    current: str | None = style
    while current is not None:
        folder = builtin_root() / current
        if not folder.is_dir() or folder in chain:
            raise GeneratorError(
                f"unknown or circular template style {current!r}",
                hint=f"built-in styles: {', '.join(builtin_styles())}",
            )
        chain.append(folder)
        parent = _style_meta(folder).get("extends")
        current = str(parent) if parent else None
    return chain


def style_option(style: str, key: str) -> object:
    """A ``style.yaml`` setting of the style, else of the nearest style it extends; ``None`` if unset."""
    return next((meta[key] for meta in map(_style_meta, style_chain(style)) if key in meta), None)


def _style_meta(folder: Path) -> dict[str, object]:
    meta = folder / "style.yaml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.is_file() else None
    if data is not None and not isinstance(data, dict):
        raise GeneratorError("style.yaml must be a mapping", Location(str(meta)))
    return dict(data or {})


#: Files of a style folder that are metadata, not templates.
STYLE_METADATA = ("style.yaml",)


@dataclass(frozen=True)
class TemplateSource:
    """One output template: its name in the search path and the folder it is taken from."""

    name: str
    folder: Path

    @property
    def rendered(self) -> bool:
        """Whether it is a Jinja template; else it is copied as it is."""
        return self.name.endswith(TEMPLATE_SUFFIX)

    @property
    def output(self) -> str:
        """The output path it makes, before ``{package}`` and ``{resource}`` are filled in."""
        return self.name.removesuffix(TEMPLATE_SUFFIX)

    @property
    def per_resource(self) -> bool:
        """Whether it renders once per resource group."""
        return "{resource}" in self.name


def search_path(user_folders: tuple[Path, ...], style: str) -> list[Path]:
    """Where templates are looked up, first match wins."""
    for folder in user_folders:
        if not folder.is_dir():
            raise GeneratorError(
                "template folder not found",
                Location(str(folder)),
                hint="check --templates / `templates` in [tool.sdkgen]",
            )
    return [*user_folders, *style_chain(style)]


def output_templates(folders: list[Path]) -> list[TemplateSource]:
    """Every output template, each taken from the first folder that makes its output path.

    So a user's ``_models.py.jinja`` replaces a built-in ``_models.py`` and the other way round.
    """
    found: dict[str, TemplateSource] = {}
    for folder in folders:
        own: dict[str, TemplateSource] = {}
        for name in template_files(folder):
            source = TemplateSource(name, folder)
            if not is_partial(name):
                if source.output in own:
                    raise GeneratorError(
                        f"both {own[source.output].name} and {name} make {source.output}",
                        Location(str(folder / name)),
                        hint="keep one of them",
                    )
                own[source.output] = source
        for output, source in own.items():
            found.setdefault(output, source)
    return sorted(found.values(), key=lambda source: source.name)


def template_files(folder: Path) -> list[str]:
    """Names (relative paths) of the template files in a folder: not metadata, caches or hidden files."""
    names = (
        path.relative_to(folder).as_posix() for path in sorted(folder.rglob("*")) if path.is_file()
    )
    return [
        name
        for name in names
        if name not in STYLE_METADATA
        and not any(part.startswith(".") or part == "__pycache__" for part in name.split("/"))
    ]


def is_partial(name: str) -> bool:
    """Whether a template is a partial: under a folder whose name starts with ``_``."""
    return any(part.startswith("_") and part != "_" for part in name.split("/")[:-1])


def environment(folders: list[Path], cache_root: Path | None = None) -> jinja2.Environment:
    """A strict environment: undefined names are errors, output is never HTML-escaped.

    With ``cache_root``, compiled templates are kept under it (Jinja checks each against its
    source), and formatted snippets in the formatter's cache.
    """
    bytecode = _bytecode_dir(cache_root / "jinja") if cache_root is not None else None
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader([str(f) for f in folders]),
            jinja2.PrefixLoader(
                {BUILTIN_PREFIX: jinja2.FileSystemLoader(str(builtin_root()))}, delimiter=":"
            ),
        ]
    )
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(bytecode)) if bytecode else None,
    )
    env.filters.update(FILTERS)
    if cache_root is not None:
        env.filters["python_snippet"] = partial(
            python_snippet, cache_dir=cache_root / formatting.CACHE_FOLDER
        )
    return env


def comment(text: object) -> str:
    """Text safe inside a ``#`` comment: one line."""
    return " ".join(str(text).split())


def md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def fits_line(code: object) -> bool:
    """Whether generated code fits on one line (black's line length): else the template wraps it."""
    return len(str(code)) <= formatting.LINE_LENGTH


def anchor(heading: object) -> str:
    """The fragment GitHub gives a Markdown heading (github-slugger): lower case, punctuation
    other than ``-`` and ``_`` dropped, spaces to ``-``. Headings must be unique to keep it."""
    return re.sub(r"[^\w\- ]", "", str(heading).strip().lower()).replace(" ", "-")


def python_snippet(code: object, cache_dir: Path | None = None) -> str:
    """A documentation snippet formatted like the generated code (black), so long literals wrap."""
    return formatting.format_cached("README.md", str(code), cache_dir).rstrip("\n")


def import_order(items: Iterable[Any], attribute: str | None = None) -> list[Any]:
    """Names (or objects by a name ``attribute``) sorted as isort sorts names and modules in an
    import block: constants, classes, the rest, each case-insensitively, numbers as numbers."""
    return sorted(
        items, key=lambda item: member_key(str(getattr(item, attribute) if attribute else item))
    )


def tojson(value: object, indent: int | None = None) -> str:
    """JSON with stable key order."""
    return json.dumps(value, indent=indent, ensure_ascii=False)


FILTERS: dict[str, Any] = {
    "docstring": python_literals.docstring,
    "pyrepr": python_literals.python_literal,
    "parameter": python_literals.parameter,
    "comment": comment,
    "md_cell": md_cell,
    "fits_line": fits_line,
    "anchor": anchor,
    "python_snippet": python_snippet,
    "json": tojson,
    "imports": imports.resource_imports,
    "import_order": import_order,
    "snake": naming.snake,
    "pascal": naming.pascal,
}


class Renderer:
    """The templates of one run: their search path and Jinja environment, each made once.

    ``render_all`` renders the output templates, ``with_headers`` puts the file header in front of
    any file (the models module too), ``datamodel_templates`` is the folder handed to
    datamodel-code-generator; all three use the same search path.
    """

    def __init__(
        self, user_folders: tuple[Path, ...], style: str, cache_root: Path | None = None
    ) -> None:
        self.folders = search_path(user_folders, style)
        self._cache_root = cache_root

    @cached_property
    def env(self) -> jinja2.Environment:
        """The Jinja environment over :attr:`folders`."""
        return environment(self.folders, self._cache_root)

    @property
    def datamodel_templates(self) -> Path | None:
        """The first ``_datamodel`` folder of the search path (datamodel-code-generator templates)."""
        return next((f / "_datamodel" for f in self.folders if (f / "_datamodel").is_dir()), None)

    def render_all(self, api: Api) -> dict[str, str]:
        """Render every output template: relative output path → text."""
        files: dict[str, str] = {}
        for source in output_templates(self.folders):
            targets = dict(_targets(source, api))
            contexts = [template_context(api, resource, path) for path, resource in targets.items()]
            files.update(zip(targets, _render(self.env, source, contexts), strict=True))
        return files

    def with_headers(self, api: Api, files: dict[str, str]) -> dict[str, str]:
        """Every file with the rendered :data:`FILE_HEADER` in front."""
        folder = next((f for f in self.folders if (f / FILE_HEADER).is_file()), None)
        if folder is None:
            return files
        contexts = [template_context(api, None, path) for path in files]
        headers = _render(self.env, TemplateSource(FILE_HEADER, folder), contexts)
        return {
            path: header + text for header, (path, text) in zip(headers, files.items(), strict=True)
        }


def _bytecode_dir(cache_dir: Path) -> Path | None:
    """The folder of compiled templates, created on demand (None if it cannot be)."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache that cannot be written only costs speed
    return cache_dir


#: The variables every template receives, with what each holds (docs/templates.md lists them).
CONTEXT_VARIABLES: dict[str, str] = {
    "api": "The whole API (`Api`).",
    "resource": "The resource group being rendered (`Resource`) in a `{resource}` template, else `None`.",
    "context_version": "Version of this context (an `int`); see the changelog below.",
    "generator_version": "Version of sdkgen (a `str`).",
    "path": "The output file's path relative to the output folder (`humanloop/_client.py`).",
}


def template_context(api: Api, resource: Resource | None, path: str) -> dict[str, Any]:
    """What a template is rendered with: the keys of :data:`CONTEXT_VARIABLES`."""
    return {
        "api": api,
        "resource": resource,
        "path": path,
        "context_version": CONTEXT_VERSION,
        "generator_version": __version__,
    }


def _targets(source: TemplateSource, api: Api) -> Iterator[tuple[str, Resource | None]]:
    path = source.output.replace("{package}", api.package)
    if not source.per_resource:
        yield path, None
        return
    for resource in (api.root, *api.resources):
        if resource.operations:
            yield path.replace("{resource}", resource.module), resource


def _render(
    env: jinja2.Environment, source: TemplateSource, contexts: list[dict[str, Any]]
) -> list[str]:
    """One template rendered with each context (loaded and checked once); a plain file copied."""
    if not source.rendered:
        return [(source.folder / source.name).read_text(encoding="utf-8")] * len(contexts)
    try:
        template = env.get_template(source.name)
        if not _is_builtin(
            template
        ):  # parsing the built-ins again costs more than rendering; tests check them
            _check_blocks(env, template)
        return [template.render(context) for context in contexts]
    except jinja2.TemplateSyntaxError as exc:
        raise GeneratorError(
            f"template syntax error: {exc.message}",
            Location(exc.filename or source.name, "", exc.lineno),
        ) from None
    except jinja2.TemplateError as exc:
        raise GeneratorError(
            f"template error: {exc.message or exc}",
            _template_frame(source),
            hint="an undefined name is usually a typo; see docs/templates.md for the context",
        ) from None


def _check_blocks(env: jinja2.Environment, template: jinja2.Template) -> None:
    """Refuse a block that the extended template does not have: Jinja would silently drop it."""
    parent = _extended(env, template)
    if parent is None:
        return
    known = _all_blocks(env, parent)
    unknown = sorted(set(template.blocks) - known)
    if unknown:
        raise GeneratorError(
            f"block(s) {', '.join(unknown)} not found in {parent.name}",
            Location(str(template.filename), "", _block_line(_source(template), unknown[0])),
            hint=f"blocks it has: {', '.join(sorted(known))} (see `sdkgen templates list`)",
        )


def _all_blocks(env: jinja2.Environment, template: jinja2.Template) -> set[str]:
    """Blocks of a template and of every template it extends."""
    parent = _extended(env, template)
    return set(template.blocks) | (_all_blocks(env, parent) if parent is not None else set())


def _extended(env: jinja2.Environment, template: jinja2.Template) -> jinja2.Template | None:
    """The template that ``template`` extends by a constant name, if any."""
    extends = next(env.parse(_source(template)).find_all(jinja2.nodes.Extends), None)
    if extends is None or not isinstance(extends.template, jinja2.nodes.Const):
        return None
    return env.get_template(extends.template.value)


def _is_builtin(template: jinja2.Template) -> bool:
    return template.filename is not None and Path(template.filename).is_relative_to(builtin_root())


def _source(template: jinja2.Template) -> str:
    # by file, not by name: a template reached through the prefix loader is named without it
    assert template.filename is not None  # every loader here reads files
    return Path(template.filename).read_text(encoding="utf-8")


def _block_line(source: str, block: str) -> int | None:
    for number, line in enumerate(source.splitlines(), 1):
        if f"block {block}" in line:
            return number
    return None


def _template_frame(source: TemplateSource) -> Location:
    """The innermost template file and line of the exception being handled."""
    tb = sys.exc_info()[2]
    location = Location(str(source.folder / source.name))
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            location = Location(filename, "", tb.tb_lineno)
        tb = tb.tb_next
    return location
