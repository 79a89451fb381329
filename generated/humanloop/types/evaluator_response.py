"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .evaluator_arguments_type import EvaluatorArgumentsType
from .evaluator_return_type_enum import EvaluatorReturnTypeEnum


class EvaluatorResponse(BaseModel):
    description: Annotated[
        str, Field(description="The description of the evaluator.", max_length=255)
    ]
    """The description of the evaluator."""

    name: Annotated[str, Field(description="The name of the evaluator.", max_length=255)]
    """The name of the evaluator."""

    code: Annotated[
        str,
        Field(
            description="The code for the evaluator. This code will be executed in a sandboxed environment."
        ),
    ]
    """The code for the evaluator. This code will be executed in a sandboxed environment."""

    arguments_type: Annotated[
        EnumOrLiteral[EvaluatorArgumentsType, Literal["target_free", "target_required"]],
        Field(description="Whether this evaluator is target-free or target-required."),
    ]
    """Whether this evaluator is target-free or target-required."""

    return_type: Annotated[
        EnumOrLiteral[EvaluatorReturnTypeEnum, Literal["boolean", "number"]],
        Field(description="The type of the return value of the evaluator."),
    ]
    """The type of the return value of the evaluator."""

    id: Annotated[str, Field(description="Unique ID for the evaluator. Starts with `evfn_`.")]
    """Unique ID for the evaluator. Starts with `evfn_`."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""
