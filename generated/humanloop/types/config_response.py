"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .agent_config_response import AgentConfigResponse
from .generic_config_response import GenericConfigResponse
from .model_config_response import ModelConfigResponse
from .tool_config_response import ToolConfigResponse


class ConfigResponse(
    RootModel[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse
    ]
):
    root: Annotated[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse,
        Field(discriminator="type"),
    ]
