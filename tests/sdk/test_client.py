"""The generated clients' own wiring, against a live server: errors, retries, timeouts,
provider keys and credentials. The runtime core's rules are proven in tests/runtime; here the
question is whether ``humanloop.Humanloop`` hands the core the right settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.runtime.server import ServerState
from tests.support.helpers import bound_method, humanloop_api, required_arguments

from .conftest import API_KEY

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
types = pytest.importorskip("humanloop.types")

WITH_PROVIDER_KEYS = {
    op.call_name: op
    for op in humanloop_api().all_operations
    if "provider_api_keys" in op.defaulted_body_fields
}
CLIENT_KEYS = {"openai_api_key": "sk-openai-client", "anthropic_api_key": "sk-ant-client"}


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_each_status_raises_its_exception(
    make_client: Callable[..., Any], status: int, error_cls: str
) -> None:
    client = make_client(max_retries=0)
    with pytest.raises(humanloop.APIStatusError) as info:
        client.projects.get(id="pr_1", extra_query={"fail_status": status})
    assert type(info.value) is getattr(humanloop, error_cls)
    assert info.value.status_code == status
    assert info.value.response.status_code == status
    assert info.value.body == {"detail": f"status {status}"}


def test_422_body_is_parsed_into_http_validation_error(make_client: Callable[..., Any]) -> None:
    client = make_client()
    with pytest.raises(humanloop.UnprocessableEntityError) as info:
        client.projects.create(name="x", extra_query={"fail_status": 422, "kind": "validation"})
    body = info.value.body
    assert isinstance(body, types.HTTPValidationError)
    assert body.detail is not None
    assert (body.detail[0].loc, body.detail[0].msg) == (["body", "name"], "field required")


def test_retries_honour_retry_after_then_succeed(
    make_client: Callable[..., Any], state: ServerState, sleeps: list[float]
) -> None:
    query = {"fail_status": 429, "failures": 2, "retry_after": "3", "key": "get"}
    project = make_client().projects.get(id="pr_7", extra_query=query)
    assert isinstance(project, types.ProjectResponse) and project.id == "pr_7"
    assert sleeps == [3.0, 3.0]
    assert len(state.requests) == 3


def test_retries_per_client_and_per_call(
    make_client: Callable[..., Any], state: ServerState, sleeps: list[float]
) -> None:
    query = {"fail_status": 503, "retry_after_ms": "250"}
    with pytest.raises(humanloop.InternalServerError):
        make_client(max_retries=1).projects.get(id="pr_1", extra_query=query)
    assert sleeps == [0.25] and len(state.requests) == 2
    client = make_client()  # the default: 2 retries, exponential backoff without Retry-After
    with pytest.raises(humanloop.InternalServerError):
        client.projects.get(id="pr_1", extra_query={"fail_status": 500})
    assert sleeps[1:] == [0.5, 1.0] and len(state.requests) == 5
    with pytest.raises(humanloop.InternalServerError):
        client.with_options(max_retries=0).projects.get(id="pr_1", extra_query={"fail_status": 500})
    assert len(state.requests) == 6
    with pytest.raises(humanloop.BadRequestError):  # not retryable
        client.projects.get(id="pr_1", extra_query={"fail_status": 400})
    assert len(state.requests) == 7


def test_timeouts_per_call_and_per_client(make_client: Callable[..., Any]) -> None:
    slow = {"delay": 1}
    with pytest.raises(humanloop.APITimeoutError):
        make_client(max_retries=0).projects.get(id="pr_1", timeout=0.1, extra_query=slow)
    with pytest.raises(humanloop.APITimeoutError):
        make_client(max_retries=0, timeout=0.1).projects.get(id="pr_1", extra_query=slow)
    quick = make_client(max_retries=0, timeout=0.1)
    assert quick.projects.get(id="pr_1", timeout=5, extra_query={"delay": 0.3}).id == "pr_1"


async def test_async_errors_retries_and_timeouts(
    make_async_client: Callable[..., Any], state: ServerState, sleeps: list[float]
) -> None:
    client = make_async_client()
    query = {"fail_status": 429, "failures": 1, "retry_after": "2", "key": "async"}
    assert (await client.projects.get(id="pr_2", extra_query=query)).id == "pr_2"
    assert sleeps == [2.0] and len(state.requests) == 2
    with pytest.raises(humanloop.UnprocessableEntityError) as info:
        await client.projects.create(
            name="x", extra_query={"fail_status": 422, "kind": "validation"}
        )
    assert isinstance(info.value.body, types.HTTPValidationError)
    with pytest.raises(humanloop.APITimeoutError):
        await client.with_options(max_retries=0).projects.get(
            id="pr_1", timeout=0.1, extra_query={"delay": 1}
        )


def test_the_eleven_methods_with_provider_api_keys() -> None:
    assert len(WITH_PROVIDER_KEYS) == 11, sorted(WITH_PROVIDER_KEYS)


@pytest.mark.parametrize("call_name", sorted(WITH_PROVIDER_KEYS))
def test_client_provider_keys_fill_provider_api_keys(
    make_client: Callable[..., Any], state: ServerState, call_name: str
) -> None:
    client = make_client(**CLIENT_KEYS)
    raw = bound_method(client.with_raw_response, call_name)(
        **required_arguments(WITH_PROVIDER_KEYS[call_name])
    )
    assert raw.status_code == 200
    assert state.last.body["provider_api_keys"] == {
        "openai": "sk-openai-client",
        "anthropic": "sk-ant-client",
    }


@pytest.mark.parametrize(
    "call_keys",
    [{"openai": "sk-openai-call"}, types.ProviderApiKeys(openai="sk-openai-call")],
    ids=["dict", "model"],
)
def test_a_key_given_in_the_call_wins(
    make_client: Callable[..., Any], state: ServerState, call_keys: Any
) -> None:
    make_client(**CLIENT_KEYS).chat(
        messages=[{"role": "user", "content": "Hi"}],
        model_config={"model": "gpt-4"},
        provider_api_keys=call_keys,
    )
    assert state.last.body["provider_api_keys"] == {
        "openai": "sk-openai-call",
        "anthropic": "sk-ant-client",
    }


async def test_async_client_fills_provider_keys(
    make_async_client: Callable[..., Any], state: ServerState
) -> None:
    await make_async_client(cohere_api_key="co-client").complete_deployed(project="p")
    assert state.last.body["provider_api_keys"] == {"cohere": "co-client"}
    await make_async_client().complete_deployed(project="p")
    assert "provider_api_keys" not in state.last.body  # no keys: nothing is sent


def test_no_api_key_is_a_clear_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMANLOOP_API_KEY", raising=False)
    with pytest.raises(humanloop.APIError, match="HUMANLOOP_API_KEY"):
        humanloop.Humanloop()
    with pytest.raises(humanloop.APIError, match="HUMANLOOP_API_KEY"):
        humanloop.AsyncHumanloop()


def test_api_key_and_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, live_api: Any, state: ServerState
) -> None:
    monkeypatch.setenv("HUMANLOOP_API_KEY", "hl-from-env")
    monkeypatch.setenv("HUMANLOOP_BASE_URL", live_api.base_url)
    with humanloop.Humanloop() as client:
        client.projects.get(id="pr_1")
    assert state.last.headers["x-api-key"] == "hl-from-env"


def test_api_key_is_sent_but_never_shown(
    make_client: Callable[..., Any],
    make_async_client: Callable[..., Any],
    state: ServerState,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = make_client(**CLIENT_KEYS)
    async_client = make_async_client(**CLIENT_KEYS)
    shown = [
        repr(client),
        repr(async_client),
        repr(client.with_options(timeout=3)),
        repr(vars(client)),
    ]
    caplog.set_level(logging.DEBUG)
    # A careless server echoing the key in its error message; retried first, so logs are written.
    query = {"fail_status": 500, "kind": "echo-key"}
    with pytest.raises(humanloop.InternalServerError) as info:
        client.projects.get(id="pr_1", extra_query=query)
    assert state.last.headers["x-api-key"] == API_KEY
    shown += [str(info.value), repr(info.value), caplog.text]
    for text in shown:
        assert API_KEY not in text
        assert "sk-openai-client" not in text and "sk-ant-client" not in text
    assert "***" in str(info.value)


def test_constructor_options_reach_every_request(
    make_client: Callable[..., Any], live_api: Any, state: ServerState
) -> None:
    own = httpx.Client(headers={"x-from-own-client": "1"})
    client = make_client(default_headers={"x-team": "research"}, http_client=own, **CLIENT_KEYS)
    copy = client.with_options(timeout=7.0, default_headers={"x-copy": "yes"})
    copy.complete_deployed(project="p")
    seen = state.last
    assert seen.headers["x-api-key"] == API_KEY
    assert (seen.headers["x-team"], seen.headers["x-copy"]) == ("research", "yes")
    assert seen.headers["x-from-own-client"] == "1"
    assert seen.headers["user-agent"].startswith("humanloop-python/")
    assert seen.body["provider_api_keys"] == {
        "openai": "sk-openai-client",
        "anthropic": "sk-ant-client",
    }
    client.close()
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()
