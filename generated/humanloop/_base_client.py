"""The HTTP core shared by every resource: request building, retries, errors, parsing.

``SyncAPIClient`` and ``AsyncAPIClient`` differ only where I/O happens (sending,
sleeping, closing). Everything else lives once, in ``_BaseClient``: building a
request from a call's arguments, deciding whether and when to retry, mapping
error statuses to exceptions and validating response bodies.

A response body that does not match its type is still returned, built as far as
it matches (``_models.construct``), unless the client was made with
``strict_response_validation=True``: then it raises ``APIResponseValidationError``.

Start-up cost: the runtime modules import ``_models`` (and with it pydantic's
model machinery, tens of milliseconds and several MiB) only when the first
response is parsed, so ``import`` plus constructing a client stays cheap.

Models are parsed and dumped only through ``_models`` (``decode``, ``validate``,
``to_jsonable`` and its two error classes), so another model library (the
python-msgspec style) replaces that one module.
"""

from __future__ import annotations

import base64
import contextlib
import copy as copy_module
import email.utils
import functools
import importlib
import io
import itertools
import json
import logging
import os
import platform
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, get_args, overload
from urllib.parse import quote

import httpx

from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    connection_error_for,
    status_error_for,
)
from ._pagination import AsyncPage, PaginationSpec, SyncPage, parse_page
from ._response import RAW_RESPONSE_HEADER, RAW_STREAM, APIResponse, AsyncAPIResponse
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, FormBody, NotGiven, RawBody, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing's own from Python 3.11

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Credential",
    "SyncAPIClient",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking for a longer pause is better answered with an error than a hung call.
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})
_ERROR_SUMMARY_LIMIT = 1000

_PACKAGE = (__package__ or __name__).split(".")[0]
DEFAULT_USER_AGENT = f"{_PACKAGE}/python {platform.python_version()} httpx/{httpx.__version__}"

_PATH_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

_HttpxClientT = TypeVar("_HttpxClientT", bound=httpx.Client | httpx.AsyncClient)
_ClientT = TypeVar("_ClientT", bound="_BaseClient[Any]")
_T = TypeVar("_T")
_SyncStreamT = TypeVar("_SyncStreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])
_SyncPageT = TypeVar("_SyncPageT", bound=SyncPage[Any])
_AsyncPageT = TypeVar("_AsyncPageT", bound=AsyncPage[Any])


# ---------------------------------------------------------------------------
# Encoding values
# ---------------------------------------------------------------------------


def to_json_data(value: object) -> object:
    """Convert a request body value to data ``json.dumps`` accepts.

    Models become what ``_models.to_jsonable`` makes of them (with pydantic: by alias,
    only the fields that were set, so server-side defaults apply to everything
    else); ``NOT_GIVEN`` entries are left out.
    """
    if isinstance(value, Enum):
        # Before the `str` check: a str-based enum must send its value, not "Color.RED".
        return to_json_data(value.value)
    if isinstance(value, Mapping):
        return json_object(value)
    if isinstance(value, (list, tuple)):
        return [to_json_data(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    from ._models import to_jsonable  # on first use: see the module docstring

    return to_jsonable(value)  # models, datetimes, UUIDs, decimals, sets, ...


def json_object(mapping: Mapping[Any, object]) -> dict[str, object]:
    """``to_json_data`` for a mapping, typed as the JSON object it becomes."""
    return {str(k): to_json_data(v) for k, v in mapping.items() if not isinstance(v, NotGiven)}


def _param_text(value: object) -> str:
    """Render one path or query parameter value as text (booleans as JSON does)."""
    data = to_json_data(value)
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, str):
        return data
    if data is None:
        return ""
    if isinstance(data, (int, float)):
        return str(data)
    return json.dumps(data, separators=(",", ":"))


def _query_value(value: object) -> str | list[str]:
    """Sequences become repeated parameters (``?tag=a&tag=b``), the usual OpenAPI style."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_param_text(item) for item in value]
    return _param_text(value)


def build_query(*parts: Mapping[str, object] | None) -> dict[str, str | list[str]]:
    """Merge query mappings left to right, dropping ``NOT_GIVEN`` and ``None`` values."""
    query: dict[str, str | list[str]] = {}
    for part in parts:
        for name, value in (part or {}).items():
            if value is None or isinstance(value, NotGiven):
                continue
            query[name] = _query_value(value)
    return query


def build_headers(headers: Mapping[str, object] | None) -> dict[str, str]:
    """Header parameters as text, dropping ``NOT_GIVEN`` and ``None`` values.

    Values are written as query values are; a sequence becomes one comma-separated value
    (OpenAPI's ``simple`` style, the only one headers have).
    """
    return {
        name: (
            ",".join(_param_text(item) for item in value)
            if isinstance(value, (list, tuple, set, frozenset))
            else _param_text(value)
        )
        for name, value in (headers or {}).items()
        if value is not None and not isinstance(value, NotGiven)
    }


def fill_path(path: str, path_params: Mapping[str, object] | None) -> str:
    """Substitute ``{name}`` placeholders with URL-quoted parameter values."""
    params = path_params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise ValueError(f"Missing path parameter {name!r} for {path!r}")
        text = _param_text(params[name])
        if not text:
            # An empty segment would silently address a different endpoint.
            raise ValueError(f"Path parameter {name!r} must not be empty")
        return quote(text, safe="")

    return _PATH_PLACEHOLDER.sub(substitute, path)


#: What to accept for a method that returns text or a file rather than JSON.
_ACCEPT: dict[Any, str] = {str: "text/*, */*;q=0.5", bytes: "*/*"}


def _form_parts(body: FormBody) -> tuple[dict[str, str | list[str]], dict[str, Any]]:
    """A form body's text fields and (multipart only) its files, as httpx takes them."""
    data: dict[str, str | list[str]] = {}
    files: dict[str, Any] = {}
    for name, value in body.fields.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        if body.multipart and isinstance(value, (bytes, bytearray, io.IOBase, tuple)):
            files[name] = value
            continue
        converted = to_json_data(value)
        data[name] = (
            [_form_text(v) for v in converted]
            if isinstance(converted, list)
            else _form_text(converted)
        )
    return data, files


def _read_file(value: object) -> object:
    """A file object as its name and content, read once (also inside a tuple); others as they are."""
    if isinstance(value, tuple) and len(value) > 1 and isinstance(value[1], io.IOBase):
        return (value[0], value[1].read(), *value[2:])
    if not isinstance(value, io.IOBase):
        return value
    name = os.path.basename(str(getattr(value, "name", ""))) or None
    return (name, value.read())


def _form_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _extra_body_mapping(extra_body: object) -> Mapping[Any, object]:
    """``extra_body`` is typed loosely in generated signatures; it must be a mapping."""
    if extra_body is None:
        return {}
    if not isinstance(extra_body, Mapping):
        raise TypeError("extra_body must be a mapping of field names to values")
    return extra_body


def _pop_header(headers: dict[str, str], name: str) -> str | None:
    """Remove a header whatever its case and return its value."""
    for key in list(headers):
        if key.lower() == name.lower():
            return headers.pop(key)
    return None


# ---------------------------------------------------------------------------
# Retry timing
# ---------------------------------------------------------------------------


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Read how long the server asks us to wait: ``retry-after-ms``, else ``Retry-After``.

    ``Retry-After`` may be a number of seconds or an HTTP date.
    """
    retry_after_ms = headers.get("retry-after-ms")
    if retry_after_ms is not None:
        try:
            return float(retry_after_ms) / 1000
        except ValueError:
            pass
    retry_after = headers.get("retry-after")
    if retry_after is None:
        return None
    try:
        return float(retry_after)
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    return moment.timestamp() - (time.time() if now is None else now)


def backoff_seconds(retries_taken: int, jitter: float) -> float:
    """Exponential backoff from 0.5 s capped at 8 s; ``jitter`` in [0, 1) shortens it by up to 25%.

    The jitter spreads out clients that failed at the same moment.
    """
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * jitter)


def is_retryable_status(status_code: int) -> bool:
    """Timeouts, lock conflicts, rate limits and server errors are worth another try."""
    return status_code in RETRYABLE_STATUSES or status_code >= 500


# ---------------------------------------------------------------------------
# The shared client
# ---------------------------------------------------------------------------


#: An operation's error table: status → the model an error body of that status parses into, as
#: the class or as its name among the SDK's ``types``, which is imported only when such an error
#: comes (the SDK loads each model module on first use).
ErrorModels = Mapping[int, "type[Any] | str"]


def _error_model(model: type[Any] | str) -> Any:
    """The class an entry of an error table names."""
    if isinstance(model, str):
        return getattr(importlib.import_module(".types", __package__), model)
    return model


@dataclass(frozen=True)
class _PreparedRequest:
    """A call with every option resolved; each retry builds a fresh ``httpx.Request`` from it."""

    method: str
    url: str
    params: dict[str, str | list[str]]
    json_body: object  # NOT_GIVEN for no body; a FormBody is sent as a form, a RawBody as it is
    headers: httpx.Headers = field(repr=False)  # includes credentials
    timeout: TimeoutTypes
    max_retries: int
    raw: bool
    raw_stream: bool = False
    """``with_streaming_response``: return the response before its body is read."""
    error_models: ErrorModels = field(default_factory=dict)

    def with_query(self, overrides: Mapping[str, object]) -> _PreparedRequest:
        """The same request with some query parameters replaced (used to fetch other pages)."""
        return replace(self, params={**self.params, **build_query(overrides)})


#: Alternatives of security schemes (each the schemes sent together), as an OpenAPI ``security``.
Security = Sequence[Sequence[str]]


class RequestArgs(TypedDict, total=False):
    """What a call passes to ``request`` and ``request_page`` beside the method, the path and
    the types of the result: an operation's arguments by wire name, and the per-call options."""

    path_params: Mapping[str, object] | None
    query: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    """Header parameters; the values are written as query values are."""
    body: object
    """The JSON body (a ``FormBody`` or ``RawBody`` for others); ``NOT_GIVEN`` for none."""
    options: RequestOptions | None
    defaulted_body_fields: Sequence[str]
    """Body fields that receive the client's body defaults."""
    security: Security | None
    """The operation's security alternatives (``None``: the client's default)."""
    error_models: ErrorModels | None


@dataclass(frozen=True)
class Credential:
    """One security scheme's credential and how it travels.

    ``kind``: ``apiKey`` (in the header ``name``), ``query`` (the query parameter
    ``name``), ``cookie`` (the cookie ``name``), ``bearer`` (``Authorization:
    Bearer value``) or ``basic`` (``value`` is ``username:password``).
    """

    kind: str
    name: str
    value: str = field(repr=False)

    def header(self) -> tuple[str, str] | None:
        """The header this credential is sent in, if it travels in one (cookies aside)."""
        if self.kind == "apiKey":
            return self.name, self.value
        if self.kind == "bearer":
            return "Authorization", f"Bearer {self.value}"
        if self.kind == "basic":
            return "Authorization", "Basic " + base64.b64encode(self.value.encode()).decode("ascii")
        return None


class _Credentials:
    """The client's secrets: credentials per security scheme, auth headers sent with every
    request, and body defaults (e.g. provider API keys).

    Held in one object whose ``repr`` shows nothing, so they stay out of the
    client's ``repr``/``vars()``, and whose ``redact`` scrubs them from error
    messages (some servers echo a rejected key back).
    """

    def __init__(
        self,
        auth_headers: Mapping[str, str],
        body_defaults: Mapping[str, Mapping[str, object]],
        auth_query: Mapping[str, str] | None = None,
        schemes: Mapping[str, Credential] | None = None,
        default_security: Security = (),
    ) -> None:
        self.auth_headers = dict(auth_headers)
        self.auth_query = dict(auth_query or {})  # an API key some APIs take in the query
        self.schemes = dict(schemes or {})
        self.default_security = default_security
        self.body_defaults = _clean_body_defaults(body_defaults)
        values = [*self.auth_headers.values(), *self.auth_query.values()]
        values += [c.value for c in self.schemes.values()]
        values += [v for d in self.body_defaults.values() for v in d.values() if isinstance(v, str)]
        # Very short values would scrub ordinary words, and are no real secret anyway.
        self._values = sorted({v for v in values if len(v) >= 6}, key=len, reverse=True)

    def for_request(self, security: Security | None) -> tuple[dict[str, str], dict[str, str]]:
        """The auth headers and query parameters of a request to an operation with ``security``
        (``None``: the document's). The first alternative whose every scheme has a
        credential is sent; an operation that needs none (``security: []``) gets none."""
        alternatives = self.default_security if security is None else security
        chosen = next((a for a in alternatives if a and all(k in self.schemes for k in a)), ())
        headers, query, cookies = dict(self.auth_headers), dict(self.auth_query), []
        for credential in (self.schemes[key] for key in chosen):
            header = credential.header()
            if header is not None:
                headers[header[0]] = header[1]
            elif credential.kind == "query":
                query[credential.name] = credential.value
            elif credential.kind == "cookie":
                cookies.append(f"{credential.name}={credential.value}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        return headers, query

    def redact(self, text: str) -> str:
        """``text`` with every secret value replaced by ``***``."""
        for value in self._values:
            text = text.replace(value, "***")
        return text

    def __repr__(self) -> str:
        return "<credentials redacted>"


def _clean_body_defaults(
    body_defaults: Mapping[str, Mapping[str, object]] | None,
) -> dict[str, dict[str, object]]:
    """Drop ``None`` values (unset client options) and fields left without defaults."""
    cleaned: dict[str, dict[str, object]] = {}
    for name, defaults in (body_defaults or {}).items():
        kept = {key: value for key, value in defaults.items() if value is not None}
        if kept:
            cleaned[name] = kept
    return cleaned


class _BaseClient(Generic[_HttpxClientT]):
    """Configuration and every non-I/O step of a request, shared by the sync and async clients."""

    _client: _HttpxClientT

    def __init__(
        self,
        *,
        base_url: str,
        auth_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: _HttpxClientT | None = None,
        body_defaults: Mapping[str, Mapping[str, object]] | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
        auth_query: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        credentials: Mapping[str, Credential] | None = None,
        default_security: Security = (),
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url
        self.strict_response_validation = strict_response_validation
        self.timeout = timeout
        self.max_retries = max_retries
        self.user_agent = user_agent
        self._default_headers = dict(default_headers or {})
        self._credentials = _Credentials(
            auth_headers or {}, body_defaults or {}, auth_query, credentials, default_security
        )
        self._owns_http_client = http_client is None
        self._client = self._new_http_client() if http_client is None else http_client
        self._random: Callable[[], float] = random.random

    def _new_http_client(self) -> _HttpxClientT:
        raise NotImplementedError

    # -- configuration ------------------------------------------------------

    def copy(
        self: _ClientT,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        auth_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> _ClientT:
        """Return a copy with the given settings changed, sharing this client's connection pool.

        ``default_headers`` are merged over the current ones; ``auth_headers``
        replace them. Closing the copy leaves the shared pool open; closing the
        original closes it.
        """
        clone = copy_module.copy(self)
        clone._owns_http_client = False
        clone._forget_cached_properties()
        if not isinstance(base_url, NotGiven):
            clone.base_url = base_url
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = max_retries
        if not isinstance(default_headers, NotGiven):
            clone._default_headers = {**self._default_headers, **default_headers}
        if not isinstance(auth_headers, NotGiven):
            credentials = self._credentials
            clone._credentials = _Credentials(
                auth_headers,
                credentials.body_defaults,
                credentials.auth_query,
                credentials.schemes,
                credentials.default_security,
            )
        return clone

    with_options = copy

    def _forget_cached_properties(self) -> None:
        # Subclasses cache resource objects with functools.cached_property; those
        # hold a reference to the client that built them, so a copy builds its own.
        for cls in type(self).__mro__:
            for name, attribute in vars(cls).items():
                if isinstance(attribute, functools.cached_property):
                    self.__dict__.pop(name, None)

    def is_closed(self) -> bool:
        """Whether the underlying connection pool has been closed."""
        return self._client.is_closed

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- building requests --------------------------------------------------

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        stream: bool,
        accept: str = "application/json",
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
        defaulted_body_fields: Sequence[str] = (),
        security: Security | None = None,
        error_models: ErrorModels | None = None,
    ) -> _PreparedRequest:
        """Resolve a call's arguments and options into a request that can be sent (and re-sent).

        ``security``: the operation's (see ``_Credentials.for_request``).
        """
        options = options or RequestOptions()
        extra_headers = dict(options.extra_headers or {})
        raw_marker = _pop_header(extra_headers, RAW_RESPONSE_HEADER)
        json_body = self._build_body(body, options.extra_body, defaulted_body_fields)
        # httpx.Headers merges case-insensitively: a caller's "user-agent" replaces ours.
        sent = httpx.Headers(
            {
                "Accept": "text/event-stream" if stream else accept,
                "User-Agent": self.user_agent,
            }
        )
        if isinstance(json_body, RawBody):
            sent["Content-Type"] = json_body.media_type
        auth_headers, auth_query = self._credentials.for_request(security)
        # An operation's header parameters may name a credential's header (an API key taken
        # as a parameter too): the call's value wins, and `extra_headers` win over both.
        for layer in (self._default_headers, auth_headers, build_headers(headers), extra_headers):
            sent.update(layer)
        return _PreparedRequest(
            method=method.upper(),
            url=f"{self.base_url.rstrip('/')}/{fill_path(path, path_params).lstrip('/')}",
            params=build_query({**auth_query, **(query or {})}, options.extra_query),
            json_body=json_body,
            headers=sent,
            timeout=self.timeout if isinstance(options.timeout, NotGiven) else options.timeout,
            max_retries=(
                self.max_retries
                if isinstance(options.max_retries, NotGiven)
                else options.max_retries
            ),
            raw=raw_marker is not None and raw_marker.lower() in ("true", RAW_STREAM),
            raw_stream=raw_marker is not None and raw_marker.lower() == RAW_STREAM,
            error_models=error_models or {},
        )

    def _build_body(
        self,
        body: object,
        extra_body: object,
        defaulted_body_fields: Sequence[str],
    ) -> object:
        """The JSON body: the call's body, client body defaults, then ``extra_body``."""
        extra = _extra_body_mapping(extra_body)
        if isinstance(body, FormBody):  # files are read now: a retry must send them again
            fields = {name: _read_file(value) for name, value in {**body.fields, **extra}.items()}
            return FormBody(fields, multipart=body.multipart)
        if isinstance(body, RawBody) and isinstance(body.content, NotGiven):
            body = NOT_GIVEN
        if isinstance(body, RawBody):
            if extra:
                raise TypeError("extra_body cannot be merged into a raw body")
            content = body.content
            # read now, not per attempt: a retry must send the file again
            return RawBody(
                content.read() if isinstance(content, io.IOBase) else content, body.media_type
            )
        if isinstance(body, NotGiven):
            return json_object(extra) if extra else NOT_GIVEN
        data = to_json_data(body)
        if isinstance(data, dict):
            self._apply_body_defaults(data, defaulted_body_fields)
            data.update(json_object(extra))
        elif extra:
            raise TypeError("extra_body can only be merged into a JSON object body")
        return data

    def _apply_body_defaults(self, data: dict[str, Any], fields: Sequence[str]) -> None:
        """Fill object fields from the client's body defaults; the call's own keys win.

        A field the call left out or set to ``None`` receives the defaults whole.
        """
        for name in fields:
            defaults = self._credentials.body_defaults.get(name)
            if defaults is None:
                continue
            given = data.get(name)
            if given is None:
                data[name] = json_object(defaults)
            elif isinstance(given, dict):
                data[name] = {**json_object(defaults), **given}

    def _build_httpx_request(self, prepared: _PreparedRequest) -> httpx.Request:
        extra: dict[str, Any] = {}
        if isinstance(prepared.json_body, FormBody):
            data, files = _form_parts(prepared.json_body)
            if prepared.json_body.multipart and not files:
                # httpx URL-encodes a body without files; fields without a file name keep it
                # multipart/form-data, as the API asks (Mistral's transcription by file_url).
                extra["files"] = [
                    (name, (None, text))
                    for name, value in data.items()
                    for text in (value if isinstance(value, list) else [value])
                ]
            else:
                extra["data"] = data
                if files:
                    extra["files"] = files
        elif isinstance(prepared.json_body, RawBody):
            extra["content"] = prepared.json_body.content
        elif not isinstance(prepared.json_body, NotGiven):
            extra["json"] = prepared.json_body
        return self._client.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params,
            headers=prepared.headers,
            timeout=prepared.timeout,
            **extra,
        )

    # -- deciding what follows an attempt --------------------------------------

    def _resolve_attempt(
        self,
        prepared: _PreparedRequest,
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        retries_taken: int,
    ) -> httpx.Response | float:
        """Return the response if it succeeded, or the seconds to wait before retrying.

        Raises the final error when the attempt failed and may not be retried.
        """
        if isinstance(outcome, httpx.Response) and not outcome.is_error:
            return outcome
        delay = self._retry_delay(prepared, outcome, retries_taken)
        if delay is None:
            if isinstance(outcome, httpx.Response):
                raise self._status_error(outcome, prepared.error_models)
            raise connection_error_for(outcome, request) from outcome
        log.info(
            "Retrying %s %s in %.2f seconds (retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            retries_taken + 1,
            prepared.max_retries,
        )
        return delay

    def _retry_delay(
        self,
        prepared: _PreparedRequest,
        outcome: httpx.Response | httpx.TransportError,
        retries_taken: int,
    ) -> float | None:
        """Seconds to wait before the next try, or ``None`` when the failure is final."""
        if retries_taken >= prepared.max_retries:
            return None
        if isinstance(outcome, httpx.Response):
            if not is_retryable_status(outcome.status_code):
                return None
            requested = retry_after_seconds(outcome.headers)
            if requested is not None and 0 < requested <= MAX_RETRY_AFTER:
                return requested
        return backoff_seconds(retries_taken, self._random())

    # -- reading responses ----------------------------------------------------

    def _status_error(self, response: httpx.Response, error_models: ErrorModels) -> APIStatusError:
        """Build the exception for an error response whose body has been read; ``error_models``
        is the operation's error table."""
        raw_body = _decode_body(response)
        body = raw_body
        model = error_models.get(response.status_code)
        if model is not None and isinstance(raw_body, (dict, list)):
            from ._models import ValidationError, validate  # on first use: see the module docstring

            # An error body that doesn't match its model must not hide the error itself.
            with contextlib.suppress(ValidationError):
                body = validate(_error_model(model), raw_body)
        message = f"Error code: {response.status_code} - {_summarize(raw_body)}"
        return status_error_for(response, body, self._credentials.redact(message))

    def _process_response(self, response: httpx.Response, cast_to: Any) -> Any:
        """Turn a successful, fully read response into ``cast_to``."""
        if cast_to is None or cast_to is type(None):
            return None
        if cast_to is httpx.Response:
            return response
        if response.status_code == 204 or not response.content:
            return None
        if cast_to is bytes:
            return response.content
        if cast_to is str and not _is_json(response):
            return response.text
        # Imported on first use: see the module docstring.
        from ._models import DecodeError, ValidationError, construct, decode

        try:
            return decode(cast_to, response.content)
        except ValidationError as err:
            if not self.strict_response_validation:
                return construct(cast_to, response.json())
            message = f"Response body does not match {_type_name(cast_to)}: {err}"
            raise APIResponseValidationError(
                response=response, body=response.json(), message=self._credentials.redact(message)
            ) from err
        except DecodeError as err:
            raise APIResponseValidationError(
                response=response, body=response.text, message="Response body is not valid JSON."
            ) from err

    def _response_parser(
        self, cast_to: Any, stream_cls: Callable[..., object] | None
    ) -> Callable[[httpx.Response], Any]:
        """What turns a successful response into the value ``request`` returns.

        A stream's item type is the argument of a parametrized ``stream_cls``
        (``Stream[Chunk]``), else ``cast_to``.
        """
        if stream_cls is not None:
            item_type = _stream_item_type(stream_cls, cast_to)
            strict = self.strict_response_validation
            return lambda response: stream_cls(
                response=response, item_type=item_type, strict=strict
            )
        return lambda response: self._process_response(response, cast_to)


def _stream_item_type(stream_cls: object, default: Any) -> Any:
    args = get_args(stream_cls)
    return args[0] if args else default


def _is_json(response: httpx.Response) -> bool:
    content_type = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


def _decode_body(response: httpx.Response) -> object:
    """An error body as JSON when it is JSON, else as text; ``None`` when empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _summarize(body: object) -> str:
    text = body if isinstance(body, str) else json.dumps(body, default=str)
    if len(text) > _ERROR_SUMMARY_LIMIT:
        text = text[:_ERROR_SUMMARY_LIMIT] + "..."
    return text


def _type_name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) else repr(tp)


# ---------------------------------------------------------------------------
# Synchronous client
# ---------------------------------------------------------------------------


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Base of the generated synchronous client."""

    def _new_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=self.timeout, follow_redirects=True)

    def _sleep(self, seconds: float) -> None:
        """Wait between retries; tests replace it on the instance to observe delays."""
        time.sleep(seconds)

    # The overloads type the result from the call: ``cast_to`` a class (or ``None``), a
    # ``stream_cls``, or both when ``stream`` is only known at run time. A ``cast_to`` that is
    # no class (a union alias, a ``Literal``) types it ``Any``: the caller annotates it.
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None,
        stream: Literal[False] = False,
        **args: Unpack[RequestArgs],
    ) -> None: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        stream: Literal[False] = False,
        **args: Unpack[RequestArgs],
    ) -> _T: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        stream: Literal[True],
        stream_cls: type[_SyncStreamT],
        **args: Unpack[RequestArgs],
    ) -> _SyncStreamT: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        stream: bool,
        stream_cls: type[_SyncStreamT],
        **args: Unpack[RequestArgs],
    ) -> _T | _SyncStreamT: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        stream: bool = False,
        stream_cls: type[Stream[Any]] | None = None,
        **args: Unpack[RequestArgs],
    ) -> Any: ...

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any,
        stream: bool = False,
        stream_cls: type[Stream[Any]] | None = None,
        **args: Unpack[RequestArgs],
    ) -> Any:
        """Send a request, with retries, and return the body parsed into ``cast_to``.

        ``query`` and ``headers`` are the operation's parameters by wire name; ``NOT_GIVEN`` and
        ``None`` values are left out.

        With ``stream=True`` returns a ``stream_cls`` (default ``Stream``) whose
        items are of the type ``stream_cls`` is parametrized with
        (``Stream[Chunk]``), else of ``cast_to``. When the raw-response marker
        is among the extra headers, returns an ``APIResponse`` whose
        ``parse()`` gives that value instead.
        """
        prepared = self._prepare(
            method, path, stream=stream, accept=_ACCEPT.get(cast_to, "application/json"), **args
        )
        response = self._send(prepared, stream=stream or prepared.raw_stream)
        parser = self._response_parser(cast_to, (stream_cls or Stream) if stream else None)
        if prepared.raw:
            return APIResponse(
                http_response=response, parser=parser, unread=prepared.raw_stream and not stream
            )
        return parser(response)

    @overload
    def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        page_cls: type[_SyncPageT],
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> _SyncPageT: ...

    @overload
    def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> SyncPage[Any]: ...

    def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        page_cls: type[SyncPage[Any]] = SyncPage,
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> Any:
        """Fetch the first page of a paginated endpoint as ``page_cls`` (a ``SyncPage``).

        ``cast_to``, if given, is the envelope model; the page's ``envelope`` holds it.
        """
        prepared = self._prepare(method, path, stream=False, **args)

        def build_page(request: _PreparedRequest, response: httpx.Response) -> SyncPage[Any]:
            content = parse_page(
                response, pagination, item_type, envelope_type=cast_to, requested=request.params
            )
            return page_cls(content, spec=pagination, fetch_page=functools.partial(fetch, request))

        def fetch(previous: _PreparedRequest, page_query: Mapping[str, object]) -> SyncPage[Any]:
            request = previous.with_query(page_query)
            return build_page(request, self._send(request, stream=False))

        response = self._send(prepared, stream=False)
        parser = functools.partial(build_page, prepared)
        if prepared.raw:
            return APIResponse(http_response=response, parser=parser)
        return parser(response)

    def _send(self, prepared: _PreparedRequest, *, stream: bool) -> httpx.Response:
        """Send with retries; return a successful response (body read unless streaming)."""
        for retries_taken in itertools.count():
            request = self._build_httpx_request(prepared)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = self._attempt(request, stream=stream)
            except httpx.TransportError as err:
                outcome = err
            step = self._resolve_attempt(prepared, request, outcome, retries_taken)
            if isinstance(step, httpx.Response):
                return step
            self._sleep(step)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        """One round trip. Error bodies are always read: they are needed for the exception."""
        response = self._client.send(request, stream=stream)
        if stream and response.is_error:
            try:
                response.read()
            finally:
                response.close()
        return response

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            self._client.close()

    def __enter__(self: _ClientT) -> _ClientT:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# ---------------------------------------------------------------------------
# Asynchronous client
# ---------------------------------------------------------------------------


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Base of the generated asynchronous client."""

    def _new_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    async def _sleep(self, seconds: float) -> None:
        """Wait between retries; tests replace it on the instance to observe delays."""
        import asyncio  # here: a program using only the sync client need not load asyncio

        await asyncio.sleep(seconds)

    # The overloads type the result from the call: ``cast_to`` a class (or ``None``), a
    # ``stream_cls``, or both when ``stream`` is only known at run time. A ``cast_to`` that is
    # no class (a union alias, a ``Literal``) types it ``Any``: the caller annotates it.
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None,
        stream: Literal[False] = False,
        **args: Unpack[RequestArgs],
    ) -> None: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        stream: Literal[False] = False,
        **args: Unpack[RequestArgs],
    ) -> _T: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        stream: Literal[True],
        stream_cls: type[_AsyncStreamT],
        **args: Unpack[RequestArgs],
    ) -> _AsyncStreamT: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        stream: bool,
        stream_cls: type[_AsyncStreamT],
        **args: Unpack[RequestArgs],
    ) -> _T | _AsyncStreamT: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        stream: bool = False,
        stream_cls: type[AsyncStream[Any]] | None = None,
        **args: Unpack[RequestArgs],
    ) -> Any: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any,
        stream: bool = False,
        stream_cls: type[AsyncStream[Any]] | None = None,
        **args: Unpack[RequestArgs],
    ) -> Any:
        """Async twin of ``SyncAPIClient.request``; streams are ``AsyncStream``s."""
        prepared = self._prepare(
            method, path, stream=stream, accept=_ACCEPT.get(cast_to, "application/json"), **args
        )
        response = await self._send(prepared, stream=stream or prepared.raw_stream)
        parser = self._response_parser(cast_to, (stream_cls or AsyncStream) if stream else None)
        if prepared.raw:
            return AsyncAPIResponse(
                http_response=response, parser=parser, unread=prepared.raw_stream and not stream
            )
        return parser(response)

    @overload
    async def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        page_cls: type[_AsyncPageT],
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> _AsyncPageT: ...

    @overload
    async def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> AsyncPage[Any]: ...

    async def request_page(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any = None,
        page_cls: type[AsyncPage[Any]] = AsyncPage,
        item_type: Any,
        pagination: PaginationSpec,
        **args: Unpack[RequestArgs],
    ) -> Any:
        """Async twin of ``SyncAPIClient.request_page``; returns an ``AsyncPage``."""
        prepared = self._prepare(method, path, stream=False, **args)

        def build_page(request: _PreparedRequest, response: httpx.Response) -> AsyncPage[Any]:
            content = parse_page(
                response, pagination, item_type, envelope_type=cast_to, requested=request.params
            )
            return page_cls(content, spec=pagination, fetch_page=functools.partial(fetch, request))

        async def fetch(
            previous: _PreparedRequest, page_query: Mapping[str, object]
        ) -> AsyncPage[Any]:
            request = previous.with_query(page_query)
            return build_page(request, await self._send(request, stream=False))

        response = await self._send(prepared, stream=False)
        parser = functools.partial(build_page, prepared)
        if prepared.raw:
            return AsyncAPIResponse(http_response=response, parser=parser)
        return parser(response)

    async def _send(self, prepared: _PreparedRequest, *, stream: bool) -> httpx.Response:
        """Send with retries; return a successful response (body read unless streaming)."""
        for retries_taken in itertools.count():
            request = self._build_httpx_request(prepared)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await self._attempt(request, stream=stream)
            except httpx.TransportError as err:
                outcome = err
            step = self._resolve_attempt(prepared, request, outcome, retries_taken)
            if isinstance(step, httpx.Response):
                return step
            await self._sleep(step)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        """One round trip. Error bodies are always read: they are needed for the exception."""
        response = await self._client.send(request, stream=stream)
        if stream and response.is_error:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http_client:
            await self._client.aclose()

    aclose = close

    async def __aenter__(self: _ClientT) -> _ClientT:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
