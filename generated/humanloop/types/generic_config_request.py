"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from .._models import BaseModel


class GenericConfigRequest(BaseModel):
    """
    A generic config, for logging anything that is not a model, tool or agent.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Annotated[Literal["generic"], Field(description="Discriminator; always `generic`.")]
    """Discriminator; always `generic`."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""
