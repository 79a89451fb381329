"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .chat_message import ChatMessage
from .model_config_tool_request import ModelConfigToolRequest
from .model_endpoints import ModelEndpoints
from .model_providers import ModelProviders


class ModelConfigRequest(BaseModel):
    """
    Model config used for logging both chat and completion.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

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
        int,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = -1
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = 1
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""

    prompt_template: Annotated[
        str | None,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."""

    tools: Annotated[
        list[ModelConfigToolRequest] | None,
        Field(description="Make tools available to OpenAIs chat model as functions."),
    ] = None
    """Make tools available to OpenAIs chat model as functions."""

    type: Annotated[Literal["model"], Field(description="Discriminator; always `model`.")] = "model"
    """Discriminator; always `model`."""
