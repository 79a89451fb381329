"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


class ToolCall(BaseModel):
    """
    A tool call to be made.
    """

    name: Annotated[str, Field(description="Name of the tool to call.")]
    """Name of the tool to call."""

    arguments: Annotated[
        Any | None, Field(description="Arguments for the tool call, as produced by the model.")
    ] = None
    """Arguments for the tool call, as produced by the model."""
