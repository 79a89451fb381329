"""Status → exception mapping, retries, backoff, Retry-After and timeouts."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sdkcore._base_client import backoff_seconds, retry_after_seconds
from sdkcore._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    status_error_for,
)
from sdkcore._models import BaseModel
from sdkcore._types import RequestOptions

from tests.support.servers import free_port

from .conftest import API_KEY
from .server import ServerState


class ValidationErrorItem(BaseModel):
    loc: list[Any]
    msg: str
    type: str


class HTTPValidationError(BaseModel):
    detail: list[ValidationErrorItem]


@pytest.mark.parametrize(
    ("code", "error_cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_raises_its_exception(make_client: Any, code: int, error_cls: type) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(APIStatusError) as info:
        client.request("GET", f"/status/{code}", cast_to=dict)
    error = info.value
    assert type(error) is error_cls
    assert error.status_code == code == error.response.status_code
    assert error.body == {"detail": f"status {code}"}
    assert error.message == f'Error code: {code} - {{"detail": "status {code}"}}'
    assert error.request is not None and error.request.url.path == f"/status/{code}"


def test_status_error_for_table() -> None:
    request = httpx.Request("GET", "https://example.test/")
    for code, expected in [(599, InternalServerError), (402, APIStatusError), (404, NotFoundError)]:
        error = status_error_for(httpx.Response(code, request=request), None, "m")
        assert type(error) is expected
        assert isinstance(error, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_error_body_parsed_into_its_model(make_client: Any) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(UnprocessableEntityError) as info:
        client.request(
            "POST",
            "/status/422",
            query={"kind": "validation"},
            error_models={422: HTTPValidationError},
            cast_to=dict,
        )
    assert isinstance(info.value.body, HTTPValidationError)
    assert info.value.body.detail[0].msg == "field required"
    assert "field required" in info.value.message


def test_error_body_not_matching_its_model_stays_raw_json(make_client: Any) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(UnprocessableEntityError) as info:
        client.request("POST", "/status/422", error_models={422: HTTPValidationError}, cast_to=dict)
    assert info.value.body == {"detail": "status 422"}


def test_text_error_body(make_client: Any) -> None:
    with pytest.raises(NotFoundError) as info:
        make_client().request("GET", "/status/404", query={"kind": "text"}, cast_to=dict)
    assert info.value.body == "plain failure"
    assert info.value.message == "Error code: 404 - plain failure"


@pytest.mark.parametrize("fail_status", [408, 409, 429, 500, 502, 503])
def test_retryable_statuses_are_retried(
    make_client: Any, state: ServerState, sleeps: list[float], fail_status: int
) -> None:
    result = make_client().request(
        "GET",
        "/flaky",
        query={"key": "k", "failures": 2, "fail_status": fail_status},
        cast_to=dict,
    )
    assert result == {"ok": True, "attempt": 3}
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize("fail_status", [400, 401, 404, 422])
def test_client_errors_are_not_retried(
    make_client: Any, state: ServerState, sleeps: list[float], fail_status: int
) -> None:
    with pytest.raises(APIStatusError):
        make_client().request(
            "GET",
            "/flaky",
            query={"key": "k", "failures": 1, "fail_status": fail_status},
            cast_to=dict,
        )
    assert state.hits["flaky-k"] == 1
    assert sleeps == []


def test_backoff_doubles_and_is_capped(
    make_client: Any, state: ServerState, sleeps: list[float]
) -> None:
    with pytest.raises(InternalServerError):
        make_client(max_retries=6).request("GET", "/status/500", cast_to=dict)
    assert state.hits["status-500"] == 7
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_shortens_backoff_by_up_to_a_quarter(make_client: Any, sleeps: list[float]) -> None:
    client = make_client(max_retries=2)
    client._random = lambda: 0.5
    with pytest.raises(InternalServerError):
        client.request("GET", "/status/500", cast_to=dict)
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875]
    assert backoff_seconds(0, 0.999) > 0.375


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"retry_after": "3"}, 3.0),
        ({"retry_after": "1.5"}, 1.5),
        ({"retry_after_ms": "250"}, 0.25),
        ({"retry_after_ms": "250", "retry_after": "3"}, 0.25),  # the precise header wins
        ({"retry_after": "120"}, 0.5),  # too long: ignored, backoff instead
        ({"retry_after": "0"}, 0.5),
        ({"retry_after": "soon"}, 0.5),
    ],
)
def test_retry_after_headers_are_honoured(
    make_client: Any, sleeps: list[float], query: dict[str, str], expected: float
) -> None:
    with pytest.raises(RateLimitError):
        make_client(max_retries=1).request("GET", "/status/429", query=query, cast_to=dict)
    assert sleeps == [expected]


def test_retry_after_http_date(make_client: Any, sleeps: list[float]) -> None:
    with pytest.raises(InternalServerError):
        make_client(max_retries=1).request(
            "GET", "/status/503", query={"retry_after_in": "5"}, cast_to=dict
        )
    # HTTP dates have one-second resolution.
    assert len(sleeps) == 1 and 3.5 < sleeps[0] <= 5.0


def test_retry_after_parsing() -> None:
    headers = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert retry_after_seconds(headers, now=1445412480.0 - 10) == pytest.approx(10.0)
    assert retry_after_seconds(httpx.Headers({})) is None


def test_max_retries_per_client_and_per_call(
    make_client: Any, state: ServerState, sleeps: list[float]
) -> None:
    client = make_client(max_retries=3)
    with pytest.raises(InternalServerError):
        client.request("GET", "/status/500", cast_to=dict)
    assert state.hits["status-500"] == 4
    state.reset()
    with pytest.raises(InternalServerError):
        client.request("GET", "/status/500", options=RequestOptions(max_retries=0), cast_to=dict)
    assert state.hits["status-500"] == 1
    state.reset()
    with pytest.raises(InternalServerError):
        client.request("GET", "/status/500", options=RequestOptions(max_retries=1), cast_to=dict)
    assert state.hits["status-500"] == 2


def test_connection_errors_are_retried_then_raised(make_client: Any, sleeps: list[float]) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{free_port()}", max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        client.request("GET", "/anything", cast_to=dict)
    assert not isinstance(info.value, APITimeoutError)
    assert sleeps == [0.5, 1.0]
    assert API_KEY not in str(info.value)


def test_client_timeout_raises_api_timeout_error_after_retries(
    make_client: Any, state: ServerState, sleeps: list[float]
) -> None:
    client = make_client(timeout=0.1, max_retries=1)
    with pytest.raises(APITimeoutError):
        client.request("GET", "/sleep", query={"seconds": 1}, cast_to=dict)
    assert state.hits["sleep"] == 2
    assert sleeps == [0.5]


def test_per_call_timeout_overrides_the_client(make_client: Any) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(APITimeoutError):
        client.request(
            "GET", "/sleep", query={"seconds": 1}, options=RequestOptions(timeout=0.1), cast_to=dict
        )
    patient = make_client(timeout=0.05, max_retries=0)
    result = patient.request(
        "GET",
        "/sleep",
        query={"seconds": 0.2},
        options=RequestOptions(timeout=httpx.Timeout(5.0)),
        cast_to=dict,
    )
    assert result == {"slept": True}


def test_api_key_never_in_repr_messages_or_logs(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(
        max_retries=1, body_defaults={"provider_api_keys": {"openai": "sk-provider-SECRET-42"}}
    )
    assert repr(client) == f"SyncAPIClient(base_url={client.base_url!r})"
    assert API_KEY not in repr(vars(client))
    assert "sk-provider-SECRET-42" not in repr(vars(client))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as info:
        # The server echoes the key it was sent in its error body.
        client.request("GET", "/status/401", query={"kind": "echo-key"}, cast_to=dict)
    assert info.value.message == 'Error code: 401 - {"detail": "Invalid key ***"}'
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    with pytest.raises(InternalServerError):
        client.request("GET", "/status/500", cast_to=dict)
    assert "Retrying GET /status/500" in caplog.text
    assert API_KEY not in caplog.text


async def test_async_retries_and_retry_after(
    make_async_client: Any, state: ServerState, sleeps: list[float]
) -> None:
    client = make_async_client()
    result = await client.request(
        "GET", "/flaky", query={"key": "a", "failures": 2, "fail_status": 503}, cast_to=dict
    )
    assert result["attempt"] == 3
    assert sleeps == [0.5, 1.0]
    sleeps.clear()
    with pytest.raises(RateLimitError):
        await client.request(
            "GET",
            "/status/429",
            query={"retry_after": "2"},
            options=RequestOptions(max_retries=1),
            cast_to=dict,
        )
    assert sleeps == [2.0]


async def test_async_errors_and_timeouts(
    make_async_client: Any, state: ServerState, sleeps: list[float]
) -> None:
    client = make_async_client(max_retries=0)
    with pytest.raises(UnprocessableEntityError) as info:
        await client.request(
            "POST",
            "/status/422",
            query={"kind": "validation"},
            error_models={422: HTTPValidationError},
            cast_to=dict,
        )
    assert isinstance(info.value.body, HTTPValidationError)
    with pytest.raises(APITimeoutError):
        await client.request(
            "GET", "/sleep", query={"seconds": 1}, options=RequestOptions(timeout=0.1), cast_to=dict
        )
    refused = make_async_client(base_url=f"http://127.0.0.1:{free_port()}", max_retries=1)
    with pytest.raises(APIConnectionError):
        await refused.request("GET", "/x", cast_to=dict)
    assert sleeps == [0.5]
