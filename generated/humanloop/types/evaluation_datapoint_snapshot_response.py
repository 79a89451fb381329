"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .datapoint_response import DatapointResponse
from .evaluation_result_response import EvaluationResultResponse
from .log_response import LogResponse


class EvaluationDatapointSnapshotResponse(BaseModel):
    datapoint: Annotated[DatapointResponse, Field(description="The datapoint that was evaluated.")]
    """The datapoint that was evaluated."""

    evaluation_results: Annotated[
        list[EvaluationResultResponse],
        Field(description="Results of each evaluator on this datapoint."),
    ]
    """Results of each evaluator on this datapoint."""

    log: Annotated[
        LogResponse | None,
        Field(description="The log generated for this datapoint during the evaluation."),
    ] = None
    """The log generated for this datapoint during the evaluation."""
