"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .session_project_response import SessionProjectResponse


class SessionResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of session. Starts with `sesh_`.")]
    """String ID of session. Starts with `sesh_`."""

    projects: Annotated[
        list[SessionProjectResponse],
        Field(description="List of projects that have datapoints associated to this session."),
    ]
    """List of projects that have datapoints associated to this session."""

    datapoints_count: Annotated[
        int, Field(description="Number of datapoints associated to this session.")
    ]
    """Number of datapoints associated to this session."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    reference_id: Annotated[
        str | None, Field(description="Unique user-provided string identifying the session.")
    ] = None
    """Unique user-provided string identifying the session."""

    first_inputs: Annotated[
        dict[str, Any] | None, Field(description="Inputs for the first datapoint in the session.")
    ] = None
    """Inputs for the first datapoint in the session."""

    last_output: Annotated[
        str | None, Field(description="Output for the last datapoint in the session.")
    ] = None
    """Output for the last datapoint in the session."""
