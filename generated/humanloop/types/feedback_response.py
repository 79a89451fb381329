"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .feedback_type import FeedbackType


class FeedbackResponse(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    value: Annotated[
        float | str,
        Field(
            description="The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."
        ),
    ]
    """The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."""

    id: Annotated[
        str,
        Field(description="String ID of user feedback. Starts with `ann_`, short for annotation."),
    ]
    """String ID of user feedback. Starts with `ann_`, short for annotation."""

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
