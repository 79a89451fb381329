"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .positive_label import PositiveLabel


class UpdateExperimentRequest(BaseModel):
    name: Annotated[str | None, Field(description="Name of experiment.")] = None
    """Name of experiment."""

    positive_labels: Annotated[
        list[PositiveLabel] | None,
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ] = None
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    config_ids_to_register: Annotated[
        list[str] | None, Field(description="Model configs to add to this experiment.")
    ] = None
    """Model configs to add to this experiment."""

    config_ids_to_deregister: Annotated[
        list[str] | None, Field(description="Model configs in this experiment to be deactivated.")
    ] = None
    """Model configs in this experiment to be deactivated."""
