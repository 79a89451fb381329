"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class ModelProviders(OpenEnum):
    """Supported model providers."""

    OPENAI = "openai"
    OPENAI_AZURE = "openai_azure"
    AI21 = "ai21"
    MOCK = "mock"
    ANTHROPIC = "anthropic"
    LANGCHAIN = "langchain"
    COHERE = "cohere"
    REPLICATE = "replicate"
