"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class UpdateDatasetRequest(BaseModel):
    description: Annotated[
        str | None, Field(description="The description of the dataset.", max_length=255)
    ] = None
    """The description of the dataset."""

    name: Annotated[str | None, Field(description="The name of the dataset.", max_length=255)] = (
        None
    )
    """The name of the dataset."""
