from generator.models.class_keys import keyed_by_class


def test_schemas_are_keyed_by_class_name_and_every_ref_follows() -> None:
    document = {
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/..~1..~1escaped"}
                                }
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "../../escaped": {"type": "object", "properties": {"a": {"type": "string"}}},
                "verify.v2.service": {
                    "properties": {
                        "e": {"$ref": "#/components/schemas/..~1..~1escaped/properties/a"},
                        "literal": {"default": {"$ref": "#/components/schemas/..~1..~1escaped"}},
                    }
                },
            }
        },
    }
    keyed = keyed_by_class(
        document, {"../../escaped": "Escaped", "verify.v2.service": "VerifyV2Service"}
    )
    schemas = keyed["components"]["schemas"]
    assert list(schemas) == ["Escaped", "VerifyV2Service"]
    assert schemas["VerifyV2Service"]["properties"]["e"] == {
        "type": "string"
    }  # a part of a schema: copied in
    assert schemas["VerifyV2Service"]["properties"]["literal"][
        "default"
    ] == {  # a value, left alone
        "$ref": "#/components/schemas/..~1..~1escaped"
    }
    response = keyed["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {"$ref": "#/components/schemas/Escaped"}
    assert "../../escaped" in document["components"]["schemas"]  # the input is not changed


def test_a_ref_into_a_schema_that_contains_it_is_copied_once_then_left_as_a_ref() -> None:
    document = {
        "components": {
            "schemas": {
                "Tree": {
                    "properties": {"child": {"$ref": "#/components/schemas/Tree/properties/child"}}
                }
            }
        }
    }
    keyed = keyed_by_class(document, {"Tree": "Tree"})
    child = keyed["components"]["schemas"]["Tree"]["properties"]["child"]
    assert child == {"$ref": "#/components/schemas/Tree/properties/child"}
