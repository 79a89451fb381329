"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class ProjectModelConfigFeedbackStatsResponse(BaseModel):
    feedback_type_id: Annotated[int, Field(description="ID of the feedback type.")]
    """ID of the feedback type."""

    feedback_type: Annotated[str, Field(description="Name of the feedback type.")]
    """Name of the feedback type."""

    feedback_value: Annotated[str, Field(description="The feedback value counted.")]
    """The feedback value counted."""

    feedback_count: Annotated[int, Field(description="Number of times the value was given.")]
    """Number of times the value was given."""
