"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .config_response import ConfigResponse
from .model_config_evaluator_aggregate_response import ModelConfigEvaluatorAggregateResponse
from .project_model_config_feedback_stats_response import ProjectModelConfigFeedbackStatsResponse


class GetModelConfigResponse(BaseModel):
    """
    A selected model configuration. If the model configuration was selected in the context of an experiment, the response will include a trial_id to associate a subsequent log() call.
    """

    project_id: Annotated[
        str,
        Field(description="String ID of project the model config belongs to. Starts with `pr_`."),
    ]
    """String ID of project the model config belongs to. Starts with `pr_`."""

    project_name: Annotated[
        str, Field(description="Name of the project the model config belongs to.")
    ]
    """Name of the project the model config belongs to."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    last_used: Annotated[
        AwareDatetime,
        Field(description="When the config was last used to generate or log a datapoint."),
    ]
    """When the config was last used to generate or log a datapoint."""

    config: Annotated[ConfigResponse, Field(description="The selected config.")]
    """The selected config."""

    feedback_stats: Annotated[
        list[ProjectModelConfigFeedbackStatsResponse] | None,
        Field(description="Feedback statistics for the project model config."),
    ] = None
    """Feedback statistics for the project model config."""

    num_datapoints: Annotated[
        int | None,
        Field(description="Number of datapoints associated with this project model config."),
    ] = None
    """Number of datapoints associated with this project model config."""

    experiment_id: Annotated[
        str | None,
        Field(
            description="The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."
        ),
    ] = None
    """The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."""

    evaluation_aggregates: Annotated[
        list[ModelConfigEvaluatorAggregateResponse] | None,
        Field(description="Aggregates of evaluators for the model config."),
    ] = None
    """Aggregates of evaluators for the model config."""

    trial_id: Annotated[
        str | None, Field(description="ID of trial to reference in subsequent log calls.")
    ] = None
    """ID of trial to reference in subsequent log calls."""
