"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from .chat_data_response import ChatDataResponse
from .usage import Usage


class ChatResponse(BaseModel):
    """
    Chat response, with one entry in `data` per sample.
    """

    data: Annotated[
        list[ChatDataResponse], Field(description="Array containing the chat responses.")
    ]
    """Array containing the chat responses."""

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

    num_samples: Annotated[int | None, Field(description="The number of chat responses.")] = None
    """The number of chat responses."""

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

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""
