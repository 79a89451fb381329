"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from .finetune_config import FinetuneConfig
from .provider_api_keys import ProviderApiKeys


class FinetuneRequest(BaseModel):
    name: Annotated[str, Field(description="User defined friendly name for a finetuning run")]
    """User defined friendly name for a finetuning run"""

    dataset_id: Annotated[str, Field(description="ID of dataset used for finetuning")]
    """ID of dataset used for finetuning"""

    config: Annotated[
        FinetuneConfig,
        Field(description="Configuration and hyper-parameters for the fine-tuning process"),
    ]
    """Configuration and hyper-parameters for the fine-tuning process"""

    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Any additional metadata that you would like to log for reference."),
    ] = None
    """Any additional metadata that you would like to log for reference."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""
