"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .label_sentiment import LabelSentiment


class CategoricalFeedbackLabel(BaseModel):
    value: Annotated[str, Field(description="The label value.")]
    """The label value."""

    sentiment: Annotated[
        EnumOrLiteral[LabelSentiment, Literal["positive", "negative", "neutral", "unset"]],
        Field(description="Whether the feedback sentiment is positive or negative."),
    ]
    """Whether the feedback sentiment is positive or negative."""
