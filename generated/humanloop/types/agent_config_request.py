"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from .._models import BaseModel
from .model_config_request import ModelConfigRequest
from .tool_config_request import ToolConfigRequest


class AgentConfigRequest(BaseModel):
    """
    Config of an agent: a model config plus tools, for logging.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Annotated[Literal["agent"], Field(description="Discriminator; always `agent`.")]
    """Discriminator; always `agent`."""

    agent_class: Annotated[str, Field(description="Class of the agent.")]
    """Class of the agent."""

    model_config_: Annotated[
        ModelConfigRequest,
        Field(alias="model_config", description="Model config to associate with the agent."),
    ]
    """Model config to associate with the agent."""

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

    tools: Annotated[
        list[ToolConfigRequest] | None, Field(description="Tools to associate with the agent.")
    ] = None
    """Tools to associate with the agent."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""
