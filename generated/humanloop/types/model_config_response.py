"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .chat_message import ChatMessage
from .model_endpoints import ModelEndpoints
from .model_providers import ModelProviders
from .tool_config_response import ToolConfigResponse


class ModelConfigResponse(BaseModel):
    """
    A model config: the model, its parameters and templates.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["model"], Field(description="Discriminator; always `model`.")]
    """Discriminator; always `model`."""

    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int | None,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = None
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float | None,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = None
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float | None,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    prompt_template: Annotated[
        str | None,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Prompt template that will take your specified inputs to form your final request to the model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the template should be specified with syntax: {{INPUT_NAME}}."""

    tool_configs: Annotated[
        list[ToolConfigResponse] | None,
        Field(description="Definition of tools shown to the model."),
    ] = None
    """Definition of tools shown to the model."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""
