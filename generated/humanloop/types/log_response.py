"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from .._models import BaseModel
from .chat_message import ChatMessage
from .config_response import ConfigResponse
from .feedback import Feedback
from .project_config_response import ProjectConfigResponse


class LogResponse(BaseModel):
    """
    A logged datapoint.
    """

    config: Annotated[ConfigResponse, Field(description="The config used for this datapoint.")]
    """The config used for this datapoint."""

    id: Annotated[str, Field(description="String ID of logged datapoint. Starts with `data_`.")]
    """String ID of logged datapoint. Starts with `data_`."""

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
        str | None, Field(description="Unique user-provided string identifying the datapoint.")
    ] = None
    """Unique user-provided string identifying the datapoint."""

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

    model_config_: Annotated[
        ProjectConfigResponse | None,
        Field(alias="model_config", description="The config used for this datapoint."),
    ] = None
    """The config used for this datapoint."""

    user: Annotated[
        str | None, Field(description="User email address provided when creating the datapoint.")
    ] = None
    """User email address provided when creating the datapoint."""

    provider_response: Annotated[
        dict[str, Any] | str | None, Field(description="Original response from the provider.")
    ] = None
    """Original response from the provider."""

    provider_latency: Annotated[
        float | None, Field(description="Latency of provider response.")
    ] = None
    """Latency of provider response."""

    raw_output: Annotated[str | None, Field(description="Raw output from the provider.")] = None
    """Raw output from the provider."""

    finish_reason: Annotated[str | None, Field(description="Reason the generation finished.")] = (
        None
    )
    """Reason the generation finished."""
