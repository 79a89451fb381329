"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class PositiveLabel(BaseModel):
    type: Annotated[str, Field(description="Feedback type, e.g. 'rating'.")]
    """Feedback type, e.g. 'rating'."""

    value: Annotated[str, Field(description="Feedback value, e.g. 'good'.")]
    """Feedback value, e.g. 'good'."""
