"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .base_metric_response import BaseMetricResponse
from .experiment_config_response import ExperimentConfigResponse
from .experiment_status import ExperimentStatus
from .positive_label import PositiveLabel


class ExperimentResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of experiment. Starts with `exp_`.")]
    """String ID of experiment. Starts with `exp_`."""

    project_id: Annotated[
        str, Field(description="String ID of project the experiment belongs to. Starts with `pr_`.")
    ]
    """String ID of project the experiment belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="Name of experiment.")]
    """Name of experiment."""

    status: Annotated[
        EnumOrLiteral[ExperimentStatus, Literal["Initialized", "In progress"]],
        Field(description="Status of experiment."),
    ]
    """Status of experiment."""

    metric: Annotated[
        BaseMetricResponse, Field(description="Metric used as the experiment's objective.")
    ]
    """Metric used as the experiment's objective."""

    positive_labels: Annotated[
        list[PositiveLabel],
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ]
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    configs: Annotated[
        list[ExperimentConfigResponse] | None,
        Field(description="List of configs associated to the experiment."),
    ] = None
    """List of configs associated to the experiment."""
