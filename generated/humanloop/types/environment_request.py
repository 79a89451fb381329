"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class EnvironmentRequest(BaseModel):
    id: Annotated[str, Field(description="Str Id of the envrionment. Starts with `env_`.")]
    """Str Id of the envrionment. Starts with `env_`."""

    name: Annotated[str | None, Field(description="The environment name.")] = None
    """The environment name."""
