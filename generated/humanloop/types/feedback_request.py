"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .feedback_type import FeedbackType


class FeedbackRequest(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    value: Annotated[
        str | None,
        Field(
            description="The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise."
        ),
    ] = None
    """The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise."""

    data_id: Annotated[
        str | None,
        Field(description="ID to associate the feedback to a previously logged datapoint."),
    ] = None
    """ID to associate the feedback to a previously logged datapoint."""

    user: Annotated[
        str | None, Field(description="A unique identifier to who provided the feedback.")
    ] = None
    """A unique identifier to who provided the feedback."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the feedback was created."),
    ] = None
    """User defined timestamp for when the feedback was created."""

    unset: Annotated[
        bool | None, Field(description="If true, the value for this feedback is unset.")
    ] = None
    """If true, the value for this feedback is unset."""
