"""Which schemas datamodel-code-generator makes together (generator/models/groups.py), and the
cache of each group (generator/models/datamodel.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.ir.build import build
from generator.models import datamodel
from generator.models.groups import ALONE, SMALL, _refs, groups
from generator.spec.load import load
from tests.support.helpers import settings_for


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_schemas_that_refer_to_each_other_are_made_together() -> None:
    schemas: dict[str, Any] = {
        "A": {"type": "object", "properties": {"b": ref("B")}},
        "B": {"type": "string"},
        "C": {
            "type": "object",
            "properties": {"b": {"$ref": "#/components/schemas/B/properties/x"}},
        },
        "Lone": {"type": "integer"},
    }
    made = groups(schemas, small=0)
    assert sorted(name for group in made for name in group) == sorted(schemas)
    assert any({"A", "B", "C"} <= set(group) for group in made)


def test_a_ref_in_literal_data_joins_nothing_and_a_property_named_like_a_keyword_does() -> None:
    """GitHub's inline responses carry ``example: {$ref: "#/components/examples/…"}``: read as a
    reference out of the schemas, it made all 6,222 schemas one run of datamodel-code-generator
    (one core, 860 MiB). A property named ``default`` is a schema all the same."""
    schemas: dict[str, Any] = {
        "A": {"type": "object", "example": {"$ref": "#/components/examples/a"}},
        "B": {"type": "string", "default": ref("C"), "enum": [ref("C")]},
        "C": {"type": "string"},
        "D": {"type": "object", "properties": {"default": ref("E")}},
        "E": {"type": "string"},
    }
    made = [set(group) for group in groups(schemas, small=0)]
    assert len(made) > 1 and any({"D", "E"} <= group for group in made)
    assert list(_refs(schemas["B"])) == []


def test_a_small_spec_is_made_in_one_run() -> None:
    schemas = {f"S{n}": {"type": "string"} for n in range(SMALL - 1)}
    assert groups(schemas) == [list(schemas)]


def test_a_big_component_is_made_alone_and_first_and_a_new_schema_moves_no_other() -> None:
    big = {
        f"Big{n}": {"type": "object", "properties": {"next": ref(f"Big{n + 1}")}}
        for n in range(ALONE)
    }
    small = {f"Small{n}": {"type": "string"} for n in range(30)}
    made = groups({**small, **big}, small=0)
    assert made[0] == list(big)
    grown = groups({**small, "New": {"type": "string"}, **big}, small=0)
    assert sum(group not in made for group in grown) == 1  # only the new schema's bucket changed


def test_a_changed_schema_makes_only_its_group_again(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    lines = [
        "openapi: 3.1.0",
        "info: {title: T, version: '1'}",
        "paths: {}",
        "components:",
        "  schemas:",
    ]
    lines += [
        f"    S{n}: {{type: object, properties: {{x: {{type: string}}}}}}" for n in range(SMALL)
    ]
    spec.write_text("\n".join(lines) + "\n")
    cache = tmp_path / "cache"

    def make() -> dict[str, str]:
        document = load(spec)
        api = build(document, settings_for(spec, tmp_path / "out"))
        return datamodel.start_models(document, api, None, cache, in_background=False)()

    first = make()
    entries = set(cache.iterdir())
    assert len(entries) > 1 and sorted(first) == sorted(f"s{n}" for n in range(SMALL))
    spec.write_text(
        spec.read_text().replace(
            "S7: {type: object, properties: {x: {type: string}}}",
            "S7: {type: object, properties: {x: {type: integer}}}",
        )
    )
    second = make()
    assert len(set(cache.iterdir()) - entries) == 1
    assert [name for name in first if first[name] != second[name]] == ["s7"]
