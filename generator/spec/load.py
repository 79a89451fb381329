"""Read an OpenAPI document (YAML or JSON) and validate it, reporting file, JSON pointer and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import background
from generator.errors import GeneratorError, Location
from generator.spec import limits, validation, validation_cache
from generator.spec.findings import Finding, raise_for_errors, strictly
from generator.spec.pointers import component_key, line_of, pointer_of, resolve
from generator.spec.yaml_json import JsonLoader


@dataclass(frozen=True)
class Document:
    """A parsed OpenAPI document and where it came from."""

    path: Path
    data: dict[str, Any]
    converted_from: str = ""
    """``"swagger 2.0"`` when ``data`` is the OpenAPI 3.0 the file was converted to: pointers into
    ``data`` are then mapped back to the file's (see :mod:`generator.spec.swagger`)."""

    def source_pointer(self, pointer: str) -> str:
        """Where in the user's file the node at ``pointer`` in :attr:`data` was written."""
        return self.source_pointers([pointer])[0]

    def source_pointers(self, pointers: list[str]) -> list[str]:
        """:meth:`source_pointer` of each (the file is read again once, if it was converted)."""
        if not self.converted_from:
            return pointers
        from generator.spec import swagger

        original = _parse(self.path)
        return [swagger.original_pointer(pointer, self.data, original) for pointer in pointers]

    def locate(self, pointer: str) -> Location:
        """The location of ``pointer`` in the source file, with its line when it can be found."""
        source = self.source_pointer(pointer)
        return Location(str(self.path), source, line_of(self.path, source))


def load(path: Path, cache: Path | None = None, *, strict: bool = False) -> Document:
    """Read, parse and check ``path``; raise :class:`GeneratorError` on an error (``strict``: on a
    warning too). The warnings are in :func:`load_validating_in_background`'s ``wait()``.

    With ``cache`` (a folder), a document whose findings :mod:`generator.spec.validation_cache`
    knows is not validated again, and a Swagger 2.0 file is not converted again.
    """
    document, pending = load_validating_in_background(path, cache, in_background=False)
    pending.wait(strict=strict)
    return document


@dataclass
class PendingValidation:
    """Checking running beside the caller's work; :meth:`wait` raises if the document has errors."""

    document: Document
    cache_dir: Path | None
    key: str
    known: tuple[Finding, ...] | None
    """The findings :mod:`generator.spec.validation_cache` knew (located in the file, without their
    lines: prose edits move them), or None."""
    job: background.Job[tuple[Finding, ...]] | None = None

    def wait(self, *, strict: bool = False) -> tuple[Finding, ...]:
        """Block until checking is done; the warnings, or :class:`GeneratorError` for the first error."""
        if self.job is not None:
            found = self.job.result()
        elif self.known is not None:
            found = validation.with_lines(self.document, self.known)
        else:
            found = validation.check(self.document)
        if self.known is None:
            validation_cache.remember(self.cache_dir, self.key, found)
        self.known, self.job = found, None
        return raise_for_errors(strictly(found) if strict else found, str(self.document.path))


def load_validating_in_background(
    path: Path, cache: Path | None = None, *, in_background: bool = True
) -> tuple[Document, PendingValidation]:
    """Read and parse ``path`` now; check it in another process while the caller goes on.

    Validation is one of the slowest parts of a cold run and needs nothing but the document, so
    the pipeline builds, renders and formats meanwhile, and waits before it writes anything.
    """
    document = _parse_document(path, cache / "converted" if cache else None)
    cache_dir = cache / "validated" if cache else None
    data_key = validation_cache.key(document.data)
    pending = PendingValidation(
        document, cache_dir, data_key, validation_cache.known_findings(cache_dir, data_key)
    )
    if in_background and pending.known is None:
        pending.job = background.Job(validation.check, document)
    elif in_background and pending.known:  # only lines to find, but that reads the file again
        pending.job = background.Job(validation.with_lines, document, pending.known)
    return document, pending


def _parse_document(path: Path, converted_cache: Path | None) -> Document:
    data = _parse(path)
    too_big = limits.excess(data)
    if too_big is not None:
        pointer = pointer_of(list(too_big.path))
        raise GeneratorError(
            f"document refused: {too_big.problem}",
            Location(str(path), pointer, line_of(path, pointer) if pointer else 1),
            hint="an OpenAPI document is a tree of plain values; expand or remove the aliases (&anchor/*alias)",
        )
    converted_from = ""
    if isinstance(data, dict) and str(data.get("swagger", "")).startswith("2"):
        from generator.spec import swagger

        data, converted_from = swagger.convert(path, data, converted_cache), "swagger 2.0"
    if not isinstance(data, dict) or "openapi" not in data:
        raise GeneratorError(
            "not an OpenAPI document: the top level must be a mapping with an 'openapi' key",
            Location(str(path), "", 1),
            hint="check that --spec points at an OpenAPI 3.0 or 3.1 (or Swagger 2.0) file",
        )
    document = Document(path, data, converted_from)
    _check_refs(document)
    _check_inheritance_cycles(document)
    return document


def _parse(path: Path) -> Any:
    try:
        if path.stat().st_size > limits.MAX_FILE_BYTES:
            raise GeneratorError(
                f"document refused: the file is larger than {limits.MAX_FILE_BYTES // 2**20} MB",
                Location(str(path)),
                hint="no public API's document comes near this; check that --spec names the right file",
            )
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise GeneratorError(
            "file not found",
            Location(str(path)),
            hint="check the path: it is --spec's, else `spec` in [tool.sdkgen] (relative to its pyproject.toml)",
        ) from None
    except UnicodeDecodeError as exc:
        raise GeneratorError(
            f"not UTF-8 text: byte {exc.object[exc.start]:#04x} at offset {exc.start} cannot be decoded",
            Location(str(path), "", exc.object[: exc.start].count(b"\n") + 1),
            hint="OpenAPI documents are UTF-8; re-save the file as UTF-8",
        ) from None
    except OSError as exc:
        raise GeneratorError(f"cannot read file: {exc}", Location(str(path))) from None
    if not text.strip():
        raise GeneratorError(
            "the file is empty",
            Location(str(path)),
            hint="an OpenAPI document starts with `openapi: 3.1.0` (or 3.0.x)",
        )
    try:
        parsed = _parse_text(path, text)
        if parsed is None:  # YAML of comments only
            raise GeneratorError(
                "the file holds no document, only comments",
                Location(str(path)),
                hint="an OpenAPI document starts with `openapi: 3.1.0` (or 3.0.x)",
            )
        return parsed
    except RecursionError:  # the parsers recurse once per level of nesting
        raise GeneratorError(
            f"document refused: it nests more than {limits.MAX_DEPTH} levels deep",
            Location(str(path)),
            hint="an OpenAPI document nests a few dozen levels at most; check the file",
        ) from None


def _parse_text(path: Path, text: str) -> Any:
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise GeneratorError(
                f"invalid JSON: {exc.msg}", Location(str(path), "", exc.lineno)
            ) from None
    try:
        return yaml.load(text, Loader=JsonLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise GeneratorError(
            f"invalid YAML: {exc.problem}", Location(str(path), "", line)
        ) from None
    except yaml.YAMLError as exc:
        raise GeneratorError(f"invalid YAML: {exc}", Location(str(path))) from None


#: Keys whose values are literal data or extensions, not OpenAPI: a ``$ref`` in them is not ours.
_NOT_OPENAPI = frozenset({"example", "default", "enum", "const", "value"})


def _walk_refs(node: Any, path: list[object]) -> Iterator[tuple[list[object], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield path + ["$ref"], ref
        for key, value in node.items():
            if key not in _NOT_OPENAPI and not str(key).startswith("x-"):
                yield from _walk_refs(value, path + [key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, path + [index])


def _check_refs(document: Document) -> None:
    for path, ref in _walk_refs(document.data, []):
        if not ref.startswith("#"):
            raise GeneratorError(
                f"external $ref {ref!r} is not supported",
                document.locate(pointer_of(path)),
                hint="bundle the document into one file first (e.g. `redocly bundle`)",
            )
        try:
            target = resolve(document.data, ref[1:])
        except KeyError:
            raise GeneratorError(
                f"$ref {ref!r} points at nothing",
                document.locate(pointer_of(path)),
                hint="fix the reference or add the missing component",
            ) from None
        if not isinstance(
            target, (dict, bool)
        ):  # every OpenAPI $ref names an object (or a 3.1 boolean schema)
            raise GeneratorError(
                f"$ref {ref!r} points at {_kind_of(target)}, not at a schema or other object",
                document.locate(pointer_of(path)),
                hint="a $ref names a whole component, e.g. '#/components/schemas/Pet'",
            )


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    return (
        "a list"
        if isinstance(value, list)
        else "a string" if isinstance(value, str) else "a number"
    )


def _check_inheritance_cycles(document: Document) -> None:
    """Refuse a schema made of itself through ``$ref`` and ``allOf`` alone: it has no end.

    (Recursion through ``properties`` or ``items`` is fine: a tree's children are trees.)
    """
    schemas = (document.data.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return
    done: set[str] = set()
    for name in schemas:
        cycle = _cycle_from(schemas, name, [], done)
        if cycle:
            raise GeneratorError(
                f"schema {name!r} is made of itself: {' → '.join(cycle)} (through $ref and allOf)",
                document.locate(pointer_of(["components", "schemas", name])),
                hint="a schema can refer to itself only inside properties or items; break the cycle",
            )


def _cycle_from(schemas: dict[str, Any], name: str, path: list[str], done: set[str]) -> list[str]:
    if name in path:
        return [*path[path.index(name) :], name]
    if name in done or name not in schemas:
        return []
    for part in _made_of(schemas[name]):
        cycle = _cycle_from(schemas, part, [*path, name], done)
        if cycle:
            return cycle
    done.add(name)
    return []


def _made_of(schema: Any) -> Iterator[str]:
    """Names of the component schemas that ``schema`` is made of: its ``$ref``, its ``allOf``'s."""
    if not isinstance(schema, dict):
        return
    key = component_key(schema.get("$ref"))
    if key is not None:
        yield key
    for member in schema.get("allOf") or []:
        yield from _made_of(member)


def title_of(path: Path) -> str:
    """The document's ``info.title`` (``""`` if it has none); raises as :func:`load` does when the
    file cannot be read or parsed."""
    data = _parse(path)
    info = data.get("info") if isinstance(data, dict) else None
    title = info.get("title") if isinstance(info, dict) else None
    return str(title) if title else ""
