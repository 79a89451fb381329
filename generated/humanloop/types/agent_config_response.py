"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._models import BaseModel
from .model_config_request import ModelConfigRequest
from .tool_config_request import ToolConfigRequest


class AgentConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["agent"], Field(description="Discriminator; always `agent`.")]
    """Discriminator; always `agent`."""

    name: Annotated[str, Field(description="Name of config.")]
    """Name of config."""

    agent_class: Annotated[str, Field(description="Class of the agent.")]
    """Class of the agent."""

    model_config_: Annotated[
        ModelConfigRequest,
        Field(alias="model_config", description="Model config associated with the agent."),
    ]
    """Model config associated with the agent."""

    description: Annotated[str | None, Field(description="Description of config.")] = None
    """Description of config."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    tools: Annotated[
        list[ToolConfigRequest] | None, Field(description="Tools associated with the agent.")
    ] = None
    """Tools associated with the agent."""
