"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .dataset_response import DatasetResponse
from .finetune_config import FinetuneConfig


class FinetuneResponse(BaseModel):
    id: Annotated[str, Field(description="Unique identifier for fine-tuned model.")]
    """Unique identifier for fine-tuned model."""

    name: Annotated[str, Field(description="User defined friendly name for a fine-tuning run")]
    """User defined friendly name for a fine-tuning run"""

    status: Annotated[
        str,
        Field(
            description="The fine-tuning process is run async and so the resultingfine-tuned model won't be available for generations until it has completed."
        ),
    ]
    """The fine-tuning process is run async and so the resultingfine-tuned model won't be available for generations until it has completed."""

    config: Annotated[
        FinetuneConfig, Field(description="Configuration details for the fine-tuned model.")
    ]
    """Configuration details for the fine-tuned model."""

    dataset: Annotated[DatasetResponse, Field(description="The dataset used for fine-tuning.")]
    """The dataset used for fine-tuning."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    model_name: Annotated[
        str | None,
        Field(
            description="Unique reference for the fine-tuned required to make calls to the provider."
        ),
    ] = None
    """Unique reference for the fine-tuned required to make calls to the provider."""

    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Any additional metadata that you would like to log for reference."),
    ] = None
    """Any additional metadata that you would like to log for reference."""

    provider_id: Annotated[
        str | None,
        Field(
            description="Unique ID for the fine-tuned model required to make calls to the provider's API."
        ),
    ] = None
    """Unique ID for the fine-tuned model required to make calls to the provider's API."""

    provider_details: Annotated[
        dict[str, Any] | None, Field(description="Provider specific fine-tuning results.")
    ] = None
    """Provider specific fine-tuning results."""

    data_summary: Annotated[
        dict[str, Any] | None,
        Field(description="Summary stats about the data used for finetuning."),
    ] = None
    """Summary stats about the data used for finetuning."""
