"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .provider_api_keys import ProviderApiKeys


class CreateEvaluationRequest(BaseModel):
    config_id: Annotated[
        str, Field(description="ID of the config to evaluate. Starts with `config_`.")
    ]
    """ID of the config to evaluate. Starts with `config_`."""

    evaluator_ids: Annotated[
        list[str],
        Field(description="IDs of evaluators to run on the dataset. IDs start with `evfn_`"),
    ]
    """IDs of evaluators to run on the dataset. IDs start with `evfn_`"""

    dataset_id: Annotated[
        str, Field(description="ID of the dataset to use in this evaluation. Starts with `evts_`.")
    ]
    """ID of the dataset to use in this evaluation. Starts with `evts_`."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization."""
