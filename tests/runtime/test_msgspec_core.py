"""The python-msgspec style's core: the shared runtime modules over its msgspec ``_models``.

Parsing, sending, errors, pages and streams go through the same base client as the default
style's; these tests check that the msgspec backend behind the seam keeps every promise the
pydantic one does, against the same real server.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import msgspec
import pytest
from sdkcore_msgspec._base_client import AsyncAPIClient, SyncAPIClient, to_json_data
from sdkcore_msgspec._enums import OpenEnum
from sdkcore_msgspec._exceptions import APIResponseValidationError, UnprocessableEntityError
from sdkcore_msgspec._models import BaseModel, decode, validate
from sdkcore_msgspec._pagination import PaginationSpec, SyncPage
from sdkcore_msgspec._streaming import Stream

from .conftest import API_KEY
from .server import PAGE_TOTAL, LiveServer, ServerState


class Provider(OpenEnum):
    OPENAI = "openai"


class Message(BaseModel, kw_only=True):
    """Shaped like datamodel-code-generator's msgspec output: renamed fields, UNSET optionals."""

    role: str
    tool_name: str | msgspec.UnsetType = msgspec.field(name="toolName", default=msgspec.UNSET)
    provider: Provider | msgspec.UnsetType = msgspec.UNSET
    created_at: datetime | msgspec.UnsetType = msgspec.UNSET
    temperature: float = 1.0


class Echo(BaseModel, kw_only=True):
    method: str
    body: Any = None


class Item(BaseModel, kw_only=True):
    id: str


class Chunk(BaseModel, kw_only=True):
    index: int


class ValidationErrorBody(BaseModel, kw_only=True):
    detail: list[dict[str, Any]]


@pytest.fixture
def client(server: LiveServer) -> Iterator[SyncAPIClient]:
    with SyncAPIClient(
        base_url=server.base_url, auth_headers={"X-API-KEY": API_KEY}, max_retries=0
    ) as client:
        yield client


def test_unknown_fields_and_enum_values_are_tolerated() -> None:
    body = b'{"role": "user", "provider": "brand-new", "added_later": {"x": 1}}'
    message = decode(Message, body)
    assert message.provider == "brand-new" and isinstance(message.provider, Provider)
    assert message.tool_name is msgspec.UNSET
    assert (
        decode(list[Message], b'[{"role": "a", "provider": "openai"}]')[0].provider
        is Provider.OPENAI
    )


def test_models_are_sent_by_wire_name_without_unset_or_default_fields() -> None:
    message = Message(
        role="user", tool_name="search", created_at=datetime(2024, 1, 2, tzinfo=timezone.utc)
    )
    assert to_json_data({"messages": [message], "n": 1}) == {
        "messages": [{"role": "user", "toolName": "search", "created_at": "2024-01-02T00:00:00Z"}],
        "n": 1,
    }
    assert to_json_data(Message(role="a", temperature=0.5)) == {"role": "a", "temperature": 0.5}


def test_struct_and_dict_bodies_are_sent_alike(client: SyncAPIClient, state: ServerState) -> None:
    sent = [Message(role="user", tool_name="t"), {"role": "user", "toolName": "t"}]
    echoes = [client.request("POST", "/echo/b", body={"message": m}, cast_to=Echo) for m in sent]
    assert [r.body for r in state.requests] == [{"message": {"role": "user", "toolName": "t"}}] * 2
    assert all(isinstance(e, Echo) for e in echoes)  # the server's extra field is ignored


def test_a_body_that_does_not_match_is_built_as_far_as_it_matches(client: SyncAPIClient) -> None:
    """The echo has no `id`, which Item requires: the Struct is built anyway, `id` UNSET."""
    item = client.request("GET", "/echo/x", cast_to=Item)
    assert isinstance(item, Item) and item.id is msgspec.UNSET
    chunks = client.request("GET", "/echo/x", cast_to=list[Chunk])
    assert isinstance(chunks, dict)  # not even a list: returned as received


def test_strict_response_validation_raises_validation_error(server: LiveServer) -> None:
    with SyncAPIClient(
        base_url=server.base_url, max_retries=0, strict_response_validation=True
    ) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            client.request("GET", "/echo/x", cast_to=Item)
        assert "Item" in str(caught.value) and isinstance(caught.value.body, dict)
        with pytest.raises(APIResponseValidationError, match="not valid JSON"):
            client.request("GET", "/text", cast_to=dict[str, Any])


def test_error_bodies_parse_into_their_model(server: LiveServer) -> None:
    with (
        SyncAPIClient(base_url=server.base_url, max_retries=0) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        client.request(
            "GET",
            "/status/422",
            query={"kind": "validation"},
            error_models={422: ValidationErrorBody},
            cast_to=Echo,
        )
    assert isinstance(caught.value.body, ValidationErrorBody)
    assert caught.value.body.detail[0]["msg"] == "field required"


def test_pages_hold_structs(client: SyncAPIClient) -> None:
    page = client.request_page(
        "GET",
        "/pages",
        query={"size": 10},
        page_cls=SyncPage[Item],
        item_type=Item,
        pagination=PaginationSpec(),
    )
    items = list(page)
    assert len(items) == PAGE_TOTAL and all(isinstance(i, Item) for i in items)


def test_streams_yield_structs(client: SyncAPIClient) -> None:
    with client.request(
        "POST",
        "/stream/ok",
        body={"stream": True},
        cast_to=Echo,
        stream=True,
        stream_cls=Stream[Chunk],
    ) as stream:
        assert list(stream) == [Chunk(index=i) for i in range(3)]


async def test_async_client_parses_structs(server: LiveServer) -> None:
    async with AsyncAPIClient(base_url=server.base_url, max_retries=0) as client:
        echo = await client.request("POST", "/echo/a", body=Message(role="r"), cast_to=Echo)
    assert echo == Echo(method="POST", body={"role": "r"})


def test_validate_converts_decoded_json() -> None:
    assert validate(Message, {"role": "r", "toolName": "t"}) == Message(role="r", tool_name="t")
    with pytest.raises(msgspec.ValidationError):
        validate(Message, {"role": 3})
