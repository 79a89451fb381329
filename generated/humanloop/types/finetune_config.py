"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .model_providers import ModelProviders


class FinetuneConfig(BaseModel):
    base_model: Annotated[
        str, Field(description="Unique reference to the model the fine-tuning was based on.")
    ]
    """Unique reference to the model the fine-tuning was based on."""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider."
        ),
    ] = None
    """Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(
            description="The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided."
        ),
    ] = None
    """The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided."""
