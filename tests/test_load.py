from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.spec.load import load
from generator.spec.pointers import line_of
from tests.support.helpers import FIXTURES


def test_valid_document_loads() -> None:
    document = load(FIXTURES / "mini.yaml")
    assert document.data["info"]["title"] == "Mini API"


def test_malformed_yaml_names_file_and_line() -> None:
    with pytest.raises(GeneratorError) as caught:
        load(FIXTURES / "malformed.yaml")
    assert "malformed.yaml:5" in str(caught.value)
    assert "invalid YAML" in str(caught.value)


def test_dangling_ref_names_pointer_and_line() -> None:
    with pytest.raises(GeneratorError) as caught:
        load(FIXTURES / "bad_ref.yaml")
    message = str(caught.value)
    assert "bad_ref.yaml:12" in message
    assert "/paths/~1a/get/responses/200/content/application~1json/schema/$ref" in message
    assert "#/components/schemas/Missing" in message


def test_invalid_document_names_pointer_and_line() -> None:
    with pytest.raises(GeneratorError) as caught:
        load(FIXTURES / "invalid.yaml")
    message = str(caught.value)
    assert "invalid.yaml:8" in message and "/paths/~1a/get/parameters/0/in" in message
    assert "sideways" in message


def test_missing_file_and_non_openapi(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="file not found"):
        load(tmp_path / "nope.yaml")
    other = tmp_path / "other.json"
    other.write_text('{"asyncapi": "2.0.0"}')
    with pytest.raises(GeneratorError, match="not an OpenAPI document"):
        load(other)


def test_line_of_json_pointer() -> None:
    assert line_of(FIXTURES / "mini.yaml", "/paths/~1items/get") == 61
    assert line_of(FIXTURES / "mini.yaml", "/no/such") is None


def test_lines_in_a_json_file_are_those_yaml_gives(tmp_path: Path) -> None:
    """A JSON file is scanned, not composed into YAML nodes (5.5 CPU-s on GitHub's spec), with
    the same lines: CRLF and U+2028 breaks, the first of duplicate keys, escaped keys, array
    items, nodes that are not there; a JSON file that is YAML only is still located."""
    import json

    from generator.spec.pointers import Lines

    spec = FIXTURES / "edge_lines.json"
    as_yaml = tmp_path / "edge_lines.yaml"  # the same text, located by YAML's node marks
    as_yaml.write_bytes(spec.read_bytes())
    data = json.loads(spec.read_text(encoding="utf-8"))
    pointers = ["", "/no/such", "/paths/~1a~0b/get/responses/200", "/components/schemas/Dup"]
    pointers += [
        f"/components/schemas/Item/properties/tags/items/{i}" for i in ("0", "1", "01", "2")
    ]
    pointers += ["/components/schemas/Empty/x", "/components/schemas/List/0", "/info/title/x"]
    pointers += [f"/components/schemas/{name}" for name in data["components"]["schemas"]]
    located = Lines(as_yaml)
    yaml_lines = {p: located.line(p) for p in pointers}
    assert yaml_lines["/components/schemas/Dup"] == 7 and yaml_lines["/no/such"] is None
    lines = Lines(spec)
    assert {p: lines.line(p) for p in reversed(pointers)} == yaml_lines
    flow_yaml = tmp_path / "flow.json"
    flow_yaml.write_text("{openapi: 3.1.0,\n info: {title: t}}\n")
    assert Lines(flow_yaml).line("/info/title") == 2


def test_validation_is_remembered_across_prose_edits_but_not_structure(tmp_path: Path) -> None:
    import yaml

    cache = tmp_path / "cache"
    spec = tmp_path / "spec.yaml"
    document = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    spec.write_text(yaml.safe_dump(document))
    load(spec, cache)
    assert len(list((cache / "validated").iterdir())) == 1
    operation = next(iter(document["paths"].values()))["get"]
    operation["summary"] = "Edited prose only."
    spec.write_text(yaml.safe_dump(document))
    load(spec, cache)
    assert (
        len(list((cache / "validated").iterdir())) == 1
    )  # the same key: nothing new was validated
    operation["parameters"] = [{"name": "q", "in": "sideways", "schema": {"type": "string"}}]
    spec.write_text(yaml.safe_dump(document))
    with pytest.raises(GeneratorError, match="sideways"):
        load(spec, cache)  # a structural change is validated, cache or not


def test_prose_inside_data_values_is_part_of_the_validation_key() -> None:
    from generator.spec.validation_cache import key

    base = {
        "openapi": "3.1.0",
        "components": {"schemas": {"A": {"description": "x", "default": {"description": "a"}}}},
    }
    prose = {
        "openapi": "3.1.0",
        "components": {"schemas": {"A": {"description": "y", "default": {"description": "a"}}}},
    }
    data = {
        "openapi": "3.1.0",
        "components": {"schemas": {"A": {"description": "x", "default": {"description": "b"}}}},
    }
    assert key(base) == key(prose)
    assert key(base) != key(data)  # defaults are checked against their schema, so they count


def test_pipeline_reports_an_invalid_document_found_in_the_background(tmp_path: Path) -> None:
    """The pipeline validates beside its other work; an invalid spec still stops it before writing."""
    from generator import pipeline
    from tests.support.helpers import settings_for

    output = tmp_path / "out"
    with pytest.raises(GeneratorError) as caught:
        pipeline.generate(settings_for(FIXTURES / "invalid.yaml", output))
    assert "invalid.yaml:8" in str(caught.value) and "sideways" in str(caught.value)
    assert not output.exists()


def test_yaml_is_read_with_json_semantics(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        (FIXTURES / "mini.yaml").read_text().replace("version: 1.2.3", "version: 2024-01-15")
        + "x-numbers: {small: 1e-08, big: 1E+9}\n"
    )
    data = load(spec).data
    assert data["info"]["version"] == "2024-01-15"  # YAML 1.1 would make it a date, JSON has none
    assert data["x-numbers"] == {"small": 1e-08, "big": 1e9}  # YAML 1.1 would leave them strings


def test_a_validator_crash_is_reported_as_an_error_naming_the_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    text = (FIXTURES / "mini.yaml").read_text()
    spec.write_text(
        text.replace(
            "id: {type: string, example: it_123}", "id: {type: number, minimum: '0', default: 1.5}"
        )
    )
    assert spec.read_text() != text
    with pytest.raises(GeneratorError) as caught:
        load(spec)
    assert str(spec) in str(caught.value) and "could not check this document" in str(caught.value)


def test_an_error_inside_one_schema_is_located_in_the_document(tmp_path: Path) -> None:
    """The validator checks each schema on its own, with a path relative to it; ours is absolute."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        (FIXTURES / "mini.yaml")
        .read_text()
        .replace("id: {type: string, example: it_123}", "id: {type: strin}")
    )
    with pytest.raises(GeneratorError) as caught:
        load(spec)
    assert "(at /components/schemas/Item/properties/id/type)" in str(caught.value)
    assert f"{spec}:{line_of(spec, '/components/schemas/Item/properties/id')}" in str(caught.value)


def test_a_schema_made_of_itself_is_refused_at_that_schema(tmp_path: Path) -> None:
    """`allOf` of itself (directly or round a cycle) has no end; recursion through properties does."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        with_schemas(
            "    A: {allOf: [{$ref: '#/components/schemas/B'}, {type: object}]}\n"
            "    B: {$ref: '#/components/schemas/A'}\n"
            "    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}\n"
        )
    )
    with pytest.raises(GeneratorError) as caught:
        load(spec)
    message = str(caught.value)
    assert "(at /components/schemas/A)" in message and "A → B → A" in message
    assert f"{spec}:{line_of(spec, '/components/schemas/A')}" in message


def test_a_ref_to_a_value_that_is_not_an_object_is_refused_at_the_ref(tmp_path: Path) -> None:
    """Such a $ref would crash the IR before the background validation could say what is wrong."""
    from generator import pipeline
    from tests.support.helpers import settings_for

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        with_schemas(
            "    Odd: {type: object, properties: {x: {$ref: '#/components/schemas/Item/required'}}}\n"
        )
    )
    with pytest.raises(GeneratorError) as caught:
        pipeline.generate(settings_for(spec, tmp_path / "out"))
    assert "(at /components/schemas/Odd/properties/x/$ref)" in str(
        caught.value
    ) and "a list" in str(caught.value)
    assert not (tmp_path / "out").exists()


def with_schemas(lines: str) -> str:
    """mini.yaml with ``lines`` added to its component schemas."""
    text = (FIXTURES / "mini.yaml").read_text()
    assert text.count("\n  schemas:\n") == 1
    return text.replace("\n  schemas:\n", "\n  schemas:\n" + lines)


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.spec import limits

    path = tmp_path / "big.yaml"
    path.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n" + "# padding\n" * 200
    )
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1024)
    with pytest.raises(GeneratorError, match="larger than"):
        load(path)


def test_shared_values_are_measured_without_being_expanded() -> None:
    from generator.spec import limits

    leaf = ["x"] * 10
    level = leaf
    for _ in range(5):  # 10^6 strings behind 60 distinct objects
        level = [level] * 10
    assert limits.excess({"a": level}) is None
    for _ in range(2):
        level = [level] * 10
    too_big = limits.excess({"a": level})
    assert too_big is not None and "5,000,000" in too_big.problem
    loop: dict[str, object] = {}
    loop["again"] = loop
    found = limits.excess({"x": loop})
    assert found is not None and found.path == ("x", "again")
