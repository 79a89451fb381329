"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .agent_config_request import AgentConfigRequest
from .chat_message import ChatMessage
from .feedback import Feedback
from .generic_config_request import GenericConfigRequest
from .model_config_request import ModelConfigRequest
from .tool_config_request import ToolConfigRequest


class LogRequest(BaseModel):
    """
    Request model for logging a datapoint.
    """

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

    reference_id: Annotated[
        str | None,
        Field(
            description="A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request."
        ),
    ] = None
    """A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request."""

    trial_id: Annotated[
        str | None, Field(description="Unique ID of an experiment trial to associate to the log.")
    ] = None
    """Unique ID of an experiment trial to associate to the log."""

    messages: Annotated[
        list[ChatMessage] | None,
        Field(description="The messages passed to the to provider chat endpoint."),
    ] = None
    """The messages passed to the to provider chat endpoint."""

    output: Annotated[
        str | None,
        Field(
            description="Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"
        ),
    ] = None
    """Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"""

    config: Annotated[
        ModelConfigRequest | ToolConfigRequest | GenericConfigRequest | AgentConfigRequest | None,
        Field(
            description="The model config used for this generation. Required unless `trial_id` is provided."
        ),
    ] = None
    """The model config used for this generation. Required unless `trial_id` is provided."""

    feedback: Annotated[
        Feedback | list[Feedback] | None,
        Field(description="Optional parameter to provide feedback with your logged datapoint."),
    ] = None
    """Optional parameter to provide feedback with your logged datapoint."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the log was created."),
    ] = None
    """User defined timestamp for when the log was created."""

    error: Annotated[str | None, Field(description="Error message if the log is an error.")] = None
    """Error message if the log is an error."""

    duration: Annotated[
        float | None, Field(description="Duration of the logged event in seconds.")
    ] = None
    """Duration of the logged event in seconds."""
