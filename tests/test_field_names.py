"""The README's model tables name each field by the attribute the generated model really has
(``model_config_`` beside the JSON ``model_config``), in every style."""

from __future__ import annotations

from typing import Any

import msgspec

from generator.config import load_settings
from generator.ir import naming
from generator.ir.build import build
from generator.spec.load import load
from tests.support.helpers import ROOT
from tests.support.styles import StyleSdk


def attributes(sdk: StyleSdk, model: Any) -> dict[str, str]:
    """Attribute → JSON name of a generated model class."""
    if sdk.style == "python-msgspec":
        tag = (
            model.__struct_config__.tag_field
        )  # a tagged union's discriminator is the tag, no field
        return {f.name: f.encode_name for f in msgspec.structs.fields(model)} | (
            {tag: tag} if tag else {}
        )
    return {name: info.alias or name for name, info in model.model_fields.items()}


def test_each_field_is_named_by_the_models_attribute(sdk: StyleSdk) -> None:
    backend = "msgspec" if sdk.style == "python-msgspec" else "pydantic"
    api = build(load(ROOT / "spec" / "humanloop.yaml"), load_settings(ROOT), backend)
    renamed = 0
    for model in api.models:
        if model.kind != "object":
            continue
        found = attributes(sdk, getattr(sdk.module("types"), model.name))
        for field in model.fields:
            assert found.get(field.python_name or field.name) == field.name, (model.name, field)
            renamed += bool(field.python_name)
    assert renamed >= (5 if backend == "pydantic" else 1)  # class_; model_config_ in pydantic only


def test_the_rules_datamodel_code_generator_applies() -> None:
    assert naming.model_field("model_config", "pydantic") == "model_config_"
    assert naming.model_field("model_config", "msgspec") == "model_config"
    assert naming.model_field("from", "msgspec") == "from_"
    assert naming.model_field("userId", "pydantic") == "user_id"
    assert naming.model_field("HTTPStatus", "pydantic") == "http_status"
    assert naming.model_field("x-rate-limit", "pydantic") == "x_rate_limit"
    assert naming.model_field("2fa", "pydantic") == "field_2fa"
