"""The intermediate representation: a named, validated view of the API that templates render.

Nothing after :mod:`generator.ir.build` looks at the raw OpenAPI document. Every field is
documented here because these classes *are* the template context (see ``docs/templates.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.ir import status_errors

#: Bumped whenever a field, filter or block is renamed or removed; additions keep the version.
CONTEXT_VERSION = 1

#: What changed in each context version (docs/templates.md renders it as the changelog).
CONTEXT_CHANGES: dict[int, str] = {
    1: "First version.",
}

ParameterLocation = Literal["path", "query", "header", "body"]
BodyKind = Literal["none", "fields", "value"]
BodyEncoding = Literal["json", "form", "multipart", "content"]
AuthScheme = Literal["apiKey", "query", "cookie", "bearer", "basic", "none"]


@dataclass(frozen=True)
class Parameter:
    """One keyword argument of a generated method."""

    name: str
    """Python name of the argument (snake_case, safe)."""
    wire_name: str
    """Name on the wire: the path/query/header parameter or body property name."""
    location: ParameterLocation
    """Where the value goes in the request."""
    annotation: str
    """Python type of the argument, without the ``| NotGiven`` of optional arguments."""
    required: bool
    """Whether the caller must pass it."""
    description: str = ""
    """Description from the spec (untrusted text: render through the ``docstring`` filter)."""
    default: Any = None
    """The server-side default from the spec, for documentation (the SDK sends nothing)."""
    has_default: bool = False
    """Whether the spec declares a default."""
    example: Any = None
    """A realistic value for examples: the spec's example, default, or one made from the type."""
    model: str | None = None
    """The model class this argument's type links to in docs, if any."""
    shown: bool = False
    """Whether the README's usage passes it: every required argument, and an optional path,
    query or header parameter the spec gives an example of (what a user needs, not only what
    is required)."""


@dataclass(frozen=True)
class Pagination:
    """How a paginated operation's envelope and query parameters are named."""

    items: str
    """Envelope field holding the page's records."""
    page_param: str
    """Query parameter selecting the page number."""
    size_param: str
    """Query parameter selecting the page size."""
    total: str
    """Envelope field holding the total number of records."""
    first_page: int
    """Number of the first page: 0 when the page parameter is an offset, else usually 1."""
    item_annotation: str
    """Python type of one record."""


@dataclass(frozen=True)
class ErrorResponse:
    """A documented non-2xx response."""

    status: str
    """HTTP status code or range (``"422"``, ``"4XX"``)."""
    description: str
    """The response's description."""
    model: str | None
    """The model its body parses into, if named."""
    exception: str = "APIStatusError"
    """The SDK exception class raised for this status (see :mod:`generator.ir.status_errors`)."""


@dataclass(frozen=True)
class Example:
    """One argument of a hand-picked example call (``x-sdkgen-example``)."""

    name: str
    """Python name of the argument."""
    value: Any
    """Its JSON value."""


@dataclass(frozen=True)
class Operation:
    """One API operation, rendered as one method on a sync and an async class."""

    name: str
    """Method name (snake_case)."""
    operation_id: str
    """The spec's operationId (or one made from method and path)."""
    http_method: str
    """Lower-case HTTP method."""
    path: str
    """Path template relative to the server URL, e.g. ``/projects/{id}``."""
    summary: str
    """One-line summary (untrusted text)."""
    description: str
    """Longer description (untrusted text)."""
    parameters: tuple[Parameter, ...]
    """All arguments in signature order: required first, then optional."""
    body_kind: BodyKind
    """``fields``: body properties are keyword arguments; ``value``: one argument is the body."""
    return_annotation: str
    """Python type the JSON response parses into (``None`` for no content)."""
    return_model: str | None
    """The model linked from docs for the return type, if any."""
    stream_annotation: str | None
    """Type of one server-sent event chunk, when the operation can stream."""
    pagination: Pagination | None
    """Set when the operation returns a page envelope."""
    defaulted_body_fields: tuple[str, ...]
    """Body fields that receive client-level defaults (see ``Api.client_parameters``)."""
    errors: tuple[ErrorResponse, ...]
    """Documented error responses."""
    runtime_models: tuple[str, ...] = ()
    """Models the method body needs at run time (return, chunk and page item types)."""
    deprecated: bool = False
    """Whether the spec marks the operation deprecated."""
    body_encoding: BodyEncoding = "json"
    """How the body is sent: JSON, or (when the spec offers no JSON) ``form`` (URL-encoded),
    ``multipart`` (``multipart/form-data``, where binary fields are files) or ``content`` (the
    value as it is, as ``body_media_type``: a file's bytes, a text)."""
    body_media_type: str = "application/json"
    """The media type the body is sent as."""
    group: str = ""
    """The resource group's attribute name, ``""`` for the client's own methods."""

    @property
    def result_annotations(self) -> tuple[str, ...]:
        """The types the method hands back: its return type (a paginated one's item type: the
        envelope stays inside the page), and the type of a streamed chunk."""
        result = self.pagination.item_annotation if self.pagination else self.return_annotation
        return (result, self.stream_annotation) if self.stream_annotation else (result,)

    @property
    def annotations(self) -> tuple[str, ...]:
        """Every type annotation the method's signatures mention (its overloads' too)."""
        forms = (p.annotation for form in self.body_forms for p in form)
        return (*(p.annotation for p in self.parameters), *forms, *self.result_annotations)

    example: tuple[Example, ...] | None = None
    """A complete, realistic call from ``x-sdkgen-example``: the README's getting started shows it."""
    body_forms: tuple[tuple[Parameter, ...], ...] = ()
    """For a body that may be one of several objects (``oneOf``/``anyOf``): each form's arguments,
    in signature order, one ``@overload`` each; ``parameters`` then holds every form's fields."""
    streams: bool = False
    """The operation answers only with server-sent events (no ``stream`` argument switches them
    on): the method always returns a stream of ``stream_annotation`` chunks."""
    result_typed_by_call: bool = True
    """Whether mypy reads the method's result type from its call to the runtime (``cast_to`` is
    a class, a generic alias of one or ``None``; or ``stream_cls`` or ``page_cls`` decides): the
    method returns the call. Else (a union, an alias model, a ``Literal``) the result is
    annotated with the method's return type."""
    security: tuple[tuple[str, ...], ...] | None = None
    """The operation's own ``security``: alternatives, each the keys of the schemes
    (``Auth.key``) whose credentials are sent together; ``()`` sends none (``security: []``).
    ``None``: the document's (``Api.security``) applies."""

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        """Arguments that fill the path template."""
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        """Arguments sent as query parameters."""
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        """Arguments sent as headers."""
        return tuple(p for p in self.parameters if p.location == "header")

    @property
    def body_parameters(self) -> tuple[Parameter, ...]:
        """Arguments that make up the JSON body."""
        return tuple(p for p in self.parameters if p.location == "body")

    @property
    def error_models(self) -> tuple[tuple[int, str], ...]:
        """The operation's error table: status → the model an error body of that status parses
        into, for each documented status (not range) whose body has one."""
        return tuple(
            (int(e.status), e.model) for e in self.errors if e.status.isdigit() and e.model
        )

    @property
    def stream_parameter(self) -> Parameter | None:
        """The boolean body argument that switches streaming on, when the operation can stream."""
        if self.stream_annotation is None:
            return None
        return next((p for p in self.body_parameters if p.wire_name == "stream"), None)

    @property
    def headline(self) -> str:
        """The docstring's first line: the description's first sentence, else the summary."""
        return _split_first_sentence(self.description or self.summary or self.call_name)[0]

    @property
    def details(self) -> str:
        """The description after its first sentence (``""`` if nothing is left)."""
        return _split_first_sentence(self.description)[1] if self.description else ""

    @property
    def usage(self) -> tuple[Example, ...]:
        """Arguments of the README's usage snippet: every required one and those the spec
        shows an example of (``Parameter.shown``), with their example values."""
        return tuple(Example(p.name, p.example) for p in self.parameters if p.required or p.shown)

    @property
    def rejected_usage(self) -> tuple[Example, ...] | None:
        """The usage with its first non-empty object argument emptied, which fails validation
        whenever that object has required fields (for the README's error-handling example)."""
        usage = self.usage
        for index, argument in enumerate(usage):
            if isinstance(argument.value, dict) and argument.value:
                return (*usage[:index], Example(argument.name, {}), *usage[index + 1 :])
        return None

    @property
    def call_name(self) -> str:
        """How a user calls it: ``projects.list_configs`` or ``chat``."""
        return f"{self.group}.{self.name}" if self.group else self.name


def _split_first_sentence(text: str) -> tuple[str, str]:
    first, _, rest = re.sub(r"[ \t]+", " ", text.strip()).partition("\n")
    sentence, end, more = first.partition(". ")
    return (sentence + end).strip(), (more + "\n" + rest).strip()


@dataclass(frozen=True)
class Resource:
    """A group of operations: one module with a sync and an async class."""

    name: str
    """Attribute on the client (``projects``); ``""`` for the client's own methods."""
    module: str
    """Module name under ``resources/``."""
    class_name: str
    """Sync class name (``Projects``); the async one is ``Async`` + this."""
    description: str
    """The tag's description (untrusted text)."""
    operations: tuple[Operation, ...]
    """The group's operations, in spec order."""
    models: tuple[str, ...] = ()
    """Every model the module's signatures mention, sorted."""


@dataclass(frozen=True)
class ClientParameter:
    """A constructor argument whose value fills a body field of every request that has it."""

    name: str
    """Constructor keyword (``openai_api_key``)."""
    description: str
    """Description (untrusted text)."""
    body_field: tuple[str, ...]
    """Path into the body: (``provider_api_keys``, ``openai``)."""


@dataclass(frozen=True)
class ModelField:
    """One field of a model, for the docs."""

    name: str
    """Wire name."""
    annotation: str
    """Python type."""
    required: bool
    """Whether the field is required."""
    description: str
    """Description (untrusted text)."""
    model: str | None
    """Linked model, if the type is one."""
    python_name: str = ""
    """The model's attribute for it, when not ``name`` (``model_config_``, ``from_``, ``user_id``)."""


@dataclass(frozen=True)
class Model:
    """A component schema, generated as a pydantic model, enum or alias."""

    name: str
    """Python class name."""
    schema_name: str
    """Key under ``components/schemas``."""
    kind: Literal["object", "enum", "alias"]
    """What sort of Python definition it becomes."""
    description: str
    """Description (untrusted text)."""
    fields: tuple[ModelField, ...] = ()
    """Fields of an object model."""
    enum_values: tuple[Any, ...] = ()
    """Members of an enum."""
    param_name: str | None = None
    """The TypedDict a request takes for this schema (``ChatMessageParam``), when a request body or
    parameter can carry it (``types/_params.py``)."""
    module: str = ""
    """Its module under ``types/`` (``project_response``): the SDK imports each model on its own."""


@dataclass(frozen=True)
class Auth:
    """How the API key travels."""

    header: str
    """Header name (``X-API-KEY``), ``Authorization`` for bearer tokens, or the query parameter's
    or cookie's name."""
    scheme: AuthScheme
    """``apiKey``: in the header; ``query``, ``cookie``: in the query or a cookie; ``bearer``
    prefixes the value with ``Bearer ``; ``basic`` sends ``username:password`` encoded; ``none``:
    the API takes no credentials."""
    env_var: str
    """Environment variable the client reads the key from."""
    key: str = ""
    """The scheme's name under ``components/securitySchemes``."""
    argument: str = "api_key"
    """The client constructor's argument for this credential: ``api_key`` when the API has one
    scheme, else named after the scheme."""
    description: str = ""
    """The scheme's description (untrusted text)."""


@dataclass(frozen=True)
class Api:
    """The whole API: the root of the template context."""

    title: str
    """The spec's ``info.title`` (untrusted text)."""
    version: str
    """The spec's ``info.version``."""
    description: str
    """The spec's ``info.description`` (untrusted text)."""
    server_url: str
    """Default base URL."""
    package: str
    """Python import name of the SDK (``humanloop``)."""
    distribution: str
    """Distribution name on the package index."""
    package_version: str
    """Version of the generated package."""
    client_class: str
    """Sync client class name; the async one is ``Async`` + this."""
    env_prefix: str
    """Prefix of the environment variables the client reads (``HUMANLOOP``)."""
    auth: Auth
    """Authentication: the first of ``auth_schemes`` (scheme ``none`` when there is none)."""
    root: Resource
    """Operations on the client itself."""
    resources: tuple[Resource, ...]
    """Resource groups, sorted by name."""
    client_parameters: tuple[ClientParameter, ...]
    """Client-level body defaults (``x-sdkgen-client-parameters``)."""
    models: tuple[Model, ...]
    """Component schemas, in spec order."""
    error_models: tuple[tuple[int, str], ...]
    """Status code → model that error bodies of that status parse into, where every operation
    that documents the status names the same model (the README's table; each method passes
    its own, ``Operation.error_models``)."""
    urls: tuple[tuple[str, str], ...] = field(default=())
    """Project URLs (label, URL) from the spec's contact, docs and terms."""
    license: str = ""
    """Licence of the package: ``license`` in ``[tool.sdkgen]``, else the spec's licence name."""
    auth_schemes: tuple[Auth, ...] = ()
    """Every security scheme the SDK can send: one credential each."""
    security: tuple[tuple[str, ...], ...] = ()
    """The document's ``security``: what operations without their own send (see
    ``Operation.security``)."""

    @property
    def status_exceptions(self) -> tuple[tuple[str, str], ...]:
        """The SDK's status → exception table, for docs."""
        table = [(str(code), name) for code, name in status_errors.EXCEPTIONS_BY_STATUS.items()]
        return (*table, (">= 500", status_errors.SERVER_ERROR))

    @property
    def getting_started(self) -> tuple[Operation, ...]:
        """Operations with a hand-picked example, in spec order."""
        return tuple(op for op in self.all_operations if op.example is not None)

    @property
    def all_operations(self) -> tuple[Operation, ...]:
        """The client's own operations, then each group's."""
        return self.root.operations + tuple(op for r in self.resources for op in r.operations)
