"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .positive_label import PositiveLabel


class UpdateProjectRequest(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls."
        ),
    ] = None
    """The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls."""

    active_experiment_id: Annotated[
        str | None,
        Field(
            description="ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set."
        ),
    ] = None
    """ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set."""

    active_config_id: Annotated[
        str | None,
        Field(
            description="ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set."
        ),
    ] = None
    """ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set."""

    positive_labels: Annotated[
        list[PositiveLabel] | None,
        Field(description="The full list of labels to treat as positive user feedback."),
    ] = None
    """The full list of labels to treat as positive user feedback."""
