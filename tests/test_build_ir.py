from generator.build_ir import build
from generator.ir import Api, Operation
from generator.load import load
from tests.helpers import FIXTURES, settings_for


def _api() -> Api:
    spec = FIXTURES / "mini.yaml"
    return build(load(spec), settings_for(spec, FIXTURES / "out"))


def _op(api: Api, call_name: str) -> Operation:
    return next(op for op in api.all_operations if op.call_name == call_name)


def test_groups_and_names_come_from_extensions_and_tags() -> None:
    api = _api()
    assert [r.name for r in api.resources] == ["items"]
    assert [op.name for op in api.resources[0].operations] == ["list", "create", "delete_many"]
    assert [op.call_name for op in api.root.operations] == ["get_item"]


def test_parameters_are_safe_typed_and_ordered() -> None:
    api = _api()
    get_item = _op(api, "get_item")
    assert [(p.name, p.wire_name, p.location, p.required) for p in get_item.parameters] == [
        ("item_id", "item-id", "path", True),
        ("from_", "from", "query", False),
    ]
    assert get_item.parameters[0].example == "it_123"
    create = _op(api, "items.create")
    names = {p.name: p for p in create.parameters}
    assert names["class_"].wire_name == "class"
    assert names["keys"].annotation == "Keys | Dict[str, Any]"
    assert create.parameters[0].name == "name"  # required first


def test_bodies_streaming_pagination_and_defaults() -> None:
    api = _api()
    create = _op(api, "items.create")
    assert create.body_kind == "fields"
    assert create.stream_annotation == "Chunk"
    assert create.stream_parameter is not None
    assert create.defaulted_body_fields == ("keys",)
    assert create.runtime_models == ("Chunk", "Item")
    delete = _op(api, "items.delete_many")
    assert delete.body_kind == "value"
    assert [p.name for p in delete.parameters] == ["request_body"]
    assert delete.body_parameters[0].annotation == "Sequence[str]"
    assert delete.return_annotation == "None"
    listing = _op(api, "items.list")
    assert listing.pagination is not None
    assert listing.pagination.item_annotation == "Item"


def test_api_level_facts() -> None:
    api = _api()
    assert api.server_url == "https://mini.example.com/v1"
    assert api.auth.header == "X-API-KEY" and api.auth.env_var == "MINI_API_KEY"
    assert api.client_class == "Mini"
    assert [c.name for c in api.client_parameters] == ["alpha_key"]
    assert [m.name for m in api.models][:2] == ["Color", "Item"]
    color = api.models[0]
    assert color.kind == "enum" and color.enum_values == ("red", "green")
