"""Build the intermediate representation from a validated OpenAPI document.

This is the only module that reads the raw document (besides model generation, which hands the
schemas to datamodel-code-generator). Extensions it reads, all optional:

- ``x-sdkgen-group`` (operation): the resource group attribute; absent → the client itself.
- ``x-sdkgen-name`` (operation): the method name.
- ``x-sdkgen-pagination`` (operation): ``{items, page-param, size-param, total, first-page}``.
- ``x-sdkgen-client-parameters`` (document): client-level defaults for body fields.
- ``x-sdkgen-example`` (operation): ``{argument wire name: value}``, a complete realistic call for
  the README's getting started.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from generator.config import Settings
from generator.errors import GeneratorError
from generator.ir import naming, python_literals, request_params, status_errors
from generator.ir.examples import example_value, has_own_example, is_valid
from generator.ir.nodes import (
    Api,
    Auth,
    AuthScheme,
    BodyEncoding,
    BodyKind,
    ClientParameter,
    ErrorResponse,
    Example,
    Model,
    ModelField,
    Operation,
    Pagination,
    Parameter,
    Resource,
)
from generator.ir.types_map import TypeMapper, union_of
from generator.spec.load import Document
from generator.spec.pointers import pointer_of

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: Names the generated modules use themselves; a schema with one of these names gets a suffix.
#: (tests/test_build_ir.py checks that every name the rendered modules import is here.)
RESERVED_CLASS_NAMES = frozenset(
    {
        # the SDK's runtime and typing, imported by the resource and client modules
        "Any",
        "Dict",
        "List",
        "Literal",
        "Sequence",
        "Mapping",
        "Optional",
        "Union",
        "TypeAlias",
        "Annotated",
        "Stream",
        "AsyncStream",
        "NotGiven",
        "SyncPage",
        "AsyncPage",
        "PaginationSpec",
        "Body",
        "FileContent",
        "FileTypes",
        "FormBody",
        "Headers",
        "Query",
        "RawBody",
        "RequestOptions",
        "SyncAPIClient",
        "AsyncAPIClient",
        "APIResponse",
        "AsyncAPIResponse",
        "OpenEnum",
        "OpenIntEnum",
        "OpenFloatEnum",
        "EnumOrLiteral",
        # imported by the request TypedDicts module
        "TypedDict",
        "NotRequired",
        "Required",
        # imported by the models module (pydantic and datamodel-code-generator's type names)
        "BaseModel",
        "Field",
        "RootModel",
        "ConfigDict",
        "Enum",
        "AwareDatetime",
        "NaiveDatetime",
        "AnyUrl",
        "EmailStr",
        "SecretStr",
        "Base64Str",
        "UUID",
        "UUID1",
        "UUID3",
        "UUID4",
        "UUID5",
        "Decimal",
        "Path",
        "IPv4Address",
        "IPv6Address",
        "IPv4Network",
        "IPv6Network",
        # imported by the msgspec models module
        "Meta",
        "Struct",
        "UnsetType",
    }
)
_JSON_TYPES = ("application/json",)
_STREAM_TYPE = "text/event-stream"


def build(document: Document, settings: Settings, backend: str = "pydantic") -> Api:
    """The :class:`Api` for ``document``, named as ``settings`` asks."""
    data = document.data
    schemas: dict[str, Any] = (data.get("components") or {}).get("schemas") or {}
    names = class_names(schemas)
    params = request_params.param_names(
        request_params.request_schema_keys(data, TypeMapper(data, names)), schemas, names
    )
    mapper = TypeMapper(data, names, params)
    operations = [
        form
        for path, path_item in (data.get("paths") or {}).items()
        for method, op in path_item.items()
        if method in HTTP_METHODS
        for form in _with_list_form(
            mapper, _operation(document, mapper, path, method, op, path_item), op
        )
    ]
    client_parameters = _client_parameters(document)
    package = naming.identifier(settings.package_name)
    auth_schemes = _auth_schemes(data, package, {c.name for c in client_parameters})
    operations = [_with_defaulted_fields(op, client_parameters) for op in operations]
    operations = [_with_security(op, data, auth_schemes) for op in operations]
    known = frozenset(mapper.class_names.values()) | frozenset(mapper.param_names.values())
    models = _in_modules([_model(mapper, key, schema, backend) for key, schema in schemas.items()])
    classes = frozenset(model.name for model in models if model.kind != "alias")
    operations = [_with_runtime_models(op, known, classes) for op in operations]
    root, resources = _group(data, operations, known)
    info = data.get("info") or {}
    client_class = settings.client_name or naming.pascal(package)
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        server_url=_server_url(data),
        package=package,
        distribution=settings.distribution_name or package.replace("_", "-"),
        package_version=settings.package_version,
        client_class=client_class,
        env_prefix=package.upper(),
        auth=auth_schemes[0] if auth_schemes else Auth("", "none", f"{package.upper()}_API_KEY"),
        auth_schemes=auth_schemes,
        security=_security(data.get("security"), auth_schemes),
        root=root,
        resources=resources,
        client_parameters=client_parameters,
        models=models,
        error_models=_error_models(operations),
        urls=_urls(info, data),
        license=settings.license or str((info.get("license") or {}).get("name", "")),
    )


def class_names(schemas: dict[str, Any]) -> dict[str, str]:
    """Component key → Python class name: PascalCase, unique, never shadowing our own names."""
    return naming.class_names(schemas, RESERVED_CLASS_NAMES)


def _server_url(data: dict[str, Any]) -> str:
    servers = data.get("servers") or [{"url": "http://localhost"}]
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url.rstrip("/")


#: Where an API key travels (``in``) → how the SDK sends it.
_API_KEY_SCHEMES: dict[str, AuthScheme] = {"header": "apiKey", "query": "query", "cookie": "cookie"}


#: Constructor arguments a credential's name must not take.
_CLIENT_ARGUMENTS = frozenset(
    {
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
        "strict_response_validation",
    }
)


def _auth_schemes(data: dict[str, Any], package: str, taken: set[str]) -> tuple[Auth, ...]:
    """Every security scheme the SDK can send, in the spec's order, each with its credential's
    constructor argument and environment variable.

    OAuth 2 and OpenID Connect take the access token as a bearer token; HTTP basic takes
    ``username:password``. An API key may travel in a header, the query or a cookie. With one
    scheme, the credential is ``api_key`` (``<PACKAGE>_API_KEY``), as in every SDK; with several,
    each is named after its scheme (``petstore_auth``, ``<PACKAGE>_PETSTORE_AUTH``).
    """
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    usable = [
        (str(key), _sending(scheme)) for key, scheme in schemes.items() if isinstance(scheme, dict)
    ]
    found = [
        (key, how, str(schemes[key].get("description") or "").strip())
        for key, how in usable
        if how is not None
    ]
    wanted = (
        ["api_key"]
        if len(found) == 1
        else [naming.argument(naming.snake(key)) for key, _, _ in found]
    )
    arguments = naming.unique(
        name + "_credential" if name in _CLIENT_ARGUMENTS or name in taken else name
        for name in wanted
    )
    return tuple(
        Auth(
            header=wire_name,
            scheme=kind,
            env_var=f"{package.upper()}_{argument.upper()}",
            key=key,
            argument=argument,
            description=description,
        )
        for (key, (kind, wire_name), description), argument in zip(found, arguments, strict=True)
    )


def _sending(scheme: dict[str, Any]) -> tuple[AuthScheme, str] | None:
    """How the SDK sends a scheme's credential (kind, header/parameter/cookie name); None if it cannot."""
    kind, http = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    if kind == "apiKey" and scheme.get("in") in _API_KEY_SCHEMES:
        return _API_KEY_SCHEMES[scheme["in"]], str(scheme.get("name", ""))
    if (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
        return "bearer", "Authorization"
    if kind == "http" and http == "basic":
        return "basic", "Authorization"
    return None


def _security(requirements: Any, schemes: tuple[Auth, ...]) -> tuple[tuple[str, ...], ...]:
    """A ``security`` list as alternatives of scheme keys, those the SDK cannot send left out
    (an alternative needing one is dropped; ``{}``, no credentials, is kept)."""
    known = {s.key for s in schemes}
    alternatives = [
        tuple(str(k) for k in r or {})
        for r in requirements or []
        if isinstance(r, dict) or r is None
    ]
    return tuple(a for a in alternatives if set(a) <= known)


def _urls(info: dict[str, Any], data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    candidates = [
        ("Homepage", (info.get("contact") or {}).get("url")),
        ("Documentation", (data.get("externalDocs") or {}).get("url")),
        ("Terms of Service", info.get("termsOfService")),
    ]
    return tuple((label, str(url)) for label, url in candidates if url)


def _client_parameters(document: Document) -> tuple[ClientParameter, ...]:
    raw = document.data.get("x-sdkgen-client-parameters") or []
    result = []
    for index, item in enumerate(raw):
        body_field = item.get("body-field") if isinstance(item, dict) else None
        if not isinstance(body_field, list) or not body_field or "name" not in item:
            raise GeneratorError(
                "each client parameter needs a 'name' and a non-empty 'body-field' list",
                document.locate(pointer_of(["x-sdkgen-client-parameters", index])),
            )
        result.append(
            ClientParameter(
                name=naming.argument(str(item["name"])),
                description=str(item.get("description", "")),
                body_field=tuple(str(part) for part in body_field),
            )
        )
    return tuple(result)


def _operation(
    document: Document,
    mapper: TypeMapper,
    path: str,
    method: str,
    op: dict[str, Any],
    path_item: dict[str, Any],
) -> Operation:
    group = op.get("x-sdkgen-group")
    if group is None and op.get("tags") and "x-sdkgen-name" not in op:
        group = op["tags"][0]
    group_name = naming.resource_attribute(str(group)) if group else ""
    operation_id = str(op.get("operationId") or f"{method}_{path}")
    name = naming.method(str(op.get("x-sdkgen-name") or _strip_group(operation_id, group_name)))
    body_encoding, body_media_type = _body_encoding(mapper, op)
    parameters, body_kind, body_forms = _parameters(mapper, op, path_item, body_encoding)
    return_annotation, return_model, stream_annotation = _success(mapper, op)
    switched = any(p.location == "body" and p.wire_name == "stream" for p in parameters)
    streams = stream_annotation is not None and _answers_only_events(mapper, op) and not switched
    if not (streams or switched):
        # Events the method has no way to ask for (OpenAI's speech: bytes, or events when a
        # `stream_format` says so): it returns its other answer, and names no chunk type.
        stream_annotation = None
    return Operation(
        name=name,
        operation_id=operation_id,
        http_method=method,
        path=path,
        summary=str(op.get("summary", "")).strip(),
        description=str(op.get("description", "")).strip(),
        parameters=parameters,
        body_kind=body_kind,
        body_forms=body_forms,
        return_annotation=return_annotation,
        return_model=return_model,
        stream_annotation=stream_annotation,
        pagination=_pagination(document, mapper, path, method, op),
        defaulted_body_fields=(),
        errors=_errors(mapper, op),
        deprecated=bool(op.get("deprecated")),
        body_encoding=body_encoding,
        body_media_type=body_media_type,
        group=group_name,
        example=_example(document, parameters, op, ["paths", path, method, "x-sdkgen-example"]),
        streams=streams,
    )


def _answers_only_events(mapper: TypeMapper, op: dict[str, Any]) -> bool:
    """Whether the operation's success answer is only ever a ``text/event-stream``."""
    responses = op.get("responses") or {}
    success = [
        mapper.deref(responses[s]).get("content") or {}
        for s in sorted(responses)
        if str(s).startswith("2")
    ]
    return bool(success) and set(success[0]) == {_STREAM_TYPE}


def _example(
    document: Document, parameters: tuple[Parameter, ...], op: dict[str, Any], pointer: list[object]
) -> tuple[Example, ...] | None:
    raw = op.get("x-sdkgen-example")
    if raw is None:
        return None
    by_wire_name = {p.wire_name: p for p in parameters}
    if not isinstance(raw, dict) or not set(raw) <= set(by_wire_name):
        raise GeneratorError(
            "x-sdkgen-example must map the operation's parameter names to values",
            document.locate(pointer_of(pointer)),
            hint=f"parameters: {', '.join(sorted(by_wire_name))}",
        )
    missing = [p.wire_name for p in parameters if p.required and p.wire_name not in raw]
    if missing:
        raise GeneratorError(
            f"x-sdkgen-example lacks the required parameter(s) {', '.join(missing)}",
            document.locate(pointer_of(pointer)),
        )
    return tuple(Example(by_wire_name[key].name, value) for key, value in raw.items())


def _strip_group(operation_id: str, group: str) -> str:
    snake_id = naming.snake(operation_id)
    prefix = group.rstrip("_") + "_"
    return snake_id[len(prefix) :] if group and snake_id.startswith(prefix) else snake_id


def _parameters(
    mapper: TypeMapper, op: dict[str, Any], path_item: dict[str, Any], encoding: BodyEncoding
) -> tuple[tuple[Parameter, ...], BodyKind, tuple[tuple[Parameter, ...], ...]]:
    """The method's arguments, the body's kind, and the arguments of each form of a body that
    has several (its overloads)."""
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(path_item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = mapper.deref(raw)
        declared[(str(param["in"]), str(param["name"]))] = param  # operation-level wins
    params = [
        _parameter(
            mapper,
            p["name"],
            p["in"],
            p.get("schema") or {},
            bool(p.get("required")),
            p.get("description") or mapper.deref(p.get("schema")).get("description", ""),
            p,
        )
        for p in declared.values()
        if p["in"] in ("path", "query", "header")
    ]
    body_kind, body_params, variants = _body(mapper, op, encoding)
    everything = params + body_params
    names = naming.unique(
        (
            p.name
            if sum(q.name == p.name for q in everything) == 1 or p.location != "body"
            else f"body_{p.name}"
        )
        for p in everything
    )
    renamed = [
        p if p.name == n else replace(p, name=n) for p, n in zip(everything, names, strict=True)
    ]
    body_names = {p.wire_name: p.name for p in renamed if p.location == "body"}
    forms = tuple(
        _in_signature_order(
            [
                *(p for p in renamed if p.location != "body"),
                *(replace(f, name=body_names[f.wire_name]) for f in variant),
            ]
        )
        for variant in variants
    )
    return _in_signature_order(renamed), body_kind, forms


def _in_signature_order(parameters: list[Parameter]) -> tuple[Parameter, ...]:
    """Required first, path parameters first among equals."""
    return tuple(sorted(parameters, key=lambda p: (not p.required, p.location != "path")))


def _parameter(
    mapper: TypeMapper,
    wire_name: str,
    location: str,
    schema: Any,
    required: bool,
    description: str,
    carrier: dict[str, Any] | None = None,
) -> Parameter:
    target = mapper.deref(schema)
    example_source = dict(schema) if isinstance(schema, dict) else {}
    for key in ("example", "examples"):
        if carrier and key in carrier and isinstance(carrier[key], (list, str, int, float, dict)):
            example_source[key] = (
                carrier[key]
                if key == "example"
                else list(carrier[key].values() if isinstance(carrier[key], dict) else carrier[key])
            )
    if isinstance(example_source.get("examples"), list) and example_source["examples"]:
        first = example_source["examples"][0]
        if isinstance(first, dict) and "value" in first:  # a parameter's Example Object
            example_source["examples"] = [first["value"]]
    return Parameter(
        name=naming.argument(wire_name),
        wire_name=wire_name,
        location=location,  # type: ignore[arg-type]
        annotation=mapper.annotation(schema, for_input=True),
        required=required,
        description=str(description or "").strip(),
        default=target.get("default"),
        has_default="default" in target,
        example=example_value(
            mapper, example_source, naming.snake(wire_name), as_text=location != "body"
        ),
        model=mapper.linked_model(schema),
        shown=required or (location != "body" and has_own_example(mapper, example_source)),
    )


def _json_media(content: dict[str, Any] | None) -> dict[str, Any] | None:
    """The JSON media type object of ``content``, if it has one."""
    for media_type, media in (content or {}).items():
        if media_type in _JSON_TYPES or media_type.endswith("+json"):
            return media if isinstance(media, dict) else {}
    return None


def _json_schema(content: dict[str, Any] | None) -> Any:
    return (_json_media(content) or {}).get("schema")


def _body_schema(mapper: TypeMapper, op: dict[str, Any]) -> Any:
    """The request body's schema: its JSON one, else that of its first media type (or None)."""
    content = mapper.deref(op.get("requestBody")).get("content") or {}
    schema = _json_schema(content)
    return next(iter(content.values())).get("schema") if schema is None and content else schema


def _body(
    mapper: TypeMapper, op: dict[str, Any], encoding: BodyEncoding
) -> tuple[BodyKind, list[Parameter], list[list[Parameter]]]:
    """The body's kind, its arguments, and (for a body of several object forms) each form's."""
    body = mapper.deref(op.get("requestBody"))
    schema = _body_schema(mapper, op)
    if schema is None:
        return "none", [], []
    objects = _object_variants(mapper, schema)
    if not objects:
        value = _parameter(
            mapper,
            "request_body",
            "body",
            schema,
            bool(body.get("required")),
            str(body.get("description", "")),
        )
        if value.annotation == "bytes" and encoding == "content":
            value = replace(value, annotation="FileContent")  # bytes, or a binary file to read
        return "value", [value], []
    variants = _distinct_variants([_fields(mapper, variant, encoding) for variant in objects])
    if len(variants) == 1:
        return "fields", _shown_validly(mapper, op, schema, variants[0]), []
    return "fields", _shown_validly(mapper, op, schema, _merged_fields(variants)), variants


def _shown_validly(
    mapper: TypeMapper, op: dict[str, Any], schema: Any, fields: list[Parameter]
) -> list[Parameter]:
    """``fields`` with the examples the README shows making a body the spec accepts: where the
    fields shown one by one do not (a body that is one of several forms, or an object whose
    `anyOf` requires one of its fields), the body's own example, else one made for the whole
    body, chooses them."""
    shown = {f.wire_name: f.example for f in fields if f.required or f.shown}
    if is_valid(mapper, shown, schema):
        return fields
    names = {f.wire_name for f in fields}
    whole = next(
        (
            value
            for value in _whole_bodies(mapper, op, schema)
            if isinstance(value, dict) and set(value) <= names and is_valid(mapper, value, schema)
        ),
        None,
    )
    if whole is None:
        return fields
    return [
        replace(f, shown=f.wire_name in whole, example=whole.get(f.wire_name, f.example))
        for f in fields
    ]


def _whole_bodies(mapper: TypeMapper, op: dict[str, Any], schema: Any) -> Iterator[Any]:
    """Example bodies: those the spec gives the JSON request body (its ``example``, then
    ``examples``), then one made from its schema, made only if none of those is taken."""
    media = _json_media(mapper.deref(op.get("requestBody")).get("content")) or {}
    if "example" in media:
        yield media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        yield from (mapper.deref(e).get("value") for e in examples.values())
    yield example_value(mapper, schema, "body")


def _fields(mapper: TypeMapper, object_schema: Any, encoding: BodyEncoding) -> list[Parameter]:
    """An object body's properties as keyword arguments."""
    props, required = mapper.properties(object_schema)
    fields = [
        _parameter(
            mapper,
            key,
            "body",
            value,
            key in required,
            _description(mapper, value),
            value if isinstance(value, dict) else None,
        )
        for key, value in props.items()
    ]
    if encoding == "multipart":  # a binary field is a file: bytes, file or (name, content)
        fields = [
            replace(f, annotation="FileTypes") if f.annotation == "bytes" else f for f in fields
        ]
    # Examples show one optional field besides the required ones, the first the spec illustrates
    # (chat_deployed's `project`): a call needs it to mean something, and fields that exclude
    # each other (`project` or `project_id`) are not shown together.
    first = next(
        (
            f
            for f in fields
            if not f.required
            and isinstance(props[f.wire_name], dict)
            and has_own_example(mapper, props[f.wire_name])
        ),
        None,
    )
    return [replace(f, shown=True) if f is first else f for f in fields]


def _distinct_variants(variants: list[list[Parameter]]) -> list[list[Parameter]]:
    """The forms a call can tell apart: a form that another accepts whole (its fields a subset
    with the same types, none of the other's required ones missing) would be an overload mypy
    never picks, so it goes."""

    def accepts(wider: list[Parameter], narrower: list[Parameter]) -> bool:
        fields = {(p.wire_name, p.annotation) for p in wider}
        given = {p.wire_name for p in narrower}
        return all((p.wire_name, p.annotation) in fields for p in narrower) and all(
            p.wire_name in given for p in wider if p.required
        )

    return [
        variant
        for index, variant in enumerate(variants)
        if not any(
            accepts(other, variant) and (index > other_index or not accepts(variant, other))
            for other_index, other in enumerate(variants)
            if other_index != index
        )
    ]


def _merged_fields(variants: list[list[Parameter]]) -> list[Parameter]:
    """The arguments of a method whose body has several forms: every form's fields, each typed
    as any form types it, required only where every form requires it."""
    by_name: dict[str, list[Parameter]] = {}
    for variant in variants:
        for field in variant:
            by_name.setdefault(field.wire_name, []).append(field)
    return [
        replace(
            fields[0],
            annotation=union_of([f.annotation for f in fields]),
            required=len(fields) == len(variants) and all(f.required for f in fields),
        )
        for fields in by_name.values()
    ]


def _body_encoding(mapper: TypeMapper, op: dict[str, Any]) -> tuple[BodyEncoding, str]:
    """How the body is sent, and as which media type: JSON when the spec allows it, else a
    form, multipart, or (any other type) the value as it is."""
    content = mapper.deref(op.get("requestBody")).get("content") or {}
    if not content or _json_schema(content) is not None:
        return "json", "application/json"
    if "multipart/form-data" in content:
        return "multipart", "multipart/form-data"
    if "application/x-www-form-urlencoded" in content:
        return "form", "application/x-www-form-urlencoded"
    return "content", next(iter(content))


def _description(mapper: TypeMapper, schema: Any) -> str:
    """A property's own description (3.1 allows one beside ``$ref``), else its target's."""
    if not isinstance(schema, dict):
        return ""
    return str(schema.get("description") or mapper.deref(schema).get("description", ""))


def _object_variants(mapper: TypeMapper, schema: Any) -> list[Any]:
    """The object schemas whose properties become keyword arguments (one per form of a
    ``oneOf``/``anyOf`` body), or none for a value body."""
    if mapper.is_object(schema):
        return [schema]
    target = mapper.deref(schema)
    return [
        member
        for combinator in ("oneOf", "anyOf")
        for member in target.get(combinator) or []
        if mapper.is_object(member)
    ]


def _success(mapper: TypeMapper, op: dict[str, Any]) -> tuple[str, str | None, str | None]:
    responses = op.get("responses") or {}
    for status in sorted(responses):
        if not str(status).startswith("2"):
            continue
        response = mapper.deref(responses[status])
        content = response.get("content") or {}
        schema = _json_schema(content)
        stream = (content.get(_STREAM_TYPE) or {}).get("schema")
        stream_annotation = mapper.annotation(stream) if stream is not None else None
        if schema is None:
            return _not_json(content), None, stream_annotation
        return mapper.annotation(schema), mapper.linked_model(schema), stream_annotation
    return "None", None, None


#: Media types (beside ``text/*``) whose bodies a method returns as ``bytes``.
_BINARY_TYPES = (
    "application/octet-stream",
    "application/pdf",
    "application/zip",
    "image/",
    "audio/",
    "video/",
)


def _not_json(content: dict[str, Any]) -> str:
    """The return type of a response without JSON: text as ``str``; any other media type (files,
    tarballs, Docker's raw streams, JSON Lines) as the ``bytes`` received, which the SDK asks for
    with ``Accept: */*`` (asking for JSON, the server could only refuse: 406), unless its schema
    says it is a (non-binary) string."""
    media_types = [m for m in content if m != _STREAM_TYPE]
    if not content:
        return "None"
    if any(m.startswith("text/") for m in media_types):
        return "str"
    if media_types and all(m.startswith(_BINARY_TYPES) for m in media_types):
        return "bytes"
    # Another media type whose schema says it is a string (`application/sdp`, GitHub's
    # `application/octocat-stream`): its text, or its bytes when the string is binary.
    schemas = [(content.get(m) or {}).get("schema") for m in media_types]
    strings = [s for s in schemas if isinstance(s, dict) and s.get("type") == "string"]
    if strings and len(strings) == len(schemas):
        return "bytes" if any(s.get("format") == "binary" for s in strings) else "str"
    return "bytes" if media_types else "Any"


def _pagination(
    document: Document, mapper: TypeMapper, path: str, method: str, op: dict[str, Any]
) -> Pagination | None:
    spec = op.get("x-sdkgen-pagination")
    if not isinstance(spec, dict):
        return None
    first_page = spec.get("first-page", 1)
    # bool is an int subclass; `first-page: true` is a mistake, not page 1.
    if not isinstance(first_page, int) or isinstance(first_page, bool):
        raise GeneratorError(
            "'first-page' must be an integer (the number of the first page, usually 0 or 1)",
            document.locate(
                pointer_of(["paths", path, method, "x-sdkgen-pagination", "first-page"])
            ),
        )
    items = str(spec.get("items", "items"))
    item_annotation = "Any"
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            schema = _json_schema(mapper.deref(response).get("content"))
            props, _ = mapper.properties(schema)
            if items in props:
                item_annotation = mapper.annotation(mapper.deref(props[items]).get("items") or {})
            break
    return Pagination(
        items=items,
        page_param=str(spec.get("page-param", "page")),
        size_param=str(spec.get("size-param", "size")),
        total=str(spec.get("total", "total")),
        first_page=first_page,
        item_annotation=item_annotation,
    )


def _errors(mapper: TypeMapper, op: dict[str, Any]) -> tuple[ErrorResponse, ...]:
    result = []
    for status, raw in sorted((op.get("responses") or {}).items()):
        if str(status)[0] in "45":
            response = mapper.deref(raw)
            schema = _json_schema(response.get("content"))
            result.append(
                ErrorResponse(
                    status=str(status),
                    description=str(response.get("description", "")).strip(),
                    model=mapper.linked_model(schema) if schema is not None else None,
                    exception=status_errors.exception_for(str(status)),
                )
            )
    return tuple(result)


def _error_models(operations: list[Operation]) -> tuple[tuple[int, str], ...]:
    """Statuses whose error body has the same model wherever the spec documents it."""
    seen: dict[int, set[str | None]] = {}
    for op in operations:
        for error in op.errors:
            if error.status.isdigit():
                seen.setdefault(int(error.status), set()).add(error.model)
    result = []
    for status, models in sorted(seen.items()):
        model = next(iter(models))
        if len(models) == 1 and model is not None:
            result.append((status, model))
    return tuple(result)


def _with_list_form(
    mapper: TypeMapper, operation: Operation, op: dict[str, Any]
) -> list[Operation]:
    """The operation, and beside it ``<name>_many`` when its body may also be a list.

    A body of ``oneOf``/``anyOf`` an object and an array (Humanloop's ``log`` and ``feedback``:
    one item or a list) gives the object's fields as keyword arguments, so the list needs a
    method of its own: ``feedback_many(items=[...])`` sends the list as the body.
    """
    if operation.body_kind != "fields" or operation.body_encoding != "json":
        return [operation]
    body = mapper.deref(_body_schema(mapper, op))
    arrays = [
        m
        for c in ("oneOf", "anyOf")
        for m in body.get(c) or []
        if mapper.deref(m).get("type") == "array"
    ]
    if not arrays:
        return [operation]
    items = _parameter(
        mapper,
        "items",
        "body",
        mapper.deref(arrays[0]),
        True,
        f"The items to send in one request, each as `{operation.name}` takes it.",
    )
    many = replace(
        operation,
        name=f"{operation.name}_many",
        parameters=(*(p for p in operation.parameters if p.location != "body"), items),
        body_kind="value",
        body_forms=(),
        stream_annotation=None,
        example=None,
    )
    return [operation, many]


def _with_security(op: Operation, data: dict[str, Any], schemes: tuple[Auth, ...]) -> Operation:
    """The operation with its own ``security``, where it names one (else the document's applies)."""
    own = data["paths"][op.path][op.http_method]
    return replace(op, security=_security(own["security"], schemes)) if "security" in own else op


def _with_defaulted_fields(
    op: Operation, client_parameters: tuple[ClientParameter, ...]
) -> Operation:
    fields = {p.wire_name for p in op.body_parameters} if op.body_kind == "fields" else set()
    defaulted = tuple(
        dict.fromkeys(c.body_field[0] for c in client_parameters if c.body_field[0] in fields)
    )
    return replace(op, defaulted_body_fields=defaulted) if defaulted else op


def models_in(annotation: str, known: frozenset[str]) -> set[str]:
    """Model names an annotation mentions."""
    return python_literals.names_in(annotation) & known


def _with_runtime_models(
    op: Operation, known: frozenset[str], classes: frozenset[str]
) -> Operation:
    """The operation with the models its method needs at run time, and whether the call to the
    runtime types its result (``classes``: the models that are classes, not aliases)."""
    used = sorted(set().union(*(models_in(a, known) for a in op.result_annotations)))
    typed = (
        op.pagination is not None  # by page_cls
        or op.streams  # by stream_cls
        or python_literals.typed_as_value(op.return_annotation, classes)  # by cast_to
    )
    return replace(op, runtime_models=tuple(used), result_typed_by_call=typed)


def _signature_models(ops: list[Operation], known: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(set().union(*(models_in(a, known) for op in ops for a in op.annotations))))


def _group(
    data: dict[str, Any], operations: list[Operation], known: frozenset[str]
) -> tuple[Resource, tuple[Resource, ...]]:
    tags = {
        naming.resource_attribute(str(t.get("name", ""))): str(t.get("description", ""))
        for t in data.get("tags") or []
    }
    by_group: dict[str, list[Operation]] = {}
    for op in operations:
        by_group.setdefault(op.group, []).append(op)
    resources = {
        group: Resource(
            name=group,
            module=group or "_root",
            class_name=_class_name(naming.pascal(group) if group else "Root", known),
            description=tags.get(group, ""),
            operations=tuple(_unique_names(ops)),
            models=_signature_models(ops, known),
        )
        for group, ops in by_group.items()
    }
    root = resources.pop("", Resource("", "_root", "Root", "", ()))
    return root, tuple(resources[name] for name in sorted(resources))


def _class_name(wanted: str, models: frozenset[str]) -> str:
    """A resource class name that no model shadows in the module that imports both."""
    return wanted + "Resource" if wanted in models or wanted in RESERVED_CLASS_NAMES else wanted


def _unique_names(ops: list[Operation]) -> list[Operation]:
    names = naming.unique(op.name for op in ops)
    return [op if op.name == n else replace(op, name=n) for op, n in zip(ops, names, strict=True)]


def _in_modules(models: list[Model]) -> tuple[Model, ...]:
    modules = naming.model_modules(model.name for model in models)
    return tuple(
        replace(model, module=module) for model, module in zip(models, modules, strict=True)
    )


def _model(mapper: TypeMapper, key: str, schema: Any, backend: str) -> Model:
    target = mapper.deref(schema)
    name = mapper.class_names[key]
    param_name = mapper.param_names.get(key)
    description = str(target.get("description", "")).strip()
    values = mapper.enum_values(target)
    if values is not None:
        return Model(name, key, "enum", description, enum_values=tuple(values))
    if not mapper.is_object(target):
        return Model(name, key, "alias", description, param_name=param_name)
    props, required = mapper.properties(target)
    fields = tuple(
        ModelField(
            name=prop,
            annotation=mapper.annotation(value),
            required=prop in required,
            description=_description(mapper, value).strip(),
            model=mapper.linked_model(value),
            python_name=(
                python_name if (python_name := naming.model_field(prop, backend)) != prop else ""
            ),
        )
        for prop, value in props.items()
    )
    return Model(name, key, "object", description, fields=fields, param_name=param_name)
