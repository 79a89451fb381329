"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .evaluator_arguments_type import EvaluatorArgumentsType
from .evaluator_return_type_enum import EvaluatorReturnTypeEnum


class UpdateEvaluatorRequest(BaseModel):
    description: Annotated[
        str | None, Field(description="The description of the evaluator.", max_length=255)
    ] = None
    """The description of the evaluator."""

    name: Annotated[str | None, Field(description="The name of the evaluator.")] = None
    """The name of the evaluator."""

    code: Annotated[
        str | None,
        Field(
            description="The code for the evaluator. This code will be executed in a sandboxed environment."
        ),
    ] = None
    """The code for the evaluator. This code will be executed in a sandboxed environment."""

    arguments_type: Annotated[
        EnumOrLiteral[EvaluatorArgumentsType, Literal["target_free", "target_required"]] | None,
        Field(description="Whether this evaluator is target-free or target-required."),
    ] = None
    """Whether this evaluator is target-free or target-required."""

    return_type: Annotated[
        EnumOrLiteral[EvaluatorReturnTypeEnum, Literal["boolean", "number"]] | None,
        Field(description="The type of the return value of the evaluator."),
    ] = None
    """The type of the return value of the evaluator."""
