"""The one place that talks to datamodel-code-generator: component schemas → model classes.

The model backend (pydantic or msgspec) is declared by the template style (``models:`` in its
``style.yaml``); the style's runtime ``_models.py`` provides the matching base class.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator import background
from generator.cache import write_cache_file
from generator.errors import GeneratorError
from generator.ir import python_literals
from generator.ir.nodes import Api
from generator.models import default_coercion, schema_adapt
from generator.output import imports
from generator.spec.load import Document

#: Model backends a style may declare.
BACKENDS = ("pydantic", "msgspec")


def start_models(
    document: Document,
    api: Api,
    datamodel_templates: Path | None,
    cache_dir: Path | None = None,
    backend: str = "pydantic",
    *,
    in_background: bool = True,
) -> Callable[[], str]:
    """Start making the models module: call the result for its source (unformatted).

    Class names come from the IR so that models and endpoint code agree on every name. The
    result is cached by everything it depends on, since most spec edits leave schemas alone;
    on a cache miss datamodel-code-generator runs in a worker while the caller renders.
    """
    if backend not in BACKENDS:
        raise GeneratorError(
            f"unknown model backend {backend!r}",
            hint=f"a style's style.yaml sets `models:` to one of {', '.join(BACKENDS)}",
        )
    key = _cache_key(document, api, datamodel_templates, backend)
    cached = cache_dir / key if cache_dir is not None else None
    if cached is not None and cached.is_file():
        source = cached.read_text(encoding="utf-8")
        return lambda: source
    arguments = (document, api, datamodel_templates, backend, cached)
    if in_background:
        return background.Job(_generate_and_cache, *arguments).result
    return lambda: _generate_and_cache(*arguments)


def _generate_and_cache(
    document: Document, api: Api, datamodel_templates: Path | None, backend: str, cached: Path | None
) -> str:
    source = _generate(document, api, datamodel_templates, backend)
    if cached is not None:
        write_cache_file(cached, source)
    return source


def _cache_key(document: Document, api: Api, datamodel_templates: Path | None, backend: str) -> str:
    digest = hashlib.sha256(f"{version('datamodel-code-generator')}|{backend}|{api.package}|{api.title}|{api.version}".encode())
    for module in (schema_adapt, default_coercion, imports):  # what shapes the input and the output
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())  # the options below are part of the key
    digest.update(json.dumps((document.data.get("components") or {}).get("schemas"), sort_keys=True).encode())
    digest.update(json.dumps([[m.schema_name, m.name] for m in api.models]).encode())
    for path in sorted(datamodel_templates.rglob("*")) if datamodel_templates else []:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _header(api: Api) -> str:
    return f"Models of the {api.title} ({api.version}), generated from its OpenAPI document."


def _backend_options(backend: str) -> dict[str, Any]:
    """What a backend asks of datamodel-code-generator beyond the shared options."""
    from datamodel_code_generator.enums import DataModelType
    from datamodel_code_generator.format import DatetimeClassType

    if backend == "msgspec":
        return {
            "output_model_type": DataModelType.MsgspecStruct,
            # msgspec decodes RFC 3339 strings into datetimes itself; the default would be `str`.
            "output_datetime_class": DatetimeClassType.Datetime,
            # Fields are added over time: positional construction would silently shift.
            "keyword_only": True,
        }
    return {"output_model_type": DataModelType.PydanticV2BaseModel}


def _generate(document: Document, api: Api, datamodel_templates: Path | None, backend: str) -> str:
    # imported here: it is the slowest import we have
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import InputFileType
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    schemas = (document.data.get("components") or {}).get("schemas") or {}
    if not schemas:
        return '"""This API declares no component schemas."""\n'
    name_map = {f"#/components/schemas/{m.schema_name}": m.name for m in api.models}
    options: dict[str, Any] = dict(
        input_file_type=InputFileType.OpenAPI,
        **_backend_options(backend),
        target_python_version=PythonVersion.PY_310,
        formatters=[],
        base_class=f"{api.package}._models.BaseModel",
        additional_imports=[f"{api.package}._enums.OpenEnum"],
        model_name_map=name_map,
        # Inline models are named after their parent (`ParentField`), so they cannot take the name
        # that `model_name_map` gives a component schema (GitHub's spec has such clashes).
        parent_scoped_naming=True,
        # A one-value enum is a Literal: a discriminated union's variant then narrows the field it
        # inherits (`type: Literal["episode"]`) with a type mypy accepts as compatible.
        enum_field_as_literal=LiteralType.One,
        # A property's default stays on the property, not on the root models made from its anyOf
        # branches (`root: AnyUrl = None` for `anyOf: [{format: uri}, {type: "null"}]`).
        keep_field_defaults_off_branch_roots=True,
        snake_case_field=True,
        use_schema_description=True,
        # Inline keeps each description in `Field(description=...)` (model_fields, JSON schema) and
        # repeats it as the attribute's docstring (help(), editors); use_field_description drops the former.
        use_inline_field_description=True,
        field_constraints=True,
        disable_timestamp=True,
        use_annotated=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_double_quotes=True,
        capitalise_enum_members=True,
        set_default_enum_member=True,
        custom_file_header=f'"""{python_literals.docstring(_header(api))}"""',
    )
    if datamodel_templates is not None:
        options["custom_template_dir"] = datamodel_templates
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown string formats are fine: they stay `str`
            source = generate(schema_adapt.for_backend(document.data, backend), **options)
    except Exception as exc:  # datamodel-code-generator raises many types; all mean bad schemas
        raise GeneratorError(
            f"datamodel-code-generator could not generate models: {exc}",
            document.locate("/components/schemas"),
        ) from exc
    if not isinstance(source, str):
        raise GeneratorError("datamodel-code-generator returned several modules; expected one")
    source = default_coercion.cast_validated_defaults(source) if backend == "pydantic" else source
    # the module lives in {package}/types/: its imports of the package become `..`
    return imports.tidy_module_imports(source, api.package, "..")
