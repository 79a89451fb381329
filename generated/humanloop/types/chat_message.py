"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .chat_role import ChatRole
from .tool_call import ToolCall


class ChatMessage(BaseModel):
    role: Annotated[
        EnumOrLiteral[ChatRole, Literal["user", "assistant", "system", "tool"]],
        Field(description="Role of the message author."),
    ]
    """Role of the message author."""

    content: Annotated[str | None, Field(description="The content of the message.")] = None
    """The content of the message."""

    name: Annotated[str | None, Field(description="Optional name of the message author.")] = None
    """Optional name of the message author."""

    tool_call: Annotated[
        ToolCall | None,
        Field(description="A tool call requested by the model (assistant messages)."),
    ] = None
    """A tool call requested by the model (assistant messages)."""
