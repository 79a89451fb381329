"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreateLogResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of logged datapoint. Starts with `data_`.")]
    """String ID of logged datapoint. Starts with `data_`."""

    project_id: Annotated[
        str, Field(description="String ID of project the datapoint belongs to. Starts with `pr_`.")
    ]
    """String ID of project the datapoint belongs to. Starts with `pr_`."""

    session_id: Annotated[
        str | None,
        Field(
            description="String ID of session the datapoint belongs to. Populated only if the datapoint was logged with `session_id` or `session_reference_id`, and is `None` otherwise. Starts with `sesh_`."
        ),
    ] = None
    """String ID of session the datapoint belongs to. Populated only if the datapoint was logged with `session_id` or `session_reference_id`, and is `None` otherwise. Starts with `sesh_`."""
