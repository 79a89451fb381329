"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class UpdateLogRequest(BaseModel):
    output: Annotated[
        str | None, Field(description="Generated output from your model for the provided inputs.")
    ] = None
    """Generated output from your model for the provided inputs."""

    error: Annotated[str | None, Field(description="Error message if the log is an error.")] = None
    """Error message if the log is an error."""

    duration: Annotated[
        float | None, Field(description="Duration of the logged event in seconds.")
    ] = None
    """Duration of the logged event in seconds."""
