"""The one place that talks to datamodel-code-generator: component schemas → model classes, and
the schemas a request may carry → TypedDicts (``types/_params.py``).

The model backend (pydantic or msgspec) is declared by the template style (``models:`` in its
``style.yaml``); the style's runtime ``_models.py`` provides the matching base class. The
TypedDicts are the same in every style: they only type the dicts a request is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator import background
from generator.cache import write_cache_file
from generator.errors import GeneratorError
from generator.ir import python_literals
from generator.ir.nodes import Api
from generator.models import class_keys, default_coercion, enums_first, groups, schema_adapt
from generator.models import modules as modules_module
from generator.models.modules import split
from generator.output import imports
from generator.spec.load import Document
from generator.spec.pointers import SCHEMA_REF_PREFIX, pointer_of

#: Model backends a style may declare.
BACKENDS = ("pydantic", "msgspec")
#: The pseudo-backend of the request TypedDicts.
PARAMS = "params"
#: The module under ``types/`` that holds the TypedDicts.
PARAMS_MODULE = "_params"


def start_models(
    document: Document,
    api: Api,
    datamodel_templates: Path | None,
    cache_dir: Path | None = None,
    backend: str = "pydantic",
    *,
    in_background: bool = True,
) -> Callable[[], dict[str, str]]:
    """Start making the model modules: call the result for them (module name → unformatted source).

    Class names come from the IR so that models and endpoint code agree on every name. The
    schemas are made in groups (:mod:`groups`), each cached by everything it depends on, since
    most spec edits leave schemas alone; the groups missing from the cache are made by
    datamodel-code-generator in worker processes, on every core, while the caller renders.
    """
    if backend not in (*BACKENDS, PARAMS):
        raise GeneratorError(
            f"unknown model backend {backend!r}",
            hint=f"a style's style.yaml sets `models:` to one of {', '.join(BACKENDS)}",
        )
    schemas = (document.data.get("components") or {}).get("schemas") or {}
    common = _common_key(api, datamodel_templates, backend)
    done: list[dict[str, str] | None] = []
    todo: list[_Group] = []
    # The TypedDicts stay one module (they matter to type checkers, hardly ever at run time).
    for names in groups.groups(schemas) if backend != PARAMS else [list(schemas)]:
        group = _group(document, api, names, common, cache_dir)
        cached = _cache_read(group.cached)
        done.append(cached)
        if cached is None:
            todo.append(group)
    # Keyed by backend: the models and the TypedDicts are started one after the other, and a
    # worker forked late must still find its own call's groups.
    _WORK[backend] = {"groups": todo, "templates": datamodel_templates}
    running = (
        _start_workers(backend, len(todo))
        if in_background and todo and os.name == "posix"
        else None
    )

    def modules() -> dict[str, str]:
        if running is not None:
            made = (job.result() for job in running)
        else:
            made = (_make(group, datamodel_templates, backend) for group in todo)
        merged: dict[str, str] = {}
        for part in done:
            for name, text in (part if part is not None else next(made)).items():
                if name in merged:  # two groups' inline models, each used by no named model
                    raise GeneratorError(f"two groups of models both make types/{name}.py")
                merged[name] = text
        return dict(sorted(merged.items()))

    return modules


@dataclass(frozen=True)
class _Group:
    """One run of datamodel-code-generator: the document reduced to some schemas, and its cache entry."""

    document: Document
    api: Api
    cached: Path | None


#: The groups a worker makes, set before the workers fork (they inherit it).
_WORK: dict[str, dict[str, Any]] = {}


def _start_workers(backend: str, count: int) -> list[Future[dict[str, str]]]:
    """Make the ``count`` groups of ``_WORK[backend]`` in worker processes, the first (largest) first."""
    with background.forking() as context:  # the workers fork at the first submit
        pool = ProcessPoolExecutor(max_workers=min(count, os.cpu_count() or 1), mp_context=context)
        running = [pool.submit(_make_group, backend, index) for index in range(count)]
    pool.shutdown(wait=False)  # the workers exit when the queue is empty
    return running


def _make_group(backend: str, index: int) -> dict[str, str]:
    work = _WORK[backend]
    return _make(work["groups"][index], work["templates"], backend)


def _make(group: _Group, datamodel_templates: Path | None, backend: str) -> dict[str, str]:
    made = _generate(group.document, group.api, datamodel_templates, backend)
    if backend == PARAMS:
        modules = {PARAMS_MODULE: made}
    else:
        modules = split(made, {model.name: model.module for model in group.api.models})
    # every module lives in {package}/types/: imports of the package become `..`, unused ones go
    modules = {
        name: imports.tidy_module_imports(text, group.api.package, "..")
        for name, text in modules.items()
    }
    _cache_write(group.cached, modules)
    return modules


def _group(
    document: Document, api: Api, names: list[str], common: Any, cache_dir: Path | None
) -> _Group:
    """The document and the IR of the schemas ``names`` only, and where their models are cached."""
    components = document.data.get("components") or {}
    schemas = {name: components["schemas"][name] for name in names}
    models = tuple(model for model in api.models if model.schema_name in schemas)
    digest = common.copy()
    digest.update(json.dumps(schemas, sort_keys=True).encode())
    digest.update(
        json.dumps(
            [[m.schema_name, m.name, m.module, m.kind, m.param_name] for m in models]
        ).encode()
    )
    data = {**document.data, "components": {**components, "schemas": schemas}}
    return _Group(
        Document(document.path, data),
        replace(api, models=models),
        cache_dir / f"{digest.hexdigest()}.json" if cache_dir is not None else None,
    )


def _cache_read(cached: Path | None) -> dict[str, str] | None:
    if cached is None:
        return None
    try:
        modules = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return modules if isinstance(modules, dict) else None


def _cache_write(cached: Path | None, modules: dict[str, str]) -> None:
    if cached is not None:
        write_cache_file(cached, json.dumps(modules))


def _common_key(api: Api, datamodel_templates: Path | None, backend: str) -> Any:
    """The hash of what every group's models depend on besides its schemas."""
    digest = hashlib.sha256(
        f"{version('datamodel-code-generator')}|{backend}|{api.package}|{api.title}|{api.version}".encode()
    )
    for module in (
        class_keys,
        schema_adapt,
        default_coercion,
        enums_first,
        modules_module,
        imports,
    ):  # what shapes the input and the output
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())  # the options below are part of the key
    for path in sorted(datamodel_templates.rglob("*")) if datamodel_templates else []:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest


_MENTIONED_SCHEMA = re.compile(re.escape(SCHEMA_REF_PREFIX) + r"(\w+)")


def _models_error(document: Document, api: Api, exc: Exception) -> GeneratorError:
    """Our words for a failure of datamodel-code-generator, at the schema it names if any.

    The document is valid by then (or its validation error is shown instead), so the failure is
    a shape we do not handle yet; the tool's own message goes into the hint, for the report.
    """
    keys = {m.name: m.schema_name for m in api.models}
    named = [keys[name] for name in _MENTIONED_SCHEMA.findall(str(exc)) if name in keys]
    pointer = pointer_of(["components", "schemas", named[0]]) if named else "/components/schemas"
    what = f"schema {named[0]!r}" if named else "these schemas"
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return GeneratorError(
        f"could not generate the model classes for {what}",
        document.locate(pointer),
        hint=f"simplify that schema, or report it to sdkgen with this message ({type(exc).__name__}: {detail})",
    )


def _header(api: Api, backend: str) -> str:
    if backend == PARAMS:
        return (
            f"Request TypedDicts of the {api.title} ({api.version}), generated from its OpenAPI document:"
            " the dicts a request argument takes in place of a model, keys as on the wire."
        )
    return f"Models of the {api.title} ({api.version}), generated from its OpenAPI document."


def _backend_options(backend: str) -> dict[str, Any]:
    """What a backend asks of datamodel-code-generator beyond the shared options."""
    from datamodel_code_generator.enums import DataModelType
    from datamodel_code_generator.format import DatetimeClassType
    from datamodel_code_generator.parser import LiteralType

    if backend == "msgspec":
        return {
            "output_model_type": DataModelType.MsgspecStruct,
            # msgspec decodes RFC 3339 strings into datetimes itself; the default would be `str`.
            "output_datetime_class": DatetimeClassType.Datetime,
            # Fields are added over time: positional construction would silently shift.
            "keyword_only": True,
        }
    if backend == PARAMS:
        return {
            "output_model_type": DataModelType.TypingTypedDict,
            # An inline enum is typed by its values; a component enum by the model's enum too
            # (schema_adapt.for_params).
            "enum_field_as_literal": LiteralType.All,
            # Keys are the wire names, as the JSON body sends them.
            "snake_case_field": False,
            "output_datetime_class": DatetimeClassType.Datetime,
            "use_inline_field_description": False,
            "use_field_description": True,
        }
    return {"output_model_type": DataModelType.PydanticV2BaseModel}


def _generate(document: Document, api: Api, datamodel_templates: Path | None, backend: str) -> str:
    # imported here: it is the slowest import we have
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import InputFileType
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    schemas = (document.data.get("components") or {}).get("schemas") or {}
    # Keyed by class name, the schemas reach datamodel-code-generator as plain identifiers; the map
    # then only pins each class to the name the IR gave it.
    keyed = class_keys.keyed_by_class(document.data, {m.schema_name: m.name for m in api.models})
    enum_names = {m.name: m.name for m in api.models if m.kind == "enum"}
    if backend == PARAMS:
        params = {m.name: m.param_name for m in api.models if m.param_name}
        if not params:
            return '"""This API takes no objects in its requests."""\n'
        name_map = {SCHEMA_REF_PREFIX + key: name for key, name in params.items()}
        adapted = schema_adapt.for_params(keyed, params, enum_names, api.package)
    elif not schemas:
        return '"""This API declares no component schemas."""\n'
    else:
        name_map = {SCHEMA_REF_PREFIX + m.name: m.name for m in api.models}
        adapted = schema_adapt.for_backend(keyed, backend, enum_names, api.package)
    options: dict[str, Any] = dict(
        input_file_type=InputFileType.OpenAPI,
        # A one-value enum is a Literal: a discriminated union's variant then narrows the field it
        # inherits (`type: Literal["episode"]`) with a type mypy accepts as compatible.
        enum_field_as_literal=LiteralType.One,
        snake_case_field=True,
        # Inline keeps each description in `Field(description=...)` (model_fields, JSON schema) and
        # repeats it as the attribute's docstring (help(), editors); use_field_description drops the former.
        use_inline_field_description=True,
        target_python_version=PythonVersion.PY_310,
        formatters=[],
        model_name_map=name_map,
        # Inline models are named after their parent (`ParentField`), so they cannot take the name
        # that `model_name_map` gives a component schema (GitHub's spec has such clashes).
        parent_scoped_naming=True,
        # Enums name their values' type (`IntEnum` for `0`/`1`/`2`, a `oneOf` of `const`s too), so
        # the enum template derives integer and number enums from the open enum of their type.
        use_subclass_enum=True,
        # A required field that may be null is `X | None` with no default (GitHub's `closed_at` of
        # an open issue): without this, only optional fields accept null.
        strict_nullable=True,
        # A property's default stays on the property, not on the root models made from its anyOf
        # branches (`root: AnyUrl = None` for `anyOf: [{format: uri}, {type: "null"}]`).
        keep_field_defaults_off_branch_roots=True,
        use_schema_description=True,
        field_constraints=True,
        disable_timestamp=True,
        use_annotated=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_double_quotes=True,
        capitalise_enum_members=True,
        set_default_enum_member=True,
        custom_file_header=f'"""{python_literals.docstring(_header(api, backend))}"""',
    )
    options.update(_backend_options(backend))
    if backend != PARAMS:
        options.update(
            base_class=f"{api.package}._models.BaseModel",
            additional_imports=[
                f"{api.package}._enums.{name}"
                for name in ("OpenEnum", "OpenIntEnum", "OpenFloatEnum")
            ],
        )
    if datamodel_templates is not None:
        options["custom_template_dir"] = datamodel_templates
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown string formats are fine: they stay `str`
            source = generate(adapted, **options)
    except Exception as exc:  # datamodel-code-generator raises many types, RecursionError included
        raise _models_error(document, api, exc) from None
    if not isinstance(source, str):
        raise GeneratorError("datamodel-code-generator returned several modules; expected one")
    if backend == PARAMS:
        return source
    source = enums_first.enums_first(source)
    if backend == "msgspec":
        return default_coercion.cast_factory_defaults(source)
    return default_coercion.cast_validated_defaults(source)
