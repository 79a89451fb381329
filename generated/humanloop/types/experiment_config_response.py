"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .config_response import ConfigResponse


class ExperimentConfigResponse(BaseModel):
    trials_count: Annotated[
        int, Field(description="Number of datapoints with feedback associated to the experiment.")
    ]
    """Number of datapoints with feedback associated to the experiment."""

    active: Annotated[
        bool,
        Field(
            description="Whether the model config is active in the experiment. Only active model configs can be sampled from the experiment."
        ),
    ]
    """Whether the model config is active in the experiment. Only active model configs can be sampled from the experiment."""

    id: Annotated[str, Field(description="String ID of model config. Starts with `config_`.")]
    """String ID of model config. Starts with `config_`."""

    display_name: Annotated[
        str,
        Field(
            description="Display name of model config. If this is not set by the user, a friendly name is generated."
        ),
    ]
    """Display name of model config. If this is not set by the user, a friendly name is generated."""

    config: Annotated[
        ConfigResponse, Field(description="Definition of the config used in the experiment.")
    ]
    """Definition of the config used in the experiment."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    mean: Annotated[
        float | None, Field(description="The mean performance of the model config.")
    ] = None
    """The mean performance of the model config."""

    spread: Annotated[
        float | None, Field(description="The spread of performance of the model config.")
    ] = None
    """The spread of performance of the model config."""
