"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .feedback_response import FeedbackResponse


class FeedbackSubmitResponse(RootModel[FeedbackResponse | list[FeedbackResponse]]):
    root: Annotated[
        FeedbackResponse | list[FeedbackResponse],
        Field(
            description="An object when one feedback item was submitted, a list when a list was submitted."
        ),
    ]
    """An object when one feedback item was submitted, a list when a list was submitted."""
