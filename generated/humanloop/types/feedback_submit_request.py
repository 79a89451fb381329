"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .feedback_request import FeedbackRequest


class FeedbackSubmitRequest(RootModel[FeedbackRequest | list[FeedbackRequest]]):
    root: Annotated[
        FeedbackRequest | list[FeedbackRequest],
        Field(description="One feedback item, or a list of them."),
    ]
    """One feedback item, or a list of them."""
