"""Request arguments as users write them, observed on the wire: TypedDicts and models send the
same JSON, enum fields take their values, date-times take ``datetime``s.

(That mypy accepts these calls and rejects their misspellings is tests/test_typing.py's job.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.runtime.server import ServerState

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")
types = pytest.importorskip("humanloop.types")

WIRE_MESSAGE = {
    "role": "user",
    "content": "Hi",
    "tool_call": {"id": "t1", "name": "f", "arguments": "{}"},
}


def test_a_typed_dict_and_a_model_send_the_same_json(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    client = make_client()
    as_dict: Any = types.ChatMessageParam(  # a TypedDict is a dict at run time
        role="user", content="Hi", tool_call={"id": "t1", "name": "f", "arguments": "{}"}
    )
    as_model = types.ChatMessage(
        role="user", content="Hi", tool_call=types.ToolCall(id="t1", name="f", arguments="{}")
    )
    bodies = []
    for message in (as_dict, as_model):
        client.chat(messages=[message], model_config={"model": "gpt-4"})
        bodies.append(state.last.body)
    assert bodies[0] == bodies[1]
    assert bodies[0]["messages"] == [WIRE_MESSAGE]


def test_an_enum_field_takes_its_value_and_keeps_the_enum() -> None:
    message = types.ChatMessage(role="user")
    assert message.role is types.ChatRole.USER
    newer = types.ChatMessage.model_validate({"role": "developer"})  # a value a newer server sends
    assert isinstance(newer.role, types.ChatRole) and newer.role == "developer"


def test_a_datetime_is_sent_as_iso_8601(
    make_client: Callable[..., Any], state: ServerState
) -> None:
    client = make_client().with_raw_response  # the stand-in answers these with `{}`
    when = datetime(2024, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=2)))
    client.feedback(type="rating", value="good", data_id="data_1", created_at=when)
    assert state.last.body["created_at"] == "2024-05-01T12:30:00+02:00"
    client.feedback(
        type="rating", value="good", data_id="data_1", created_at="2024-05-01T10:30:00Z"
    )
    assert state.last.body["created_at"] == "2024-05-01T10:30:00Z"
    client.log(project="p", feedback={"type": "rating", "value": "good", "created_at": when})
    assert state.last.body["feedback"]["created_at"] == "2024-05-01T12:30:00+02:00"


def test_typed_dicts_load_lazily_and_are_listed() -> None:
    assert "ChatMessageParam" in types.__all__ and "ChatResponseParam" not in types.__all__
    assert types.ChatMessageParam.__required_keys__ >= {"role"}
