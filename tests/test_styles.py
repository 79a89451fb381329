"""Built-in styles: style.yaml settings through the chain, the model backends, and the python-msgspec
style's promises (made by extending the default, decodes every response type, no pydantic)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
import yaml

from generator import pipeline
from generator.errors import GeneratorError
from generator.ir.build import build
from generator.models import datamodel, schema_adapt
from generator.render.environment import (
    builtin_root,
    output_templates,
    style_option,
)
from generator.spec.load import load
from tests.support.helpers import FIXTURES, humanloop_api, settings_for
from tests.support.styles import StyleSdk, import_from

MSGSPEC_STYLE = builtin_root() / "python-msgspec"
RUNTIME_MODULE = re.compile(r"\{package\}/_\w+\.py")


def test_style_settings_are_inherited_and_overridden() -> None:
    assert style_option("python", "models") == "pydantic"
    assert style_option("python-msgspec", "models") == "msgspec"
    assert style_option("python-msgspec", "extends") == "python"
    assert style_option("python-msgspec", "no-such-setting") is None


def test_an_unknown_model_backend_is_refused(tmp_path: Path) -> None:
    settings = settings_for(FIXTURES / "mini.yaml", tmp_path / "out")
    document = load(settings.spec)
    with pytest.raises(GeneratorError, match="unknown model backend 'attrs'"):
        datamodel.start_models(document, build(document, settings), None, backend="attrs")


def test_msgspec_style_templates_extend_the_default() -> None:
    """Besides its plain-Python model backend, every template only overrides blocks of the default's."""
    sources = output_templates([MSGSPEC_STYLE])
    assert "{package}/_models.py" in [t.name for t in sources if not t.rendered]
    for source in sources:
        if source.rendered:
            first_line = (MSGSPEC_STYLE / source.name).read_text().splitlines()[0]
            assert first_line == f'{{% extends "builtin:python/{source.name}" %}}', source.name
        else:
            assert RUNTIME_MODULE.fullmatch(source.name), source.name


def test_msgspec_style_only_changes_the_models_and_what_names_them(tmp_path: Path) -> None:
    def render(style: str) -> dict[str, str]:
        settings = settings_for(FIXTURES / "mini.yaml", tmp_path / style, style=style)
        return pipeline.render_sdk(settings, formatted=False)

    default, msgspec_files = render("python"), render("python-msgspec")
    assert set(default) == set(msgspec_files)
    changed = sorted(p for p in default if default[p] != msgspec_files[p])
    model_modules = sorted(
        p for p in default if p.startswith("mini/types/") and not p.endswith("__init__.py")
    )
    assert len(model_modules) > 3
    assert [p for p in changed if p not in model_modules] == [
        "README.md",
        "mini/_models.py",
        "pyproject.toml",
    ]
    assert "mini/types/item.py" in changed
    assert (
        '"msgspec>=' in msgspec_files["pyproject.toml"]
        and "pydantic" not in msgspec_files["pyproject.toml"]
    )
    assert "class Item(BaseModel, kw_only=True):" in msgspec_files["mini/types/item.py"]


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "components": {"schemas": schemas}}


def test_string_like_unions_collapse_to_str_for_msgspec_only() -> None:
    data = _document(
        {
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Holder": {
                "type": "object",
                "properties": {
                    "kind": {
                        "anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "string"}],
                        "description": "d",
                    },
                    "kind_or_null": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/Kind"},
                            {"type": "string"},
                            {"type": "null"},
                        ]
                    },
                    "number_or_text": {"anyOf": [{"type": "number"}, {"type": "string"}]},
                    "count": {"oneOf": [{"type": "integer"}, {"const": 1}]},
                },
            },
        }
    )
    assert (
        schema_adapt.for_backend(data, "pydantic") == data
    )  # nothing to drop here, nothing to collapse
    props = schema_adapt.for_backend(data, "msgspec")["components"]["schemas"]["Holder"][
        "properties"
    ]
    assert props["kind"] == {"type": "string", "description": "d"}
    assert props["kind_or_null"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert (
        props["number_or_text"]
        == data["components"]["schemas"]["Holder"]["properties"]["number_or_text"]
    )
    assert props["count"] == {"oneOf": [{"type": "integer"}, {"const": 1}]}
    assert (
        "type" not in data["components"]["schemas"]["Holder"]["properties"]["kind"]
    )  # input untouched


def _response_types(sdk: StyleSdk) -> dict[str, Any]:
    """Every type the SDK decodes a response into: returns, stream chunks, page items, error bodies."""
    api = humanloop_api()
    types = sdk.module("types")
    namespace = {
        **vars(types),
        **{n: getattr(types, n) for n in types.__all__},
        "List": list,
        "Dict": dict,
        "Any": Any,
    }
    annotations = {
        a for op in api.all_operations for a in (op.return_annotation, op.stream_annotation) if a
    }
    annotations |= {op.pagination.item_annotation for op in api.all_operations if op.pagination}
    annotations |= {model for _, model in api.error_models}
    return {
        a: eval(a, namespace) for a in sorted(annotations - {"None"})
    }  # the IR's own annotations


def test_msgspec_decodes_every_response_type(msgspec_sdk: StyleSdk) -> None:
    response_types = _response_types(msgspec_sdk)
    assert len(response_types) > 20
    for tp in response_types.values():
        msgspec.json.Decoder(tp)  # raises TypeError for a union msgspec cannot tell apart


def test_msgspec_sdk_works_without_pydantic(msgspec_sdk: StyleSdk) -> None:
    """Imported and used in a process where importing pydantic fails; new fields and enum values parse."""
    name = msgspec_sdk.package.__name__
    script = f"""
import sys
sys.modules["pydantic"] = None  # any import of pydantic now raises ImportError
import {name}
from {name}._models import decode
from {name}.types import EvaluatorArgumentsType, EvaluatorResponse
evaluator = decode(EvaluatorResponse, b'{{"id": "e", "name": "n", "description": "d", "code": "c", "arguments_type": "brand_new", "return_type": "boolean", "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z", "new_field": 1}}')
assert isinstance(evaluator.arguments_type, EvaluatorArgumentsType) and evaluator.arguments_type == "brand_new"
assert evaluator.created_at.year == 2024 and "pydantic" not in [m.split(".")[0] for m in sys.modules if sys.modules[m]]
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        cwd=msgspec_sdk.folder,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_a_schema_named_like_a_msgspec_import_is_renamed(tmp_path: Path) -> None:
    """``Meta`` would shadow ``msgspec.Meta`` in the models module; the model is named MetaModel."""
    document = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    schemas = document["components"]["schemas"]
    schemas["Meta"] = {"type": "object", "properties": {"note": {"type": "string", "maxLength": 5}}}
    schemas["Item"]["properties"]["meta"] = {"$ref": "#/components/schemas/Meta"}
    spec = tmp_path / "meta.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    settings = settings_for(spec, tmp_path / "out", package="mini_meta", style="python-msgspec")
    pipeline.generate(settings)
    types = import_from(settings.output, "mini_meta.types")
    try:
        decode = importlib.import_module("mini_meta._models").decode
        item = decode(types.Item, b'{"id": "i", "name": "n", "meta": {"note": "short"}}')
        assert isinstance(item.meta, types.MetaModel) and item.meta.note == "short"
        with pytest.raises(msgspec.ValidationError):  # the schema's constraints are enforced
            decode(types.Item, b'{"id": "i", "name": "n", "meta": {"note": "too long"}}')
    finally:
        sys.path.remove(str(settings.output))
