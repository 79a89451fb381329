"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class ProjectUserResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of user. Starts with `usr_`.")]
    """String ID of user. Starts with `usr_`."""

    email_address: Annotated[str, Field(description="The user's email address.")]
    """The user's email address."""

    full_name: Annotated[str | None, Field(description="The user's full name.")] = None
    """The user's full name."""
