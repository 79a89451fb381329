"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


class ModelConfigToolRequest(BaseModel):
    """
    Definition of tool within a model config. The subset of ToolConfig parameters received by the chat endpoint. Does not have things like the signature or setup schema.
    """

    name: Annotated[str, Field(description="The name of the tool shown to the model.")]
    """The name of the tool shown to the model."""

    description: Annotated[
        str | None, Field(description="The description of the tool shown to the model.")
    ] = None
    """The description of the tool shown to the model."""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    source: Annotated[str | None, Field(description="Code source of the tool.")] = None
    """Code source of the tool."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    preset_name: Annotated[
        str | None,
        Field(
            description="If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"
        ),
    ] = None
    """If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"""
