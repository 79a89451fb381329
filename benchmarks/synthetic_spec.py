"""A synthetic OpenAPI document of any size, shaped like a real API, for the growth benchmark.

``operations`` operations in resource groups of ten (list, create, get, update, delete and five
actions), and 0.8 schemas per operation as in GitHub's spec (969 for 1,223): per group a record,
its create and update bodies, a page of records, a status enum, a summary, an event (a
discriminated union of two payloads) and an inline-heavy settings object. Records refer to a
shared user schema and to the summary of another group (chosen by a seeded random number), so
most schemas join one big connected component, as GitHub's do; one group in five stands alone.
Usage: python benchmarks/synthetic_spec.py OPERATIONS > spec.json
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

OPERATIONS_PER_GROUP = 10


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def group_schemas(name: str, other: str | None) -> dict[str, Any]:
    """The eight schemas of one resource group; ``other`` is the group whose summary it links."""
    record = {
        "type": "object",
        "description": f"A {name} record.",
        "required": ["id", "name", "status", "created_at"],
        "properties": {
            "id": {"type": "integer", "description": "Unique identifier."},
            "name": {"type": "string", "maxLength": 100, "description": f"Name of the {name}."},
            "status": ref(f"{name}Status"),
            "created_at": {"type": "string", "format": "date-time"},
            "url": {"type": "string", "format": "uri"},
            "labels": {"type": "array", "items": {"type": "string"}},
            "settings": ref(f"{name}Settings"),
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    }
    if other is not None:
        record["properties"]["owner"] = ref("User")
        record["properties"]["related"] = {"type": "array", "items": ref(f"{other}Summary")}
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "labels": {"type": "array", "items": {"type": "string"}},
            "settings": ref(f"{name}Settings"),
        },
    }
    return {
        name: record,
        f"{name}Create": body,
        f"{name}Update": {key: value for key, value in body.items() if key != "required"},
        f"{name}Page": {
            "type": "object",
            "required": ["items", "total"],
            "properties": {
                "items": {"type": "array", "items": ref(name)},
                "total": {"type": "integer"},
            },
        },
        f"{name}Status": {"type": "string", "enum": ["active", "archived", "deleted"]},
        f"{name}Summary": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string", "nullable": True}},
        },
        f"{name}Event": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["created"]},
                        "record": ref(name),
                    },
                },
                {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["deleted"]},
                        "id": {"type": "integer"},
                    },
                },
            ],
        },
        f"{name}Settings": {
            "type": "object",
            "properties": {
                "notifications": {
                    "type": "object",
                    "properties": {
                        "email": {"type": "boolean"},
                        "frequency": {"type": "string", "enum": ["daily", "weekly"]},
                    },
                },
                "limits": {
                    "type": "object",
                    "properties": {
                        "max_items": {"type": "integer", "minimum": 1},
                        "burst": {"type": "integer"},
                    },
                },
            },
        },
    }


def group_paths(name: str, tag: str) -> dict[str, Any]:
    """The ten operations of one resource group."""
    one = f"/{tag}/{{id}}"
    record = {"200": {"description": "OK", "content": {"application/json": {"schema": ref(name)}}}}
    path_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]

    def operation(verb: str, summary: str, **extra: Any) -> dict[str, Any]:
        return {
            "operationId": f"{verb}{name}",
            "tags": [tag],
            "summary": summary,
            "responses": record,
            **extra,
        }

    def body(schema: str) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": ref(schema)}}}

    paths: dict[str, Any] = {
        f"/{tag}": {
            "get": {
                **operation("list", f"List {tag}."),
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "status", "in": "query", "schema": ref(f"{name}Status")},
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": ref(f"{name}Page")}},
                    }
                },
            },
            "post": operation("create", f"Create a {name}.", requestBody=body(f"{name}Create")),
        },
        one: {
            "parameters": path_id,
            "get": operation("get", f"Get a {name}."),
            "patch": operation("update", f"Update a {name}.", requestBody=body(f"{name}Update")),
            "delete": operation("delete", f"Delete a {name}."),
        },
    }
    for action in ("archive", "restore", "lock", "unlock", "sync"):
        paths[f"{one}/{action}"] = {
            "parameters": path_id,
            "post": operation(action, f"{action.title()} a {name}."),
        }
    return paths


def spec(operations: int) -> dict[str, Any]:
    rng = random.Random(operations)
    count = max(operations // OPERATIONS_PER_GROUP, 1)
    names = [f"Thing{number}" for number in range(count)]
    schemas: dict[str, Any] = {
        "User": {
            "type": "object",
            "required": ["login"],
            "properties": {
                "login": {"type": "string"},
                "id": {"type": "integer"},
                "site_admin": {"type": "boolean"},
            },
        }
    }
    paths: dict[str, Any] = {}
    for number, name in enumerate(names):
        other = None if number % 5 == 4 else names[rng.randrange(count)]
        schemas.update(group_schemas(name, other))
        paths.update(group_paths(name, f"things-{number}"))
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic API ({operations} operations)", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


if __name__ == "__main__":
    json.dump(spec(int(sys.argv[1])), sys.stdout, indent=1)
