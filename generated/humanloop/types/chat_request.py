"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .._models import BaseModel
from .chat_message import ChatMessage
from .model_config_chat_request import ModelConfigChatRequest
from .provider_api_keys import ProviderApiKeys


class ChatRequest(BaseModel):
    """
    Chat request with the model configuration given inline.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(description="The messages passed to the to provider chat endpoint."),
    ]
    """The messages passed to the to provider chat endpoint."""

    model_config_: Annotated[
        ModelConfigChatRequest,
        Field(
            alias="model_config",
            description="The model configuration used to create a chat response.",
        ),
    ]
    """The model configuration used to create a chat response."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of chat responses.")] = 1
    """The number of chat responses."""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""
