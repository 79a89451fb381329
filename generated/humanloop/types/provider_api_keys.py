"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class ProviderApiKeys(BaseModel):
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """

    openai: Annotated[str | None, Field(description="OpenAI API key.")] = None
    """OpenAI API key."""

    ai21: Annotated[str | None, Field(description="AI21 API key.")] = None
    """AI21 API key."""

    mock: Annotated[str | None, Field(description="API key for the mock provider (testing).")] = (
        None
    )
    """API key for the mock provider (testing)."""

    anthropic: Annotated[str | None, Field(description="Anthropic API key.")] = None
    """Anthropic API key."""

    cohere: Annotated[str | None, Field(description="Cohere API key.")] = None
    """Cohere API key."""

    openai_azure: Annotated[str | None, Field(description="Azure OpenAI API key.")] = None
    """Azure OpenAI API key."""

    openai_azure_endpoint: Annotated[
        str | None, Field(description="Azure OpenAI endpoint URL.")
    ] = None
    """Azure OpenAI endpoint URL."""
