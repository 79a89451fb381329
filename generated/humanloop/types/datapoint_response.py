"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .chat_message import ChatMessage


class DatapointResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of datapoint. Starts with `evtc_`.")]
    """String ID of datapoint. Starts with `evtc_`."""

    dataset_id: Annotated[
        str,
        Field(
            description="String ID of the dataset the datapoint belongs to. Starts with `evts_`."
        ),
    ]
    """String ID of the dataset the datapoint belongs to. Starts with `evts_`."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    inputs: Annotated[
        dict[str, str] | None,
        Field(description="The inputs to the prompt template for this datapoint."),
    ] = None
    """The inputs to the prompt template for this datapoint."""

    messages: Annotated[
        list[ChatMessage] | None, Field(description="The chat messages for this datapoint.")
    ] = None
    """The chat messages for this datapoint."""

    target: Annotated[
        dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None,
        Field(description="Object with criteria necessary to evaluate this datapoint."),
    ] = None
    """Object with criteria necessary to evaluate this datapoint."""

    source_project_data_id: Annotated[
        str | None,
        Field(
            description="ID of the logged datapoint this datapoint was created from, if any. Starts with `data_`."
        ),
    ] = None
    """ID of the logged datapoint this datapoint was created from, if any. Starts with `data_`."""
