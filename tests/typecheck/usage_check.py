"""The generated SDK used the way its README shows; ``mypy --strict`` must accept this file.

Nothing here runs (tests/test_typing.py only type-checks it): each ``assert_type`` makes mypy
prove what a call returns, so a wrong overload or return type fails the test.
"""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import humanloop
from humanloop import (
    APIResponse,
    AsyncAPIResponse,
    AsyncHumanloop,
    AsyncPage,
    AsyncStream,
    Humanloop,
    Stream,
    SyncPage,
)
from humanloop.types import (
    ChatMessage,
    ChatMessageParam,
    ChatResponse,
    ChatResponseChunk,
    ChatRole,
    CompletionResponse,
    CompletionResponseChunk,
    DatapointResponse,
    EvaluationDatapointSnapshotResponse,
    HTTPValidationError,
    LogResponse,
    ModelConfigChatRequestParam,
    ModelConfigCompletionRequestParam,
    ProjectResponse,
    ProviderApiKeys,
    SessionResponse,
)
from typing_extensions import Literal, assert_type

MESSAGES: list[ChatMessageParam] = [{"role": "user", "content": "Explain asynchronous programming."}]
MODEL_CONFIG: ModelConfigChatRequestParam = {"model": "gpt-3.5-turbo"}
COMPLETION_CONFIG: ModelConfigCompletionRequestParam = {
    "model": "gpt-3.5-turbo",
    "prompt_template": "Summarise: {{text}}",
}


def typed_arguments(client: Humanloop) -> None:
    """Nested dicts are TypedDicts, models and enum values mix freely, datetimes are accepted."""
    client.chat(
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": ChatRole.USER, "content": "Hi"},
            ChatMessage(role="assistant", content="Hello"),
        ],
        model_config={"model": "gpt-4", "temperature": 0.2},
    )
    message = ChatMessage(role="user", content="Hi")
    assert_type(message.role, ChatRole | Literal["user", "assistant", "system", "tool"])
    client.feedback(type="rating", value="good", created_at=datetime.now(timezone.utc))
    client.feedback(type="rating", value="good", created_at="2024-05-01T12:00:00Z")
    client.log(project="p", created_at=datetime(2024, 5, 1, tzinfo=timezone.utc))
    # each form of a oneOf/anyOf body is an overload of its own
    assert_type(client.datasets.create_datapoint(dataset_id="evts_1", log_ids=["data_1"]), list[DatapointResponse])
    client.datasets.create_datapoint(
        dataset_id="evts_1",
        inputs={"city": "Paris"},
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        target={"answer": {"contains": "sunny"}},
    )


def client_construction() -> None:
    client = Humanloop(
        api_key="k",
        base_url="http://localhost:4010",
        openai_api_key="sk-openai",
        timeout=httpx.Timeout(20.0, connect=2.0),
        max_retries=5,
        default_headers={"x-team": "a"},
        http_client=httpx.Client(),
    )
    assert_type(client.with_options(timeout=10.0, max_retries=0), Humanloop)
    with Humanloop() as same:
        assert_type(same, Humanloop)


def streaming(client: Humanloop, stream_or_not: bool) -> None:
    assert_type(client.chat(messages=MESSAGES, model_config=MODEL_CONFIG), ChatResponse)
    assert_type(
        client.chat(messages=MESSAGES, model_config=MODEL_CONFIG, stream=False), ChatResponse
    )
    stream = client.chat(messages=MESSAGES, model_config=MODEL_CONFIG, stream=True)
    assert_type(stream, Stream[ChatResponseChunk])
    with stream:
        for chunk in stream:
            assert_type(chunk, ChatResponseChunk)
            assert_type(chunk.output, str)
    assert_type(
        client.chat(messages=MESSAGES, model_config=MODEL_CONFIG, stream=stream_or_not),
        ChatResponse | Stream[ChatResponseChunk],
    )
    assert_type(
        client.chat_deployed(messages=[ChatMessage(role=ChatRole.USER, content="Hi")], stream=True),
        Stream[ChatResponseChunk],
    )
    assert_type(client.complete(model_config=COMPLETION_CONFIG), CompletionResponse)
    assert_type(
        client.complete(model_config=COMPLETION_CONFIG, stream=True), Stream[CompletionResponseChunk]
    )
    assert_type(client.complete_deployed(project="p", stream=True), Stream[CompletionResponseChunk])


def pagination(client: Humanloop) -> None:
    page = client.projects.list(size=10)
    assert_type(page, SyncPage[ProjectResponse])
    for project in page:
        assert_type(project, ProjectResponse)
    for one_page in page.iter_pages():
        assert_type(one_page, SyncPage[ProjectResponse])
        assert_type(one_page.items, list[ProjectResponse])
    assert_type(client.projects.export(id="pr_1"), SyncPage[LogResponse])
    assert_type(client.sessions.list(project_id="pr_1"), SyncPage[SessionResponse])
    assert_type(client.datasets.list_datapoints(dataset_id="evts_1"), SyncPage[DatapointResponse])
    assert_type(
        client.evaluations.list_datapoints(id="ev_1"),
        SyncPage[EvaluationDatapointSnapshotResponse],
    )


def other_calls(client: Humanloop) -> None:
    assert_type(client.projects.get(id="pr_1", timeout=5.0), ProjectResponse)
    raw = client.with_raw_response.projects.get(id="pr_1")
    assert_type(raw, APIResponse[ProjectResponse])
    assert_type(raw.parse(), ProjectResponse)
    assert_type(raw.status_code, int)
    client.chat(
        messages=MESSAGES,
        model_config=MODEL_CONFIG,
        provider_api_keys=ProviderApiKeys(openai="sk-call"),
        extra_headers={"x-trace": "1"},
        extra_query={"debug": "true"},
        extra_body={"seed": 1},
    )
    try:
        client.projects.create(name="my-project")
    except humanloop.UnprocessableEntityError as error:
        assert_type(error.status_code, int)
        if isinstance(error.body, HTTPValidationError):
            print(error.body.detail)
    except humanloop.APIConnectionError as error:
        assert_type(error, humanloop.APIConnectionError)


def streaming_response(client: Humanloop) -> None:
    with client.with_streaming_response.projects.get(id="pr_1") as response:
        assert_type(response, APIResponse[ProjectResponse])
        assert_type(response.headers, httpx.Headers)
        for line in response.iter_lines():
            assert_type(line, str)
        assert_type(response.parse(), ProjectResponse)
    with client.with_streaming_response.chat(messages=MESSAGES, model_config=MODEL_CONFIG) as chat:
        for chunk in chat.iter_bytes():
            assert_type(chunk, bytes)


async def async_streaming_response(client: AsyncHumanloop) -> None:
    async with client.with_streaming_response.projects.get(id="pr_1") as response:
        assert_type(response, AsyncAPIResponse[ProjectResponse])
        async for line in response.iter_lines():
            assert_type(line, str)
        assert_type(await response.parse(), ProjectResponse)


async def async_usage(client: AsyncHumanloop) -> None:
    assert_type(await client.chat(messages=MESSAGES, model_config=MODEL_CONFIG), ChatResponse)
    stream = await client.chat(messages=MESSAGES, model_config=MODEL_CONFIG, stream=True)
    assert_type(stream, AsyncStream[ChatResponseChunk])
    async with stream:
        async for chunk in stream:
            assert_type(chunk, ChatResponseChunk)
    assert_type(
        await client.complete(model_config=COMPLETION_CONFIG, stream=True),
        AsyncStream[CompletionResponseChunk],
    )
    page = await client.projects.list()
    assert_type(page, AsyncPage[ProjectResponse])
    async for project in page:
        assert_type(project, ProjectResponse)
    async for one_page in page.iter_pages():
        assert_type(one_page, AsyncPage[ProjectResponse])
    assert_type(await client.sessions.list(project_id="pr_1"), AsyncPage[SessionResponse])
    raw = await client.with_raw_response.projects.get(id="pr_1")
    assert_type(raw, AsyncAPIResponse[ProjectResponse])
    assert_type(await raw.parse(), ProjectResponse)
    async with AsyncHumanloop(api_key="k") as same:
        assert_type(same, AsyncHumanloop)
