"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .config_response import ConfigResponse
from .dataset_response import DatasetResponse
from .evaluation_status import EvaluationStatus
from .evaluator_response import EvaluatorResponse
from .model_config_evaluator_aggregate_response import ModelConfigEvaluatorAggregateResponse


class EvaluationResponse(BaseModel):
    id: Annotated[str, Field(description="Unique ID for the evaluation. Starts with `ev_`.")]
    """Unique ID for the evaluation. Starts with `ev_`."""

    status: Annotated[
        EnumOrLiteral[EvaluationStatus, Literal["pending", "running", "completed", "failed"]],
        Field(description="Status of the evaluation."),
    ]
    """Status of the evaluation."""

    config: Annotated[ConfigResponse, Field(description="The config that was evaluated.")]
    """The config that was evaluated."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    evaluators: Annotated[
        list[EvaluatorResponse], Field(description="Evaluators run in this evaluation.")
    ]
    """Evaluators run in this evaluation."""

    dataset: Annotated[DatasetResponse, Field(description="The dataset used in this evaluation.")]
    """The dataset used in this evaluation."""

    dataset_snapshot: Annotated[
        DatasetResponse | None,
        Field(description="Snapshot of the dataset taken when the evaluation ran."),
    ] = None
    """Snapshot of the dataset taken when the evaluation ran."""

    evaluator_aggregates: Annotated[
        list[ModelConfigEvaluatorAggregateResponse] | None,
        Field(
            description="Aggregated evaluator results, if requested with `evaluator_aggregates=true`."
        ),
    ] = None
    """Aggregated evaluator results, if requested with `evaluator_aggregates=true`."""
