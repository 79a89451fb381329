"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from .._models import BaseModel


class DatasetResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of dataset. Starts with `evts_`.")]
    """String ID of dataset. Starts with `evts_`."""

    project_id: Annotated[
        str,
        Field(description="String ID of the project the dataset belongs to. Starts with `pr_`."),
    ]
    """String ID of the project the dataset belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="The name of the dataset.")]
    """The name of the dataset."""

    datapoint_count: Annotated[int, Field(description="Number of datapoints in the dataset.")]
    """Number of datapoints in the dataset."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    description: Annotated[str | None, Field(description="The description of the dataset.")] = None
    """The description of the dataset."""
