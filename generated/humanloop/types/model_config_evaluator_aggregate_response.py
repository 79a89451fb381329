"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


class ModelConfigEvaluatorAggregateResponse(BaseModel):
    model_config_id: Annotated[
        str, Field(description="String ID of the model config. Starts with `config_`.")
    ]
    """String ID of the model config. Starts with `config_`."""

    evaluator_id: Annotated[
        str, Field(description="String ID of the evaluator. Starts with `evfn_`.")
    ]
    """String ID of the evaluator. Starts with `evfn_`."""

    aggregate_value: Annotated[
        Any | None, Field(description="Aggregate of the evaluator results for this model config.")
    ] = None
    """Aggregate of the evaluator results for this model config."""
