"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreateDatapointsByLogsRequest(BaseModel):
    log_ids: Annotated[
        list[str], Field(description="The IDs of the logs to create datapoints from.")
    ]
    """The IDs of the logs to create datapoints from."""
