"""Checks on spec/humanloop.yaml, the hand-written OpenAPI document the SDK is generated from.

The method list comes from tests/fixtures/seed_methods.json, extracted from the README of the
published TypeScript SDK by tests/fixtures/extract_seed_methods.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.support.helpers import FIXTURES, ROOT

SPEC_PATH = ROOT / "spec" / "humanloop.yaml"
SEED_METHODS = json.loads((FIXTURES / "seed_methods.json").read_text(encoding="utf-8"))
SEED_README = ROOT.parent / "shared" / "seed" / "humanloop-node-README.md"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
STREAMING_METHODS = {
    "chat",
    "chat_deployed",
    "chat_experiment",
    "chat_model_configuration",
    "complete",
    "complete_deployed",
    "complete_experiment",
    "complete_model_configuration",
}
PAGINATED_METHODS = {
    "projects.list",
    "projects.export",
    "sessions.list",
    "datasets.list_datapoints",
    "evaluations.list_datapoints",
}
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> Spec:
    with SPEC_PATH.open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    assert isinstance(document, dict)
    return document


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, HTTP method, operation) for every operation in the document."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def method_name(op: dict[str, Any]) -> str:
    """The operation's place on the client: "group.name", or "name" on the client itself."""
    group = op.get("x-sdkgen-group")
    return f"{group}.{op['x-sdkgen-name']}" if group else str(op["x-sdkgen-name"])


def pointer(spec: Spec, ref: str) -> Any:
    """Follow a local JSON-pointer reference ("#/components/schemas/X")."""
    assert ref.startswith("#/"), f"non-local $ref {ref!r}"
    node: Any = spec
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[token]
    return node


def resolve(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = pointer(spec, node["$ref"])
    return node


def walk_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from walk_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_refs(value)


def is_object_schema(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def body_parameter_names(spec: Spec, op: dict[str, Any]) -> set[str]:
    """The SDK arguments a request body becomes.

    An object body is flattened into its top-level properties; so is a oneOf/anyOf body with exactly
    one object variant (the others being lists of it). Any other body (an array, or a union of
    several object shapes) is passed whole as `request_body`.
    """
    if "requestBody" not in op:
        return set()
    body = resolve(spec, op["requestBody"])
    schema = resolve(spec, body["content"]["application/json"]["schema"])
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants is not None:
        objects = [v for v in (resolve(spec, v) for v in variants) if is_object_schema(v)]
        if len(objects) != 1:
            return {"request_body"}
        schema = objects[0]
    if not is_object_schema(schema):
        return {"request_body"}
    return set(schema.get("properties", {}))


def parameter_names(spec: Spec, path: str, op: dict[str, Any]) -> set[str]:
    shared = spec["paths"][path].get("parameters", [])
    params = [resolve(spec, p) for p in [*shared, *op.get("parameters", [])]]
    names = {p["name"] for p in params if p["in"] in ("path", "query")}
    return names | body_parameter_names(spec, op)


def test_document_is_valid_openapi_3_1(spec: Spec) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_fixture_has_every_seed_method() -> None:
    assert len(SEED_METHODS) == 58
    assert len({m["name"] for m in SEED_METHODS}) == 58


@pytest.mark.skipif(not SEED_README.exists(), reason=f"seed README not present at {SEED_README}")
def test_fixture_matches_seed_readme() -> None:
    script = FIXTURES / "extract_seed_methods.py"
    out = subprocess.run(
        [sys.executable, str(script), str(SEED_README)], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(out) == SEED_METHODS


def test_operations_are_exactly_the_seed_methods(spec: Spec) -> None:
    names = [method_name(op) for _, _, op in operations(spec)]
    assert len(names) == len(set(names)), "two operations share a client method name"
    assert sorted(names) == sorted(m["name"] for m in SEED_METHODS)


@pytest.mark.parametrize("seed", SEED_METHODS, ids=[m["name"] for m in SEED_METHODS])
def test_operation_matches_seed_method(spec: Spec, seed: dict[str, Any]) -> None:
    found = [(p, m, op) for p, m, op in operations(spec) if method_name(op) == seed["name"]]
    assert len(found) == 1, f"{seed['name']}: {len(found)} operations"
    path, method, op = found[0]
    assert (method.upper(), path) == (seed["method"], seed["path"])
    if "." not in seed["name"]:
        assert "x-sdkgen-group" not in op
    assert parameter_names(spec, path, op) == set(seed["parameters"])


def test_parameters_are_complete(spec: Spec) -> None:
    for path, method, op in operations(spec):
        path_params = set(re.findall(r"{(\w+)}", path))
        declared = {}
        for raw in op.get("parameters", []):
            param = resolve(spec, raw)
            declared[param["name"]] = param
            where = f"{method.upper()} {path} {param['name']}"
            assert param["in"] in ("path", "query"), where
            assert param.get("description"), f"{where}: no description"
            assert "schema" in param, where
            assert "example" in param or "examples" in param, f"{where}: no example"
            if param["in"] == "path":
                assert param.get("required") is True, where
        assert path_params <= set(declared), f"{method.upper()} {path}: undeclared path parameter"


def test_every_ref_resolves(spec: Spec) -> None:
    refs = set(walk_refs(spec))
    assert refs, "no $ref at all"
    for ref in sorted(refs):
        try:
            pointer(spec, ref)
        except (KeyError, TypeError, IndexError, AssertionError) as exc:
            pytest.fail(f"$ref {ref!r} does not resolve: {exc!r}")


def test_no_component_schema_is_unused(spec: Spec) -> None:
    seen: set[str] = set()
    pending = list(walk_refs(spec["paths"]))
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        pending.extend(walk_refs(pointer(spec, ref)))
    used = {ref.rsplit("/", 1)[1] for ref in seen if ref.startswith("#/components/schemas/")}
    unused = set(spec["components"]["schemas"]) - used
    assert not unused, f"component schemas not reachable from any operation: {sorted(unused)}"


def test_every_operation_has_a_typed_success_response(spec: Spec) -> None:
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        success = {
            code: resolve(spec, r) for code, r in op["responses"].items() if code.startswith("2")
        }
        assert success, f"{where}: no 2xx response"
        for code, response in success.items():
            if code == "204":
                assert "content" not in response, f"{where}: 204 with a body"
                continue
            content = response.get("content") or {}
            assert "application/json" in content, f"{where} {code}: no JSON content"
            for media in content.values():
                assert media.get("schema"), f"{where} {code}: content without schema"


def test_streaming_operations_answer_server_sent_events(spec: Spec) -> None:
    streaming = set()
    for path, _method, op in operations(spec):
        content = resolve(spec, op["responses"].get("200", {})).get("content", {})
        if "text/event-stream" not in content:
            continue
        streaming.add(method_name(op))
        chunk = resolve(spec, content["text/event-stream"]["schema"])
        assert is_object_schema(chunk), f"{path}: event-stream chunk is not an object schema"
        assert "application/json" in content, f"{path}: streaming op without a JSON response"
        body = resolve(
            spec, resolve(spec, op["requestBody"])["content"]["application/json"]["schema"]
        )
        stream = body["properties"]["stream"]
        assert stream["type"] == "boolean" and stream.get("default") is False, path
    assert streaming == STREAMING_METHODS


def test_every_operation_has_name_tag_security_and_422(spec: Spec) -> None:
    declared_tags = {t["name"] for t in spec.get("tags", [])}
    schemes = spec["components"]["securitySchemes"]
    api_key = schemes["APIKeyHeader"]
    assert (api_key["type"], api_key["in"], api_key["name"]) == ("apiKey", "header", "X-API-KEY")
    operation_ids = []
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        operation_ids.append(op.get("operationId"))
        assert SNAKE_CASE.match(op.get("operationId") or ""), f"{where}: operationId"
        assert SNAKE_CASE.match(op.get("x-sdkgen-name") or ""), f"{where}: x-sdkgen-name"
        if "x-sdkgen-group" in op:
            assert SNAKE_CASE.match(op["x-sdkgen-group"]), where
        assert op.get("summary") and op.get("description"), f"{where}: summary/description"
        tags = op.get("tags") or []
        assert len(tags) == 1 and tags[0] in declared_tags, f"{where}: tags {tags}"
        assert tags[0] == op.get("x-sdkgen-group", tags[0]), f"{where}: tag is not the group"
        security = op.get("security", spec.get("security"))
        assert security, f"{where}: no security requirement"
        for requirement in security:
            assert requirement and set(requirement) <= set(schemes), f"{where}: {requirement}"
        if op.get("parameters") or op.get("requestBody"):
            error = resolve(spec, op["responses"].get("422", {}))
            schema = error.get("content", {}).get("application/json", {}).get("schema", {})
            assert schema.get("$ref") == "#/components/schemas/HTTPValidationError", f"{where}: 422"
    assert len(operation_ids) == len(set(operation_ids)), "duplicate operationId"
    top_level = {
        t for _, _, op in operations(spec) for t in op["tags"] if "x-sdkgen-group" not in op
    }
    assert len(top_level) == 1, "top-level methods should share one tag"


def test_validation_error_schema(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    detail = schemas["HTTPValidationError"]["properties"]["detail"]
    assert detail["type"] == "array"
    assert resolve(spec, detail["items"]) is schemas["ValidationError"]
    error = schemas["ValidationError"]
    assert set(error["required"]) == {"loc", "msg", "type"}
    loc_items = error["properties"]["loc"]["items"]["anyOf"]
    assert {item["type"] for item in loc_items} == {"string", "integer"}


def test_pagination_extension(spec: Spec) -> None:
    paginated = set()
    for path, _method, op in operations(spec):
        if "x-sdkgen-pagination" not in op:
            continue
        paginated.add(method_name(op))
        pagination = op["x-sdkgen-pagination"]
        assert set(pagination) == {"items", "page-param", "size-param", "total", "first-page"}, path
        query = {
            resolve(spec, p)["name"]: resolve(spec, p)
            for p in op["parameters"]
            if resolve(spec, p)["in"] == "query"
        }
        assert {pagination["page-param"], pagination["size-param"]} <= set(query), path
        # The page the server returns when asked for none is the first one.
        page_default = query[pagination["page-param"]]["schema"]["default"]
        assert pagination["first-page"] == page_default, path
        # The seed documents "Page offset" (from 0) or "Page to fetch. Starts from 1."
        description = query[pagination["page-param"]]["description"]
        assert pagination["first-page"] == (1 if "Starts from 1" in description else 0), path
        body = resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
        assert body["properties"][pagination["items"]]["type"] == "array", path
        assert body["properties"][pagination["total"]]["type"] == "integer", path
    assert paginated == PAGINATED_METHODS


def test_client_parameters_point_at_provider_api_keys(spec: Spec) -> None:
    entries = spec["x-sdkgen-client-parameters"]
    provider_keys = spec["components"]["schemas"]["ProviderApiKeys"]["properties"]
    assert {e["body-field"][1] for e in entries} == set(provider_keys)
    for entry in entries:
        assert SNAKE_CASE.match(entry["name"]) and entry["description"], entry
        assert entry["body-field"][0] == "provider_api_keys", entry
    with_keys = [
        op for _, _, op in operations(spec) if "provider_api_keys" in body_parameter_names(spec, op)
    ]
    assert with_keys, "no request body has provider_api_keys"


def test_examples_match_their_schemas(spec: Spec) -> None:
    """Mock servers and the generated README show these values, so each must be valid."""
    base = "urn:humanloop-spec"
    registry = Registry().with_resource(base, Resource.from_contents(spec, DRAFT202012))
    checked, invalid = 0, []

    def check(pointer_: str, value: Any) -> None:
        nonlocal checked
        checked += 1
        validator = OAS31Validator({"$ref": f"{base}#{pointer_}"}, registry=registry)
        error = next(iter(validator.iter_errors(value)), None)
        if error is not None:
            invalid.append(f"{pointer_}: {error.message}")

    def walk(node: Any, pointer_: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("examples"), list) and "/schema" in pointer_:
                for example in node["examples"]:
                    check(pointer_, example)
            if "example" in node and "schema" in node:
                check(f"{pointer_}/schema", node["example"])
            for key, value in node.items():
                walk(value, f"{pointer_}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer_}/{index}")

    walk(spec, "")
    assert checked > 100
    assert not invalid, invalid
