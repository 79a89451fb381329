"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from .chat_message import ChatMessage


class CreateDatapointRequest(BaseModel):
    inputs: Annotated[
        dict[str, str] | None,
        Field(description="The inputs to the prompt template for this datapoint."),
    ] = None
    """The inputs to the prompt template for this datapoint."""

    messages: Annotated[
        list[ChatMessage] | None, Field(description="The chat messages for this datapoint.")
    ] = None
    """The chat messages for this datapoint."""

    target: Annotated[
        dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None,
        Field(description="Object with criteria necessary to evaluate this datapoint."),
    ] = None
    """Object with criteria necessary to evaluate this datapoint."""
