"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .feedback_type_request import FeedbackTypeRequest


class CreateProjectRequest(BaseModel):
    name: Annotated[str, Field(description="Unique project name.")]
    """Unique project name."""

    feedback_types: Annotated[
        list[FeedbackTypeRequest] | None, Field(description="Feedback types to be created.")
    ] = None
    """Feedback types to be created."""
