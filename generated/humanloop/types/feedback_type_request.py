"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .feedback_class import FeedbackClass
from .feedback_label_request import FeedbackLabelRequest


class FeedbackTypeRequest(BaseModel):
    type: Annotated[str, Field(description="The type of feedback to update.")]
    """The type of feedback to update."""

    values: Annotated[
        list[FeedbackLabelRequest] | None,
        Field(
            description="The feedback values to be available. This field should only be populated when updating a 'select' or 'multi_select' feedback class."
        ),
    ] = None
    """The feedback values to be available. This field should only be populated when updating a 'select' or 'multi_select' feedback class."""

    class_: Annotated[
        EnumOrLiteral[FeedbackClass, Literal["select", "multi_select", "text", "number"]] | None,
        Field(
            alias="class",
            description="The data type associated to this feedback type; whether it is a 'text'/'select'/'multi_select'. This is optional when updating the default feedback types (i.e. when `type` is 'rating', 'action' or 'issue')",
        ),
    ] = None
    """The data type associated to this feedback type; whether it is a 'text'/'select'/'multi_select'. This is optional when updating the default feedback types (i.e. when `type` is 'rating', 'action' or 'issue')"""
