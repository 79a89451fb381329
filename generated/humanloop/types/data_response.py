"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel
from .tool_result_response import ToolResultResponse


class DataResponse(BaseModel):
    """
    One sampled completion.
    """

    id: Annotated[
        str,
        Field(
            description="Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."
        ),
    ]
    """Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."""

    index: Annotated[
        int,
        Field(
            description="The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."
        ),
    ]
    """The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."""

    output: Annotated[
        str,
        Field(
            description="Output text returned from the provider model with leading and trailing whitespaces stripped."
        ),
    ]
    """Output text returned from the provider model with leading and trailing whitespaces stripped."""

    raw_output: Annotated[
        str, Field(description="Raw output text returned from the provider model.")
    ]
    """Raw output text returned from the provider model."""

    inputs: Annotated[
        dict[str, Any], Field(description="The inputs passed to the prompt template.")
    ]
    """The inputs passed to the prompt template."""

    model_config_id: Annotated[
        str, Field(description="The model configuration used to create the generation.")
    ]
    """The model configuration used to create the generation."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."
        ),
    ] = None
    """Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."""

    tool_results: Annotated[
        list[ToolResultResponse] | None,
        Field(description="Results of any tools run during the generation."),
    ] = None
    """Results of any tools run during the generation."""
