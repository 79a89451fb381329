"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreateSessionResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of session. Starts with `sesh_`.")]
    """String ID of session. Starts with `sesh_`."""
