from pathlib import Path

import pytest
import yaml

from generator.errors import GeneratorError
from generator.ir.build import build
from generator.ir.nodes import Api, Example, Operation, Parameter
from generator.spec.load import load
from tests.support.helpers import FIXTURES, settings_for


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
    assert names["keys"].annotation == "Keys | KeysParam"
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
    assert listing.pagination.first_page == 0


@pytest.mark.parametrize(
    ("first_page", "expected"), [(None, 1), (0, 0), (1, 1), (True, None), ("0", None)]
)
def test_first_page_defaults_to_one_and_must_be_an_integer(
    tmp_path: Path, first_page: object, expected: int | None
) -> None:
    document = load(FIXTURES / "mini.yaml")
    pagination = document.data["paths"]["/items"]["get"]["x-sdkgen-pagination"]
    pagination.pop("first-page")
    if first_page is not None:
        pagination["first-page"] = first_page
    settings = settings_for(document.path, tmp_path / "out")
    if expected is None:
        with pytest.raises(GeneratorError, match="first-page") as info:
            build(document, settings)
        assert "/paths/~1items/get/x-sdkgen-pagination/first-page" in str(info.value)
        return
    listing = _op(build(document, settings), "items.list")
    assert listing.pagination is not None and listing.pagination.first_page == expected


def test_api_level_facts() -> None:
    api = _api()
    assert api.server_url == "https://mini.example.com/v1"
    assert api.auth.header == "X-API-KEY" and api.auth.env_var == "MINI_API_KEY"
    assert api.client_class == "Mini"
    assert [c.name for c in api.client_parameters] == ["alpha_key"]
    assert [m.name for m in api.models][:2] == ["Color", "Item"]
    color = api.models[0]
    assert color.kind == "enum" and color.enum_values == ("red", "green")


def _api_with_example(tmp_path: Path, example: object) -> Api:
    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data["paths"]["/items/{item-id}"]["get"]["x-sdkgen-example"] = example
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    return build(load(spec), settings_for(spec, tmp_path / "out"))


def test_hand_picked_example_maps_wire_names_to_arguments(tmp_path: Path) -> None:
    api = _api_with_example(tmp_path, {"item-id": "it_9", "from": "2024-01-01"})
    op = _op(api, "get_item")
    assert op.example == (Example("item_id", "it_9"), Example("from_", "2024-01-01"))
    assert api.getting_started == (op,)
    assert _api().getting_started == ()


@pytest.mark.parametrize(
    ("example", "message"),
    [
        ({"item-id": "it_9", "nope": 1}, "must map the operation's parameter names"),
        ({"from": "2024-01-01"}, "lacks the required parameter(s) item-id"),
        (["it_9"], "must map the operation's parameter names"),
    ],
)
def test_bad_hand_picked_example_is_located(tmp_path: Path, example: object, message: str) -> None:
    with pytest.raises(GeneratorError) as caught:
        _api_with_example(tmp_path, example)
    assert message in str(caught.value)
    assert "/paths/~1items~1{item-id}/get/x-sdkgen-example" in str(caught.value)


def test_docstring_headline_is_the_first_sentence() -> None:
    op = _op(_api(), "get_item")
    changed = Operation(
        **{**op.__dict__, "summary": "Get", "description": "Get an item. By its ID.\nFast."}
    )
    assert (changed.headline, changed.details) == ("Get an item.", "By its ID.\nFast.")
    bare = Operation(**{**op.__dict__, "summary": "Get", "description": ""})
    assert (bare.headline, bare.details) == ("Get", "")


def test_rejected_usage_empties_the_first_object_argument() -> None:
    create = _op(_api(), "items.create")
    assert create.rejected_usage is None  # no object argument to empty
    keys = next(p for p in create.parameters if p.name == "keys")
    required_keys = Parameter(**{**keys.__dict__, "required": True, "example": {"openai": "sk"}})
    changed = Operation(
        **{**create.__dict__, "parameters": (*create.parameters[:1], required_keys)}
    )
    assert changed.rejected_usage == (Example("name", "name_example"), Example("keys", {}))


@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_every_class_name_imported_beside_the_models_is_reserved(style: str) -> None:
    """A schema named like an import of a module that uses models (`List`, `Stream`) would
    shadow it, so such a name gets a suffix: the reserved names must cover every such import."""
    import ast

    from generator import pipeline
    from generator.ir.build import RESERVED_CLASS_NAMES
    from tests.support.helpers import ROOT

    spec = ROOT / "spec" / "humanloop.yaml"
    files = pipeline.render_sdk(settings_for(spec, FIXTURES / "out", style=style))
    api = build(load(spec), settings_for(spec, FIXTURES / "out"))
    models = {m.name for m in api.models} | {m.param_name for m in api.models if m.param_name}
    with_models = [
        text for path, text in files.items() if "/resources/" in path or "/types/" in path
    ]
    imported = {
        alias.asname or alias.name
        for text in with_models
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    class_like = {name for name in imported - models if name[:1].isupper() and not name.isupper()}
    assert len(class_like) > 15
    assert sorted(class_like - RESERVED_CLASS_NAMES) == []


def test_a_union_names_each_type_once_with_the_dict_after_the_models() -> None:
    from generator.ir.types_map import _union

    models = ["A | Dict[str, Any]", "B | Dict[str, Any]", "None"]
    assert _union(models) == "A | B | Dict[str, Any] | None"
    one_or_many = ["Feedback | Dict[str, Any]", "Sequence[Feedback | Dict[str, Any]]"]
    assert _union(one_or_many) == "Feedback | Dict[str, Any] | Sequence[Feedback | Dict[str, Any]]"
    assert _union(["Dict[str, Any]", "str"]) == "Dict[str, Any] | str"  # the spec's order otherwise
    assert _union(["str", "Any"]) == "Any"


def test_a_body_that_may_also_be_a_list_gets_a_many_method_for_the_list() -> None:
    from tests.support.helpers import humanloop_api

    ops = {op.call_name: op for op in humanloop_api().all_operations}
    many = ops["feedback_many"]
    assert ops["feedback"].body_kind == "fields" and many.body_kind == "value"
    assert [(p.name, p.annotation, p.required) for p in many.parameters] == [
        ("items", "Sequence[FeedbackRequest | FeedbackRequestParam]", True)
    ]
    assert [p.name for p in ops["datasets.create_datapoint_many"].parameters] == [
        "dataset_id",
        "items",
    ]
    assert "projects.create_many" not in ops  # an object body alone gets none


def test_request_side_objects_get_a_typed_dict_and_date_times_take_datetimes() -> None:
    from tests.support.helpers import humanloop_api

    api = humanloop_api()
    params = {m.name: m.param_name for m in api.models}
    assert params["ChatMessage"] == "ChatMessageParam"
    assert params["ToolCall"] == "ToolCallParam"  # reached through ChatMessage
    assert params["ChatResponse"] is None  # only ever a response
    assert params["ChatRole"] is None  # an enum takes its values instead
    ops = {op.call_name: op for op in api.all_operations}
    chat = {p.name: p.annotation for p in ops["chat"].parameters}
    assert chat["messages"] == "Sequence[ChatMessage | ChatMessageParam]"
    assert {p.name: p.annotation for p in ops["feedback"].parameters}[
        "created_at"
    ] == "datetime | str"


def test_typed_dict_names_never_clash_with_a_model() -> None:
    """Numbered without an underscore: datamodel-code-generator drops it from class names, so
    ``AParam_2`` would be written ``AParam2`` and every import of it fail (OpenAI's SDK)."""
    from generator.ir.request_params import param_names

    schemas = {"A": {"type": "object"}, "AParam": {"type": "object"}, "E": {"enum": ["x"]}}
    names = {"A": "A", "AParam": "AParam", "E": "E"}
    assert param_names({"A", "E"}, schemas, names) == {"A": "AParam2"}


def test_usage_examples_are_complete_calls() -> None:
    """Every required argument, one optional body field the spec illustrates (`project`, not also
    `project_id`), and inside objects the optional fields the spec illustrates (`content`)."""
    from tests.support.helpers import humanloop_api

    ops = {op.call_name: op for op in humanloop_api().all_operations}
    usage = dict((e.name, e.value) for e in ops["chat_deployed"].usage)
    assert usage == {
        "messages": [{"role": "user", "content": "Explain asynchronous programming."}],
        "project": "sdk-example",
    }
    assert "project" in dict((e.name, e.value) for e in ops["complete_deployed"].usage)
    assert all(
        not (p.shown and p.name == "project_id") for op in ops.values() for p in op.body_parameters
    )
