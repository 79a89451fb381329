"""Read an OpenAPI document (YAML or JSON) and validate it, reporting file, JSON pointer and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import background
from generator.errors import GeneratorError, Location
from generator.spec import validation_cache
from generator.spec.pointers import component_key, line_of, pointer_of, resolve

try:  # the C loader is ~10x faster on large specs; fall back where libyaml is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(_BaseLoader):
    """YAML read as the JSON it stands for (YAML 1.2's core schema, not PyYAML's 1.1).

    An unquoted ``2024-01-15`` stays a string (1.1 makes it a date, which JSON, and so OpenAPI
    and every tool after us, has no type for), and ``1e-08`` is a number (1.1 wants a dot).
    """

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?[0-9]+[eE][-+]?[0-9]+$"), list("-+0123456789")
)


@dataclass(frozen=True)
class Document:
    """A parsed, validated OpenAPI document and where it came from."""

    path: Path
    data: dict[str, Any]

    def locate(self, pointer: str) -> Location:
        """The location of ``pointer`` in the source file, with its line when it can be found."""
        return Location(str(self.path), pointer, line_of(self.path, pointer))


def load(path: Path, cache_dir: Path | None = None) -> Document:
    """Read, parse and validate ``path``; raise :class:`GeneratorError` on any problem.

    With ``cache_dir``, a document that :mod:`generator.spec.validation_cache` knows to be valid is not
    validated again.
    """
    document, pending = load_validating_in_background(path, cache_dir, in_background=False)
    pending.wait()
    return document


@dataclass
class PendingValidation:
    """Validation running beside the caller's work; :meth:`wait` raises if the document is invalid."""

    document: Document
    cache_dir: Path | None
    known_valid: bool
    """Whether :mod:`generator.spec.validation_cache` knew the document (up to its prose) to be valid."""
    key: str
    job: background.Job[None] | None = None

    def wait(self) -> None:
        """Block until validation is done; raise :class:`GeneratorError` for an invalid document."""
        if self.known_valid:
            return
        if self.job is None:
            _validate(self.document)
        else:
            self.job.result()
        validation_cache.remember_valid(self.cache_dir, self.key)
        self.known_valid = True


def load_validating_in_background(
    path: Path, cache_dir: Path | None = None, *, in_background: bool = True
) -> tuple[Document, PendingValidation]:
    """Read and parse ``path`` now; validate it in another process while the caller goes on.

    Validation is one of the slowest parts of a cold run and needs nothing but the document, so
    the pipeline builds, renders and formats meanwhile, and waits before it writes anything.
    """
    document = _parse_document(path)
    data_key = validation_cache.key(document.data)
    pending = PendingValidation(document, cache_dir, validation_cache.is_known_valid(cache_dir, data_key), data_key)
    if in_background and not pending.known_valid:
        pending.job = background.Job(_validate, document)
    return document, pending


def _parse_document(path: Path) -> Document:
    data = _parse(path)
    if not isinstance(data, dict) or "openapi" not in data:
        raise GeneratorError(
            "not an OpenAPI document: the top level must be a mapping with an 'openapi' key",
            Location(str(path), "", 1),
            hint="check that --spec points at an OpenAPI 3.0 or 3.1 file",
        )
    document = Document(path, data)
    _check_refs(document)
    _check_inheritance_cycles(document)
    return document


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GeneratorError(
            "file not found", Location(str(path)), hint="pass --spec or set 'spec' in [tool.sdkgen]"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"cannot read file: {exc}", Location(str(path))) from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise GeneratorError(f"invalid JSON: {exc.msg}", Location(str(path), "", exc.lineno)) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise GeneratorError(f"invalid YAML: {exc.problem}", Location(str(path), "", line)) from None
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
        if not isinstance(target, (dict, bool)):  # every OpenAPI $ref names an object (or a 3.1 boolean schema)
            raise GeneratorError(
                f"$ref {ref!r} points at {_kind_of(target)}, not at a schema or other object",
                document.locate(pointer_of(path)),
                hint="a $ref names a whole component, e.g. '#/components/schemas/Pet'",
            )


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    return "a list" if isinstance(value, list) else "a string" if isinstance(value, str) else "a number"


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
        return [*path[path.index(name):], name]
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


def _validate(document: Document) -> None:
    # Imported here: it is slow to import, and a no-op regenerate never validates.
    from generator.spec.validators import OpenAPI30Validator, OpenAPI31Validator

    version = str(document.data.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPI31Validator(document.data)
    elif version.startswith("3.0"):
        validator = OpenAPI30Validator(document.data)
    else:
        raise GeneratorError(
            f"unsupported OpenAPI version {version!r}",
            document.locate("/openapi"),
            hint="sdkgen reads OpenAPI 3.0 and 3.1 documents",
        )
    try:
        error = next(iter(validator.iter_errors()), None)
    except Exception as exc:  # the validator's own crash on input it did not expect (found on real specs)
        raise GeneratorError(
            f"openapi-spec-validator could not check this document: {type(exc).__name__}: {exc}",
            Location(str(document.path)),
            hint="a keyword probably has a value of the wrong type, e.g. `minimum: \"0\"`; fix it and run again",
        ) from None
    if error is not None:
        pointer = _pointer_of_error(document.data, list(error.absolute_path), error.instance)
        raise GeneratorError(
            f"invalid OpenAPI document: {error.message}",
            document.locate(pointer),
            hint="`sdkgen validate SPEC` lists the problem; fix it and run again",
        )


def _pointer_of_error(data: Any, path: list[object], instance: Any) -> str:
    """Where in the document the invalid value is.

    Errors found while checking one schema on its own carry a path relative to that schema; the
    value is then found at the first place in the document whose path ends so and holds it.
    """
    pointer = pointer_of(path)
    try:
        if resolve(data, pointer) == instance:
            return pointer
    except KeyError:
        pass
    return next((pointer_of(found) for found in _paths_ending_with(data, [], path, instance)), pointer)


def _paths_ending_with(node: Any, at: list[object], tail: list[object], instance: Any) -> Iterator[list[object]]:
    if at[len(at) - len(tail):] == tail and node == instance:
        yield at
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in children:
        yield from _paths_ending_with(value, [*at, key], tail, instance)
