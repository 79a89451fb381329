"""Swagger 2.0 documents, converted to OpenAPI 3.0 by swagger2openapi before anything else reads them.

swagger2openapi (npm) is the converter the OpenAPI tools' world relies on; no Python library
converts as completely. It runs under Node, found where a user has it: ``$SDKGEN_SWAGGER2OPENAPI``
(the executable), then ``swagger2openapi`` on ``PATH``, then ``node_modules/.bin`` in the current
folder or one above it (where ``npm install swagger2openapi`` puts it). Node is needed only for
Swagger 2.0; the conversion is cached by the file's content, so regenerating does not run it again.

Findings about the converted document point into the user's file: :func:`original_pointer` maps
each pointer back (``/components/schemas/X`` → ``/definitions/X``, a ``requestBody`` → its body
parameter, a response's ``content/*/schema`` → its ``schema``), to the deepest node that exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.cache import write_cache_file
from generator.errors import GeneratorError, Location
from generator.spec.pointers import parts_of, pointer_of

ENVIRONMENT_VARIABLE = "SDKGEN_SWAGGER2OPENAPI"
EXECUTABLE = "swagger2openapi"
#: The version the project tests with (tests/prism/package.json pins the same).
TESTED_VERSION = "7.0.8"
#: ``--patch``: fix what swagger2openapi knows how to fix (e.g. a path parameter not marked required).
OPTIONS = ("--patch",)
INSTALL_HINT = (
    f"Swagger 2.0 is converted to OpenAPI 3.0 by swagger2openapi (Node.js): run "
    f"`npm install -g {EXECUTABLE}@{TESTED_VERSION}` (or install it into ./node_modules), or set "
    f"{ENVIRONMENT_VARIABLE} to its executable; or convert the file yourself and pass the result"
)
TIMEOUT_SECONDS = 300


def find_converter() -> Path | None:
    """The swagger2openapi executable a user has, or None (see the module's docstring for where)."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured)
    on_path = shutil.which(EXECUTABLE)
    if on_path:
        return Path(on_path)
    for folder in (Path.cwd(), *Path.cwd().parents):
        candidate = folder / "node_modules" / ".bin" / EXECUTABLE
        if candidate.is_file():
            return candidate
    return None


def convert(path: Path, data: dict[str, Any], cache_dir: Path | None) -> dict[str, Any]:
    """``data`` (the Swagger 2.0 document read from ``path``) as OpenAPI 3.0."""
    source = json.dumps(data, sort_keys=True).encode()
    key = hashlib.sha256(source + repr(OPTIONS).encode()).hexdigest()
    cached = _cached(cache_dir, key)
    if cached is not None:
        return cached
    converter = find_converter()
    if converter is None:
        raise GeneratorError(
            "this is a Swagger 2.0 document, and swagger2openapi is not installed",
            Location(str(path), "/swagger", 1),
            hint=INSTALL_HINT,
        )
    with tempfile.TemporaryDirectory(prefix="sdkgen-swagger-") as folder:
        given, converted = Path(folder) / "swagger.json", Path(folder) / "openapi.json"
        given.write_bytes(source)
        try:
            run = subprocess.run(
                [str(converter), *OPTIONS, str(given), "--outfile", str(converted)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise GeneratorError(
                f"could not run swagger2openapi ({converter}): {exc}",
                Location(str(path)),
                hint=INSTALL_HINT,
            ) from None
        if run.returncode != 0 or not converted.is_file():
            said = (run.stderr or run.stdout).strip().replace(str(given), str(path)).splitlines()
            reason = next(
                (line.strip() for line in said if line.strip()), f"exit status {run.returncode}"
            )
            raise GeneratorError(
                f"swagger2openapi could not convert this Swagger 2.0 document: {reason}",
                Location(str(path)),
                hint="fix the document (`sdkgen validate` checks it once converted)",
            )
        result = json.loads(converted.read_text(encoding="utf-8"))
    _remember(cache_dir, key, result)
    return dict(result)


def _cached(cache_dir: Path | None, key: str) -> dict[str, Any] | None:
    if cache_dir is None:
        return None
    try:
        return dict(json.loads((cache_dir / f"{key}.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _remember(cache_dir: Path | None, key: str, converted: dict[str, Any]) -> None:
    if cache_dir is not None:
        write_cache_file(cache_dir / f"{key}.json", json.dumps(converted))


#: Component folders of OpenAPI 3.0 and where Swagger 2.0 kept them.
_COMPONENTS = {
    "schemas": "definitions",
    "parameters": "parameters",
    "responses": "responses",
    "securitySchemes": "securityDefinitions",
    "requestBodies": "parameters",
}


def original_pointer(pointer: str, converted: dict[str, Any], original: dict[str, Any]) -> str:
    """Where the node at ``pointer`` in the converted document was in the Swagger 2.0 one."""
    parts: list[object] = list(parts_of(pointer))
    if parts[:1] == ["components"] and len(parts) >= 3 and parts[1] in _COMPONENTS:
        rest = parts[3:]
        if parts[1] == "responses":
            rest = _response_rest(rest)
        elif parts[1] == "requestBodies":
            rest = _body_rest(rest)
        parts = [_COMPONENTS[str(parts[1])], parts[2], *rest]
    elif parts[:1] == ["servers"]:
        parts = ["host"]
    elif parts[:1] == ["paths"] and len(parts) >= 4:
        parts = [*parts[:3], *_operation_rest(parts[3:], converted, original, parts[:3])]
    return pointer_of(_existing(original, parts))


def _operation_rest(
    rest: list[object], converted: dict[str, Any], original: dict[str, Any], at: list[object]
) -> list[object]:
    head, tail = rest[0], rest[1:]
    operation = _node(original, at)
    parameters = operation.get("parameters") if isinstance(operation, dict) else None
    if head == "requestBody":
        index = _parameter_index(parameters, lambda p: p.get("in") in ("body", "formData"))
        field = tail[3] if tail[2:3] == ["properties"] and len(tail) > 3 else None
        if field is not None:
            by_name = _parameter_index(
                parameters, lambda p: p.get("in") == "formData" and p.get("name") == field
            )
            if by_name is not None:
                return ["parameters", by_name, *tail[4:]]
        return ["parameters", index, *_body_rest(tail)] if index is not None else ["parameters"]
    if head == "responses" and tail:
        return ["responses", tail[0], *_response_rest(tail[1:])]
    if head == "parameters" and tail:
        moved = _node(converted, [*at, "parameters", tail[0]])
        if isinstance(moved, dict):
            index = _parameter_index(
                parameters,
                lambda p: p.get("name") == moved.get("name") and p.get("in") == moved.get("in"),
            )
            if index is not None:
                return ["parameters", index, *(tail[2:] if tail[1:2] == ["schema"] else tail[1:])]
    return rest


def _parameter_index(parameters: Any, wanted: Any) -> int | None:
    if not isinstance(parameters, list):
        return None
    return next((i for i, p in enumerate(parameters) if isinstance(p, dict) and wanted(p)), None)


def _body_rest(rest: list[object]) -> list[object]:
    """``content/<type>/schema/...`` → ``schema/...``."""
    return ["schema", *rest[3:]] if rest[:1] == ["content"] and rest[2:3] == ["schema"] else []


def _response_rest(rest: list[object]) -> list[object]:
    if rest[:1] == ["content"] and rest[2:3] == ["schema"]:
        return ["schema", *rest[3:]]
    if rest[:1] == ["headers"] and rest[2:3] == ["schema"]:
        return ["headers", rest[1], *rest[3:]]
    return rest


def _node(data: Any, parts: list[object]) -> Any:
    for part in parts:
        if isinstance(data, dict) and str(part) in data:
            data = data[str(part)]
        elif isinstance(data, list) and str(part).isdigit() and int(str(part)) < len(data):
            data = data[int(str(part))]
        else:
            return None
    return data


def _existing(data: Any, parts: list[object]) -> list[object]:
    """The longest start of ``parts`` that names a node of ``data``."""
    found: list[object] = []
    for part in parts:
        child = _node(data, [part])
        if child is None and not (isinstance(data, dict) and str(part) in data):
            break
        found.append(part)
        data = child
    return found
