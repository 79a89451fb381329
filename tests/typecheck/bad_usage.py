"""Mistakes ``mypy --strict`` must catch in code using the generated SDK.

Each line marked ``# E: <codes>`` must get exactly the mypy errors of those codes, and no other
line any error
(tests/test_typing.py). Nothing here runs.
"""

from __future__ import annotations

from humanloop import AsyncHumanloop, Humanloop, Stream
from humanloop.types import (
    ChatMessage,
    ChatMessageParam,
    ChatResponse,
    ChatResponseChunk,
    ProjectResponse,
)
from typing_extensions import assert_type

MESSAGES: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]


def mistakes(client: Humanloop) -> None:
    client.projects.get(project_id="pr_1")  # E: call-arg
    client.projects.get(id=1)  # E: arg-type
    client.projects.get("pr_1")  # E: call-arg
    client.projects.list(size="10")  # E: arg-type
    client.projects.list(sort_by="popularity")  # E: arg-type
    client.chat(messages=MESSAGES)  # E: call-overload
    client.chat(messages=MESSAGES, model_config={"model": "m"}, strem=True)  # E: call-overload
    stream = client.chat(messages=MESSAGES, model_config={"model": "m"}, stream=True)
    print(stream.data)  # E: attr-defined
    response = client.chat(messages=MESSAGES, model_config={"model": "m"})
    assert_type(response, Stream[ChatResponseChunk])  # E: assert-type
    print(response.output)  # E: attr-defined
    assert_type(client.projects.list(), ProjectResponse)  # E: assert-type
    Humanloop(api_keys="k")  # E: call-arg
    client.with_streaming_response.projects.get(id="pr_1").parse()  # E: attr-defined


def nested_mistakes(client: Humanloop) -> None:
    """What a nested dict, an enum field or a date-time argument must not take."""
    client.chat(messages=[{"role": "user", "contnt": "hi"}], model_config={"model": "m"})  # E: call-overload
    client.chat(messages=MESSAGES, model_config={"modle": "gpt-4"})  # E: call-overload
    client.chat(messages=[{"role": "usr", "content": "hi"}], model_config={"model": "m"})  # E: call-overload
    client.chat(messages=[{"content": "hi"}], model_config={"model": "m"})  # E: call-overload
    print(ChatMessageParam(role="user", content=1))  # E: typeddict-item
    ChatMessage(role="usr")  # E: arg-type
    client.feedback(type="rating", created_at=1714564800)  # E: arg-type
    client.datasets.create_datapoint(dataset_id="d", log_ids=["l"], inputs={"a": "b"})  # E: call-overload
    client.datasets.create_datapoint(dataset_id="d", log_ids=[1])  # E: list-item
    client.projects.create(name="p", feedback_types=[{"type": "rating", "valus": []}])  # E: list-item


async def async_mistakes(client: AsyncHumanloop) -> None:
    assert_type(client.chat(messages=MESSAGES, model_config={"model": "m"}), ChatResponse)  # E: assert-type unused-coroutine
    for _chunk in await client.chat(messages=MESSAGES, model_config={"model": "m"}, stream=True):  # E: attr-defined
        pass
