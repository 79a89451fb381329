"""Parts of an API the generated SDK cannot express: each a warning at its place, never dropped silently.

The SDK calls operations under ``paths`` with path, query and header parameters, sending query
arrays as repeated parameters (``form``, exploded: OpenAPI's default) and everything else as text.
What falls outside that is listed here: webhooks and callbacks (requests the API makes, not the
client), cookie parameters, other serialisation styles, parameters described by ``content``, and
another server given for a path or an operation (the client has one base URL).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec.findings import Finding
from generator.spec.pointers import pointer_of, resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The styles the SDK serialises, by parameter location (OpenAPI's defaults, and ``form`` for query).
SUPPORTED_STYLES = {"path": {"simple"}, "query": {"form"}, "header": {"simple"}}


def findings(data: dict[str, Any]) -> Iterator[Finding]:
    """A warning for each webhook, callback, parameter or server the SDK leaves out."""
    webhooks = data.get("webhooks")
    if isinstance(webhooks, dict):
        for name in webhooks:
            yield Finding(
                "warning",
                "webhook",
                f"webhook {name!r} is not part of the SDK",
                pointer_of(["webhooks", name]),
                "webhooks are requests the API sends to you; handle them in your own server",
            )
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    base = _first_url(data.get("servers"))
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        if _first_url(item.get("servers")) not in (None, base):
            yield _servers(["paths", path, "servers"])
        yield from _parameters(data, item.get("parameters"), ["paths", path, "parameters"])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield from _operation(data, operation, ["paths", path, method], base)


def _first_url(servers: Any) -> str | None:
    """The URL of the first server listed (what the client calls), or None if none is."""
    first = servers[0] if isinstance(servers, list) and servers else None
    return str(first.get("url", "")).rstrip("/") if isinstance(first, dict) else None


def _operation(
    data: dict[str, Any], operation: dict[str, Any], at: list[object], base: str | None
) -> Iterator[Finding]:
    callbacks = operation.get("callbacks")
    if isinstance(callbacks, dict):
        for name in callbacks:
            yield Finding(
                "warning",
                "callback",
                f"callback {name!r} is not part of the SDK",
                pointer_of([*at, "callbacks", name]),
                "callbacks are requests the API sends to you; handle them in your own server",
            )
    if _first_url(operation.get("servers")) not in (None, base):
        yield _servers([*at, "servers"])
    yield from _parameters(data, operation.get("parameters"), [*at, "parameters"])


def _servers(at: list[object]) -> Finding:
    return Finding(
        "warning",
        "server",
        "a server given here is not used: the client calls the document's first server",
        pointer_of(at),
        "pass base_url= to the client to call another server",
    )


def _parameters(data: dict[str, Any], parameters: Any, at: list[object]) -> Iterator[Finding]:
    if not isinstance(parameters, list):
        return
    for index, raw in enumerate(parameters):
        parameter = _deref(data, raw)
        if not isinstance(parameter, dict):
            continue
        where, name = str(parameter.get("in", "")), str(parameter.get("name", ""))
        pointer = pointer_of([*at, index])
        if where == "cookie":
            yield Finding(
                "warning",
                "parameter",
                f"cookie parameter {name!r} is not an argument of the SDK's method",
                pointer,
                "send it with the client's cookies, or headers={'Cookie': ...}",
            )
            continue
        if "content" in parameter and "schema" not in parameter:
            yield Finding(
                "warning",
                "parameter",
                f"parameter {name!r} is described by `content`: its argument is typed Any "
                "and sent as JSON text",
                pointer,
                "describe it with `schema` for a typed argument",
            )
        style = parameter.get("style")
        if style is not None and where in SUPPORTED_STYLES and style not in SUPPORTED_STYLES[where]:
            yield Finding(
                "warning",
                "parameter",
                f"parameter {name!r} has style {style!r}, which the SDK does not "
                f"serialise: it is sent as {_sent_as(where)}",
                pointer,
                "pass the serialised value yourself, or use extra_query= / extra_headers=",
            )
        elif (
            where == "query"
            and parameter.get("explode") is False
            and _is_array(data, parameter.get("schema"))
        ):
            yield Finding(
                "warning",
                "parameter",
                f"query array {name!r} has explode: false (comma-separated); "
                "the SDK repeats the parameter instead",
                pointer,
                "pass ','.join(values) as one string to send it comma-separated",
            )


def _sent_as(where: str) -> str:
    return "repeated parameters (form style)" if where == "query" else "plain text (simple style)"


def _is_array(data: dict[str, Any], schema: Any) -> bool:
    target = _deref(data, schema)
    return isinstance(target, dict) and (
        target.get("type") == "array"
        or (isinstance(target.get("type"), list) and "array" in target["type"])
    )


def _deref(data: dict[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` names (``None`` if it dangles)."""
    for _ in range(64):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            return node
        try:
            node = resolve(data, ref[1:])
        except KeyError:
            return None
    return None
