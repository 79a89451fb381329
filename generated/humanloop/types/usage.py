"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class Usage(BaseModel):
    prompt_tokens: Annotated[int, Field(description="Number of tokens used in the prompt.")]
    """Number of tokens used in the prompt."""

    generation_tokens: Annotated[
        int, Field(description="Number of tokens produced by the generation.")
    ]
    """Number of tokens produced by the generation."""

    total_tokens: Annotated[
        int, Field(description="Total number of tokens used by the prompt and generation combined.")
    ]
    """Total number of tokens used by the prompt and generation combined."""
