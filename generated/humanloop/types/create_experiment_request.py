"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .positive_label import PositiveLabel


class CreateExperimentRequest(BaseModel):
    name: Annotated[str, Field(description="Name of experiment.")]
    """Name of experiment."""

    positive_labels: Annotated[
        list[PositiveLabel],
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ]
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    config_ids: Annotated[
        list[str] | None,
        Field(description="Configs to add to this experiment. Further configs can be added later."),
    ] = None
    """Configs to add to this experiment. Further configs can be added later."""

    set_active: Annotated[
        bool,
        Field(description="Whether to set the created project as the project's active experiment."),
    ] = False
    """Whether to set the created project as the project's active experiment."""
