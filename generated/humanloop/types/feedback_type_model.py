"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .categorical_feedback_label import CategoricalFeedbackLabel
from .feedback_type import FeedbackType


class FeedbackTypeModel(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    values: Annotated[
        list[CategoricalFeedbackLabel] | None,
        Field(
            description="The allowed values for categorical feedback types. Not populated for `correction` and `comment`."
        ),
    ] = None
    """The allowed values for categorical feedback types. Not populated for `correction` and `comment`."""
