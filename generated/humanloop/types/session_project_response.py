"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class SessionProjectResponse(BaseModel):
    id: Annotated[
        str, Field(description="String ID of project the datapoint belongs to. Starts with `pr_`.")
    ]
    """String ID of project the datapoint belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="Name of the project.")]
    """Name of the project."""
