"""A schema extending another that retypes an inherited property becomes one object; one that only
narrows it stays a subclass (tests/fixtures/edge_openai_like.yaml, the shapes of OpenAI's
`FunctionToolCallResource` and `CreateModelResponseProperties`; generator/ir/overrides.py). That
the generated SDK then passes mypy --strict is tested in tests/test_edge_specs.py."""

from __future__ import annotations

from generator import pipeline
from generator.spec.load import load
from tests.support.helpers import FIXTURES

SPEC = FIXTURES / "edge_openai_like.yaml"


def test_a_schema_retyping_what_it_inherits_becomes_one_object_with_every_property() -> None:
    schemas = pipeline.named_inline_schemas(load(SPEC)).data["components"]["schemas"]
    resource = schemas["ToolCallResource"]  # another enum for `status`, an integer for a union
    assert "allOf" not in resource
    assert list(resource["properties"]) == ["type", "name", "status", "top_logprobs", "id"]
    assert resource["properties"]["status"] == {"$ref": "#/components/schemas/ToolCallStatus"}
    assert set(resource["required"]) == {"type", "id", "status"}
    request = schemas["ToolCallRequest"]  # its parent retyped `top_logprobs`, and so does it
    assert "allOf" not in request and "id" in request["properties"]
    assert request["properties"]["top_logprobs"] == {
        "anyOf": [{"type": "integer"}, {"type": "null"}]
    }


def test_a_schema_that_only_narrows_what_it_inherits_stays_a_subclass() -> None:
    schemas = pipeline.named_inline_schemas(load(SPEC)).data["components"]["schemas"]
    assert schemas["FunctionCall"]["allOf"][0] == {"$ref": "#/components/schemas/ToolCall"}
