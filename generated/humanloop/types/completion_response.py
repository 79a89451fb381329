"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from .data_response import DataResponse
from .usage import Usage


class CompletionResponse(BaseModel):
    """
    Completion response, with one entry in `data` per sample.
    """

    data: Annotated[
        list[DataResponse], Field(description="Array containing the generation responses.")
    ]
    """Array containing the generation responses."""

    provider_responses: Annotated[
        list[Any], Field(description="The raw responses returned by the model provider.")
    ]
    """The raw responses returned by the model provider."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"
        ),
    ] = None
    """Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"""

    num_samples: Annotated[
        int | None, Field(description="How many completions to make for each set of inputs.")
    ] = None
    """How many completions to make for each set of inputs."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    usage: Annotated[
        Usage | None, Field(description="Counts of the number of tokens used and related stats.")
    ] = None
    """Counts of the number of tokens used and related stats."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""
