"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from humanloop._models import BaseModel
from pydantic import Field
from typing import Annotated


class UpdateDatasetRequest(BaseModel):
    description: Annotated[
        str | None, Field(description="The description of the dataset.", max_length=255)
    ] = None
    """The description of the dataset."""

    name: Annotated[str | None, Field(description="The name of the dataset.", max_length=255)] = (
        None
    )
    """The name of the dataset."""
