"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._models import BaseModel


class GenericConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["generic"], Field(description="Discriminator; always `generic`.")]
    """Discriminator; always `generic`."""

    name: Annotated[str, Field(description="Name of config.")]
    """Name of config."""

    description: Annotated[str | None, Field(description="Description of config.")] = None
    """Description of config."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""
