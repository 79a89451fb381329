"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CompletionResponseChunk(BaseModel):
    """
    One server-sent event of a streamed completion (request body has `"stream": true`). The event's `data:` field is one JSON object of this shape. The published SDK has no model for stream chunks; the fields are those of DataResponse that change while streaming.
    """

    id: Annotated[
        str | None,
        Field(
            description="Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."
        ),
    ] = None
    """Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."""

    index: Annotated[
        int | None,
        Field(
            description="Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."
        ),
    ] = None
    """Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."""

    output: Annotated[
        str, Field(description="Text generated since the previous chunk of this sample.")
    ]
    """Text generated since the previous chunk of this sample."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."
        ),
    ] = None
    """Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."""

    model_config_id: Annotated[
        str | None, Field(description="The model configuration used to create the generation.")
    ] = None
    """The model configuration used to create the generation."""

    project_id: Annotated[
        str | None, Field(description="Unique identifier of the parent project.")
    ] = None
    """Unique identifier of the parent project."""
