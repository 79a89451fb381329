"""Request building and response parsing, observed on a real server."""

from __future__ import annotations

import enum
import typing
from datetime import date, datetime
from typing import Any

import pytest
from pydantic import Field
from sdkcore._exceptions import APIResponseValidationError
from sdkcore._models import BaseModel
from sdkcore._types import NOT_GIVEN, FormBody, RequestOptions

from .conftest import API_KEY
from .server import ServerState


class Echo(BaseModel):
    method: str
    raw_path: str
    query: list[list[str]]
    body: Any = None


class Message(BaseModel):
    role: str
    content: str | None = None
    tool_name: str | None = Field(default=None, alias="toolName")


class Item(Echo):
    id: str
    method: int  # type: ignore[assignment]  # the echo's is a string: kept as received


class Color(str, enum.Enum):
    RED = "red"


def test_path_params_are_url_quoted(make_client: Any, state: ServerState) -> None:
    client = make_client()
    client.request(
        "GET",
        "/echo/items/{item_id}/{n}",
        path_params={"item_id": "a/b c?d#e%", "n": 5},
        cast_to=Echo,
    )
    assert state.last.raw_path == "/echo/items/a%2Fb%20c%3Fd%23e%25/5"


def test_missing_or_empty_path_param_is_refused(make_client: Any, state: ServerState) -> None:
    client = make_client()
    with pytest.raises(ValueError, match="item_id"):
        client.request("GET", "/echo/{item_id}", path_params={}, cast_to=Echo)
    with pytest.raises(ValueError, match="must not be empty"):
        client.request("GET", "/echo/{item_id}", path_params={"item_id": ""}, cast_to=Echo)
    assert state.requests == []


def test_query_drops_not_given_and_none_and_merges_extra_query(
    make_client: Any, state: ServerState
) -> None:
    client = make_client()
    client.request(
        "GET",
        "/echo/q",
        query={
            "a": 1,
            "skipped": NOT_GIVEN,
            "none": None,
            "flag": True,
            "tags": ["x", "y"],
            "color": Color.RED,
            "when": datetime(2024, 1, 2, 3, 4, 5),
        },
        options=RequestOptions(extra_query={"extra": "e", "a": 2}),
        cast_to=Echo,
    )
    assert state.last.query == [
        ("a", "2"),
        ("flag", "true"),
        ("tags", "x"),
        ("tags", "y"),
        ("color", "red"),
        ("when", "2024-01-02T03:04:05"),
        ("extra", "e"),
    ]


def test_body_drops_not_given_and_dumps_models_at_any_depth(
    make_client: Any, state: ServerState
) -> None:
    client = make_client()
    client.request(
        "POST",
        "/echo/body",
        body={
            "messages": [
                Message(role="user", content="hi"),
                {"nested": Message(role="tool", tool_name="lookup")},
            ],
            "skipped": NOT_GIVEN,
            "nullable": None,
            "day": date(2024, 1, 2),
            "color": Color.RED,
        },
        options=RequestOptions(extra_body={"extra": 1, "nullable": "overridden"}),
        cast_to=Echo,
    )
    assert state.last.body == {
        # exclude_unset: `content` of the second message was never set, so it is not sent;
        # by_alias: `tool_name` goes out under its wire name.
        "messages": [
            {"role": "user", "content": "hi"},
            {"nested": {"role": "tool", "toolName": "lookup"}},
        ],
        "nullable": "overridden",
        "day": "2024-01-02",
        "color": "red",
        "extra": 1,
    }
    assert state.last.headers["content-type"] == "application/json"


def test_a_form_body_is_sent_url_encoded(make_client: Any, state: ServerState) -> None:
    make_client().request(
        "POST",
        "/echo/form",
        body=FormBody(
            {
                "To": "+1 555",
                "Amount": 1.5,
                "Ok": True,
                "Tags": ["a", "b"],
                "Skip": NOT_GIVEN,
                "Meta": {"k": Color.RED},
                "Nothing": None,
            }
        ),
        options=RequestOptions(extra_body={"Extra": "x&y"}),
        cast_to=Echo,
    )
    assert state.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert state.last.body == (
        "To=%2B1+555&Amount=1.5&Ok=true&Tags=a&Tags=b&Meta=%7B%22k%22%3A%22red%22%7D&Extra=x%26y"
    )


def test_a_multipart_body_sends_bytes_tuples_and_files_as_files(
    make_client: Any, state: ServerState, tmp_path: Any
) -> None:
    upload = tmp_path / "notes.txt"
    upload.write_bytes(b"from a file")
    client = make_client(max_retries=1)
    with upload.open("rb") as handle:
        client.request(
            "POST",
            "/echo/upload",
            body=FormBody(
                {
                    "raw": b"raw bytes",
                    "named": ("a.csv", b"x,y", "text/csv"),
                    "handle": handle,
                    "note": "hi",
                    "count": 2,
                },
                multipart=True,
            ),
            cast_to=Echo,
        )
    content_type = state.last.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    sent = state.last.body
    assert 'name="note"\r\n\r\nhi\r\n' in sent and 'name="count"\r\n\r\n2\r\n' in sent
    assert 'name="raw"; filename="upload"' in sent and "raw bytes" in sent
    assert 'name="named"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nx,y' in sent
    assert 'name="handle"; filename="notes.txt"' in sent and "from a file" in sent


def test_model_as_whole_body_and_extra_body_alone(make_client: Any, state: ServerState) -> None:
    client = make_client()
    client.request("PUT", "/echo/m", body=Message(role="user"), cast_to=Echo)
    assert state.last.body == {"role": "user"}
    client.request(
        "POST", "/echo/m", options=RequestOptions(extra_body={"only": True}), cast_to=Echo
    )
    assert state.last.body == {"only": True}
    client.request("GET", "/echo/m", cast_to=Echo)
    assert state.last.body is None
    assert "content-type" not in state.last.headers


def test_extra_body_needs_an_object_body(make_client: Any) -> None:
    client = make_client()
    with pytest.raises(TypeError, match="extra_body"):
        client.request(
            "POST",
            "/echo/x",
            body=[1, 2],
            options=RequestOptions(extra_body={"a": 1}),
            cast_to=Echo,
        )


def test_headers_order_defaults_auth_then_extra(make_client: Any, state: ServerState) -> None:
    client = make_client(
        default_headers={"X-Default": "d", "X-Override": "default"}, user_agent="agent/1.0"
    )
    client.request("GET", "/echo/h", cast_to=Echo)
    headers = state.last.headers
    assert headers["user-agent"] == "agent/1.0"
    assert headers["x-api-key"] == API_KEY
    assert headers["x-default"] == "d"
    assert headers["accept"] == "application/json"

    client.request(
        "GET",
        "/echo/h",
        options=RequestOptions(extra_headers={"X-Override": "call", "X-API-KEY": "per-call-key"}),
        cast_to=Echo,
    )
    assert state.last.headers["x-override"] == "call"
    assert state.last.headers["x-api-key"] == "per-call-key"

    # Merging ignores case: no duplicate header lines.
    client.request(
        "GET", "/echo/h", options=RequestOptions(extra_headers={"user-agent": "mine"}), cast_to=Echo
    )
    assert state.last.headers["user-agent"] == "mine"
    assert state.last.header_names.count("user-agent") == 1


def test_header_parameters_are_text_without_not_given_or_none(
    make_client: Any, state: ServerState
) -> None:
    make_client().request(
        "GET",
        "/echo/h",
        headers={
            "X-Count": 3,
            "X-Flag": True,
            "X-Tags": ["a", "b"],
            "X-Color": Color.RED,
            "X-None": None,
            "X-Unset": NOT_GIVEN,
            "X-API-KEY": "from-a-parameter",
            "X-Both": "parameter",
        },
        options=RequestOptions(extra_headers={"X-Both": "extra"}),
        cast_to=Echo,
    )
    headers = state.last.headers
    assert (headers["x-count"], headers["x-flag"], headers["x-tags"]) == ("3", "true", "a,b")
    assert headers["x-color"] == "red"
    assert "x-none" not in headers and "x-unset" not in headers
    assert headers["x-api-key"] == "from-a-parameter"  # a parameter wins over the credential
    assert headers["x-both"] == "extra"  # and extra_headers over both


class ProviderKeys(BaseModel):
    openai: str | None = None
    cohere: str | None = None


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (NOT_GIVEN, {"openai": "sk-openai-default", "mistral": "mi-default"}),
        (None, {"openai": "sk-openai-default", "mistral": "mi-default"}),
        (
            {"openai": "sk-call", "cohere": "co-call"},
            {"openai": "sk-call", "mistral": "mi-default", "cohere": "co-call"},
        ),
        (
            ProviderKeys(cohere="co-model"),
            {"openai": "sk-openai-default", "mistral": "mi-default", "cohere": "co-model"},
        ),
    ],
)
def test_body_defaults_merge_with_the_call_winning_key_by_key(
    make_client: Any, state: ServerState, given: object, sent: dict[str, str]
) -> None:
    client = make_client(
        body_defaults={
            "provider_api_keys": {
                "openai": "sk-openai-default",
                "mistral": "mi-default",
                "anthropic": None,  # an unset client option: never sent
            },
            "untouched": {"a": 1},
        }
    )
    client.request(
        "POST",
        "/echo/chat",
        body={"model": "m", "provider_api_keys": given},
        defaulted_body_fields=["provider_api_keys"],
        cast_to=Echo,
    )
    assert state.last.body == {"model": "m", "provider_api_keys": sent}


def test_body_defaults_apply_only_to_listed_fields(make_client: Any, state: ServerState) -> None:
    client = make_client(body_defaults={"provider_api_keys": {"openai": "sk-openai-default"}})
    client.request("POST", "/echo/chat", body={"model": "m"}, cast_to=Echo)
    assert state.last.body == {"model": "m"}


def test_response_parsed_into_model_keeps_unknown_fields(make_client: Any) -> None:
    client = make_client()
    echo = client.request("GET", "/echo/p", cast_to=Echo)
    assert isinstance(echo, Echo)
    assert echo.raw_path == "/echo/p"
    assert echo.model_extra == {"extra_field": "kept"}


# typing-module forms on purpose: generated code may use either spelling.
@pytest.mark.parametrize(
    "cast_to",
    [
        typing.Dict[str, Any],
        dict[str, Any],
        typing.Optional[Echo],
        Echo | None,
    ],  # noqa: UP006, UP045
)
def test_typing_forms_as_cast_to(make_client: Any, cast_to: Any) -> None:
    result = make_client().request("GET", "/echo/t", cast_to=cast_to)
    assert (result["method"] if isinstance(result, dict) else result.method) == "GET"


def test_empty_and_text_responses(make_client: Any) -> None:
    client = make_client()
    assert client.request("DELETE", "/no-content", cast_to=Echo) is None
    assert client.request("GET", "/echo/x", cast_to=None) is None
    assert client.request("GET", "/text", cast_to=str) == "hello"


def test_unexpected_body_is_returned_as_far_as_it_matches(make_client: Any) -> None:
    echo = make_client().request("GET", "/echo/v", cast_to=Item)  # Item requires `id`, not sent
    assert (
        isinstance(echo, Item) and echo.raw_path == "/echo/v" and "id" not in echo.model_fields_set
    )
    assert (
        echo.method == "GET" and echo.query == []
    )  # the mismatched field as received, the others typed
    mismatched = make_client().request("GET", "/echo/v", cast_to=typing.List[int])  # noqa: UP006
    assert mismatched["raw_path"] == "/echo/v"  # not even a list: the data as received


def test_strict_response_validation_raises_response_validation_error(make_client: Any) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        make_client(strict_response_validation=True).request(
            "GET", "/echo/v", cast_to=typing.List[int]
        )  # noqa: UP006
    assert info.value.status_code == 200
    assert info.value.body["raw_path"] == "/echo/v"


def test_text_body_for_a_model_raises_response_validation_error(make_client: Any) -> None:
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        make_client().request("GET", "/text", cast_to=Echo)


async def test_async_request_building(make_async_client: Any, state: ServerState) -> None:
    client = make_async_client(body_defaults={"keys": {"openai": "sk-openai-default"}})
    echo = await client.request(
        "POST",
        "/echo/a/{id}",
        path_params={"id": "x y"},
        query={"q": NOT_GIVEN, "page": 2},
        body={"keys": {"cohere": "c"}, "m": Message(role="user"), "skip": NOT_GIVEN},
        defaulted_body_fields=["keys"],
        options=RequestOptions(extra_headers={"X-Call": "1"}),
        cast_to=Echo,
    )
    assert echo.raw_path == "/echo/a/x%20y"
    assert state.last.query == [("page", "2")]
    assert state.last.body == {
        "keys": {"openai": "sk-openai-default", "cohere": "c"},
        "m": {"role": "user"},
    }
    assert state.last.headers["x-call"] == "1"
    assert await client.request("DELETE", "/no-content", cast_to=Echo) is None
