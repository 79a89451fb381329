"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class ToolResultResponse(BaseModel):
    """
    A result from a tool used to populate the prompt template
    """

    id: Annotated[str, Field(description="String ID of the tool result.")]
    """String ID of the tool result."""

    name: Annotated[str, Field(description="Name of the tool.")]
    """Name of the tool."""

    signature: Annotated[str, Field(description="Signature the tool was called with.")]
    """Signature the tool was called with."""

    result: Annotated[str, Field(description="Result returned by the tool.")]
    """Result returned by the tool."""
