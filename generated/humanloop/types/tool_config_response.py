"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._models import BaseModel


class ToolConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["tool"], Field(description="Discriminator; always `tool`.")]
    """Discriminator; always `tool`."""

    name: Annotated[str, Field(description="Name for the tool referenced by the model")]
    """Name for the tool referenced by the model"""

    description: Annotated[
        str | None, Field(description="Description of the tool referenced by the model")
    ] = None
    """Description of the tool referenced by the model"""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    source: Annotated[str | None, Field(description="Code source of the tool.")] = None
    """Code source of the tool."""

    setup_schema: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    signature: Annotated[
        str | None, Field(description="The function signature of the tool when being called.")
    ] = None
    """The function signature of the tool when being called."""

    is_preset: Annotated[
        bool | None,
        Field(description="Whether the tool is one where Humanloop defines runtime or not."),
    ] = None
    """Whether the tool is one where Humanloop defines runtime or not."""

    preset_name: Annotated[
        str | None,
        Field(
            description="If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to lookup the Humanloop runtime of the tool"
        ),
    ] = None
    """If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to lookup the Humanloop runtime of the tool"""
