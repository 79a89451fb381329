"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from .._models import BaseModel


class EvaluationResultResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of the evaluation result.")]
    """String ID of the evaluation result."""

    evaluator_id: Annotated[
        str, Field(description="String ID of the evaluator. Starts with `evfn_`.")
    ]
    """String ID of the evaluator. Starts with `evfn_`."""

    log_id: Annotated[
        str, Field(description="String ID of the evaluated log. Starts with `data_`.")
    ]
    """String ID of the evaluated log. Starts with `data_`."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    evaluation_id: Annotated[
        str | None, Field(description="String ID of the evaluation. Starts with `ev_`.")
    ] = None
    """String ID of the evaluation. Starts with `ev_`."""

    value: Annotated[
        bool | float | None, Field(description="The value returned by the evaluator.")
    ] = None
    """The value returned by the evaluator."""

    error: Annotated[str | None, Field(description="Error message if the evaluator failed.")] = None
    """Error message if the evaluator failed."""
