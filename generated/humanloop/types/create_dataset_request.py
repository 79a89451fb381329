"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreateDatasetRequest(BaseModel):
    description: Annotated[
        str, Field(description="The description of the dataset.", max_length=255)
    ]
    """The description of the dataset."""

    name: Annotated[str, Field(description="The name of the dataset.", max_length=255)]
    """The name of the dataset."""
