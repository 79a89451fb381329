"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class UpdateFinetuneRequest(BaseModel):
    name: Annotated[
        str | None, Field(description="User defined friendly name for the fine-tuned model.")
    ] = None
    """User defined friendly name for the fine-tuned model."""
