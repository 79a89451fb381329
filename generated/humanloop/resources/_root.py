"""The operations the spec puts in no group: the client's own methods (its class inherits them)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, Literal, Sequence, overload

import httpx

from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from ..types import (
        AgentConfigRequest,
        AgentConfigRequestParam,
        ChatMessage,
        ChatMessageParam,
        ChatResponse,
        ChatResponseChunk,
        CompletionResponse,
        CompletionResponseChunk,
        Feedback,
        FeedbackParam,
        FeedbackRequest,
        FeedbackRequestParam,
        FeedbackSubmitResponse,
        FeedbackType,
        GenericConfigRequest,
        GenericConfigRequestParam,
        LogRequest,
        LogRequestParam,
        LogsLogResponse,
        ModelConfigChatRequest,
        ModelConfigChatRequestParam,
        ModelConfigCompletionRequest,
        ModelConfigCompletionRequestParam,
        ModelConfigRequest,
        ModelConfigRequestParam,
        ProviderApiKeys,
        ProviderApiKeysParam,
        ToolConfigRequest,
        ToolConfigRequestParam,
    )

__all__ = ["Root", "AsyncRoot"]


class Root:
    """The operations the spec puts in no group: the client's own methods (its class inherits them)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponseChunk]: ...

    @overload
    def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]: ...

    def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]:
        """Get a chat response by providing details of the model configuration in the request.

        Chat: ``POST /chat``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          model_config: The model configuration used to create a chat response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return self._client.request(
            "post",
            "/chat",
            body={
                "messages": messages,
                "model_config": model_config,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=Stream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponseChunk]: ...

    @overload
    def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]: ...

    def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]:
        """Get a chat response using the project's active deployment.

        The active deployment can be a specific model configuration or an experiment.

        Chat Deployed: ``POST /chat-deployed``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          environment: The environment name used to create a chat response. If not
            specified, the default environment will be used.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return self._client.request(
            "post",
            "/chat-deployed",
            body={
                "messages": messages,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
                "environment": environment,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=Stream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponseChunk]: ...

    @overload
    def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]: ...

    def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]:
        """Get a chat response for a specific experiment.

        Chat Experiment: ``POST /chat-experiment``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          experiment_id: If an experiment ID is provided a model configuration will be
            sampled from the experiments active model configurations.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses, where each chat response will use a
            model configuration sampled from the experiment.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return self._client.request(
            "post",
            "/chat-experiment",
            body={
                "messages": messages,
                "experiment_id": experiment_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=Stream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponseChunk]: ...

    @overload
    def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]: ...

    def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | Stream[ChatResponseChunk]:
        """Get chat response for a specific model configuration.

        Chat Model Config: ``POST /chat-model-config``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          model_config_id: Identifies the model configuration used to create a chat
            response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return self._client.request(
            "post",
            "/chat-model-config",
            body={
                "messages": messages,
                "model_config_id": model_config_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=Stream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionResponseChunk]: ...

    @overload
    def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]: ...

    def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]:
        """Create a completion by providing details of the model configuration in the request.

        Completion: ``POST /completion``

        Args:
          model_config: The model configuration used to generate.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return self._client.request(
            "post",
            "/completion",
            body={
                "model_config": model_config,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=Stream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionResponseChunk]: ...

    @overload
    def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]: ...

    def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]:
        """Create a completion using the project's active deployment.

        The active deployment can be a specific model configuration or an experiment.

        Completion Deployed: ``POST /completion-deployed``

        Args:
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          environment: The environment name used to create a chat response. If not
            specified, the default environment will be used.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return self._client.request(
            "post",
            "/completion-deployed",
            body={
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
                "environment": environment,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=Stream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionResponseChunk]: ...

    @overload
    def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]: ...

    def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]:
        """Create a completion for a specific experiment.

        Completion Experiment: ``POST /completion-experiment``

        Args:
          experiment_id: If an experiment ID is provided a model configuration will be
            sampled from the experiments active model configurations.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses, where each chat response will use a
            model configuration sampled from the experiment.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return self._client.request(
            "post",
            "/completion-experiment",
            body={
                "experiment_id": experiment_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=Stream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionResponseChunk]: ...

    @overload
    def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]: ...

    def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | Stream[CompletionResponseChunk]:
        """Create a completion for a specific model configuration.

        Completion Model Config: ``POST /completion-model-config``

        Args:
          model_config_id: Identifies the model configuration used to create a chat
            response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return self._client.request(
            "post",
            "/completion-model-config",
            body={
                "model_config_id": model_config_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=Stream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def feedback(
        self,
        *,
        type: FeedbackType | Literal["rating", "action", "issue", "correction", "comment"] | str,
        value: str | NotGiven = NOT_GIVEN,
        data_id: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        created_at: datetime | str | NotGiven = NOT_GIVEN,
        unset: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackSubmitResponse:
        """Submit an array of feedback for existing `data_ids`

        Feedback: ``POST /feedback``

        Args:
          type: The type of feedback. The default feedback types available are 'rating',
            'action', 'issue', 'correction', and 'comment'.
          value: The feedback value to be set. This field should be left blank when
            unsetting 'rating', 'correction' or 'comment', but is required otherwise.
          data_id: ID to associate the feedback to a previously logged datapoint.
          user: A unique identifier to who provided the feedback.
          created_at: User defined timestamp for when the feedback was created.
          unset: If true, the value for this feedback is unset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackSubmitResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackSubmitResponse

        _response: FeedbackSubmitResponse = self._client.request(
            "post",
            "/feedback",
            body={
                "type": type,
                "value": value,
                "data_id": data_id,
                "user": user,
                "created_at": created_at,
                "unset": unset,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackSubmitResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    def feedback_many(
        self,
        *,
        items: Sequence[FeedbackRequest | FeedbackRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackSubmitResponse:
        """Submit an array of feedback for existing `data_ids`

        Feedback: ``POST /feedback``

        Args:
          items: The items to send in one request, each as `feedback` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackSubmitResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackSubmitResponse

        _response: FeedbackSubmitResponse = self._client.request(
            "post",
            "/feedback",
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackSubmitResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    def log(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        trial_id: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        output: str | None | NotGiven = NOT_GIVEN,
        config: (
            ModelConfigRequest
            | ModelConfigRequestParam
            | ToolConfigRequest
            | ToolConfigRequestParam
            | GenericConfigRequest
            | GenericConfigRequestParam
            | AgentConfigRequest
            | AgentConfigRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        feedback: (
            Feedback | FeedbackParam | Sequence[Feedback | FeedbackParam] | NotGiven
        ) = NOT_GIVEN,
        created_at: datetime | str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogsLogResponse:
        """Log a datapoint or array of datapoints to your Humanloop project.

        Log: ``POST /logs``

        Args:
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          reference_id: A unique string to reference the datapoint. Allows you to log
            nested datapoints with your internal system IDs by passing the same reference
            ID as `parent_id` in a subsequent log request.
          trial_id: Unique ID of an experiment trial to associate to the log.
          messages: The messages passed to the to provider chat endpoint.
          output: Generated output from your model for the provided inputs. Can be
            `None` if logging an error, or if logging a parent datapoint with the
            intention to populate it later
          config: The model config used for this generation. Required unless `trial_id`
            is provided.
          feedback: Optional parameter to provide feedback with your logged datapoint.
          created_at: User defined timestamp for when the log was created.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogsLogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogsLogResponse

        _response: LogsLogResponse = self._client.request(
            "post",
            "/logs",
            body={
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "reference_id": reference_id,
                "trial_id": trial_id,
                "messages": messages,
                "output": output,
                "config": config,
                "feedback": feedback,
                "created_at": created_at,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogsLogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    def log_many(
        self,
        *,
        items: Sequence[LogRequest | LogRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogsLogResponse:
        """Log a datapoint or array of datapoints to your Humanloop project.

        Log: ``POST /logs``

        Args:
          items: The items to send in one request, each as `log` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogsLogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogsLogResponse

        _response: LogsLogResponse = self._client.request(
            "post",
            "/logs",
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=LogsLogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response


class AsyncRoot:
    """The operations the spec puts in no group: the client's own methods (its class inherits them)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    async def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatResponseChunk]: ...

    @overload
    async def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]: ...

    async def chat(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config: ModelConfigChatRequest | ModelConfigChatRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]:
        """Get a chat response by providing details of the model configuration in the request.

        Chat: ``POST /chat``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          model_config: The model configuration used to create a chat response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return await self._client.request(
            "post",
            "/chat",
            body={
                "messages": messages,
                "model_config": model_config,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=AsyncStream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    async def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatResponseChunk]: ...

    @overload
    async def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]: ...

    async def chat_deployed(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]:
        """Get a chat response using the project's active deployment.

        The active deployment can be a specific model configuration or an experiment.

        Chat Deployed: ``POST /chat-deployed``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          environment: The environment name used to create a chat response. If not
            specified, the default environment will be used.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return await self._client.request(
            "post",
            "/chat-deployed",
            body={
                "messages": messages,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
                "environment": environment,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=AsyncStream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    async def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatResponseChunk]: ...

    @overload
    async def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]: ...

    async def chat_experiment(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]:
        """Get a chat response for a specific experiment.

        Chat Experiment: ``POST /chat-experiment``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          experiment_id: If an experiment ID is provided a model configuration will be
            sampled from the experiments active model configurations.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses, where each chat response will use a
            model configuration sampled from the experiment.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return await self._client.request(
            "post",
            "/chat-experiment",
            body={
                "messages": messages,
                "experiment_id": experiment_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=AsyncStream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse: ...

    @overload
    async def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatResponseChunk]: ...

    @overload
    async def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]: ...

    async def chat_model_configuration(
        self,
        *,
        messages: Sequence[ChatMessage | ChatMessageParam],
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        tool_call: str | Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatResponse | AsyncStream[ChatResponseChunk]:
        """Get chat response for a specific model configuration.

        Chat Model Config: ``POST /chat-model-config``

        Args:
          messages: The messages passed to the to provider chat endpoint.
          model_config_id: Identifies the model configuration used to create a chat
            response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses.
            The server's default is ``1``.
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          user: End-user ID passed through to provider call.
          tool_call: Controls how the model uses tools - has the same behaviour as
            OpenAIs function_call parameter. The following options are supported: 'none'
            forces the model to not call a tool; the default when no tools are provided as
            part of the model config. 'auto' the model can decide to call one of the
            provided tools; the default when tools are provided as part of the model
            config. Providing {'name': <TOOL_NAME>} forces the model to use the provided
            tool of the same name.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ChatResponse``, or with ``stream=True`` a stream of ``ChatResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ChatResponse, ChatResponseChunk

        return await self._client.request(
            "post",
            "/chat-model-config",
            body={
                "messages": messages,
                "model_config_id": model_config_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "stream": stream,
                "user": user,
                "tool_call": tool_call,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=ChatResponse,
            stream=stream is True,
            stream_cls=AsyncStream[ChatResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    async def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionResponseChunk]: ...

    @overload
    async def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]: ...

    async def complete(
        self,
        *,
        model_config: ModelConfigCompletionRequest | ModelConfigCompletionRequestParam,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]:
        """Create a completion by providing details of the model configuration in the request.

        Completion: ``POST /completion``

        Args:
          model_config: The model configuration used to generate.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return await self._client.request(
            "post",
            "/completion",
            body={
                "model_config": model_config,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=AsyncStream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    async def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionResponseChunk]: ...

    @overload
    async def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]: ...

    async def complete_deployed(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]:
        """Create a completion using the project's active deployment.

        The active deployment can be a specific model configuration or an experiment.

        Completion Deployed: ``POST /completion-deployed``

        Args:
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          environment: The environment name used to create a chat response. If not
            specified, the default environment will be used.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return await self._client.request(
            "post",
            "/completion-deployed",
            body={
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
                "environment": environment,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=AsyncStream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    async def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionResponseChunk]: ...

    @overload
    async def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]: ...

    async def complete_experiment(
        self,
        *,
        experiment_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]:
        """Create a completion for a specific experiment.

        Completion Experiment: ``POST /completion-experiment``

        Args:
          experiment_id: If an experiment ID is provided a model configuration will be
            sampled from the experiments active model configurations.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of chat responses, where each chat response will use a
            model configuration sampled from the experiment.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return await self._client.request(
            "post",
            "/completion-experiment",
            body={
                "experiment_id": experiment_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=AsyncStream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse: ...

    @overload
    async def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionResponseChunk]: ...

    @overload
    async def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]: ...

    async def complete_model_configuration(
        self,
        *,
        model_config_id: str,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        num_samples: int | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CompletionResponse | AsyncStream[CompletionResponseChunk]:
        """Create a completion for a specific model configuration.

        Completion Model Config: ``POST /completion-model-config``

        Args:
          model_config_id: Identifies the model configuration used to create a chat
            response.
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          num_samples: The number of generations.
            The server's default is ``1``.
          logprobs: Include the log probabilities of the top n tokens in the
            provider_response
          stream: If true, tokens will be sent as data-only server-sent events. If
            num_samples > 1, samples are streamed back independently.
            The server's default is ``False``.
          suffix: The suffix that comes after a completion of inserted text. Useful for
            completions that act like inserts.
          user: End-user ID passed through to provider call.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CompletionResponse``, or with ``stream=True`` a stream of ``CompletionResponseChunk`` chunks.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CompletionResponse, CompletionResponseChunk

        return await self._client.request(
            "post",
            "/completion-model-config",
            body={
                "model_config_id": model_config_id,
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
                "num_samples": num_samples,
                "logprobs": logprobs,
                "stream": stream,
                "suffix": suffix,
                "user": user,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=CompletionResponse,
            stream=stream is True,
            stream_cls=AsyncStream[CompletionResponseChunk],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def feedback(
        self,
        *,
        type: FeedbackType | Literal["rating", "action", "issue", "correction", "comment"] | str,
        value: str | NotGiven = NOT_GIVEN,
        data_id: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        created_at: datetime | str | NotGiven = NOT_GIVEN,
        unset: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackSubmitResponse:
        """Submit an array of feedback for existing `data_ids`

        Feedback: ``POST /feedback``

        Args:
          type: The type of feedback. The default feedback types available are 'rating',
            'action', 'issue', 'correction', and 'comment'.
          value: The feedback value to be set. This field should be left blank when
            unsetting 'rating', 'correction' or 'comment', but is required otherwise.
          data_id: ID to associate the feedback to a previously logged datapoint.
          user: A unique identifier to who provided the feedback.
          created_at: User defined timestamp for when the feedback was created.
          unset: If true, the value for this feedback is unset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackSubmitResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackSubmitResponse

        _response: FeedbackSubmitResponse = await self._client.request(
            "post",
            "/feedback",
            body={
                "type": type,
                "value": value,
                "data_id": data_id,
                "user": user,
                "created_at": created_at,
                "unset": unset,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackSubmitResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    async def feedback_many(
        self,
        *,
        items: Sequence[FeedbackRequest | FeedbackRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackSubmitResponse:
        """Submit an array of feedback for existing `data_ids`

        Feedback: ``POST /feedback``

        Args:
          items: The items to send in one request, each as `feedback` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackSubmitResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackSubmitResponse

        _response: FeedbackSubmitResponse = await self._client.request(
            "post",
            "/feedback",
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackSubmitResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    async def log(
        self,
        *,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        session_reference_id: str | NotGiven = NOT_GIVEN,
        parent_id: str | NotGiven = NOT_GIVEN,
        parent_reference_id: str | NotGiven = NOT_GIVEN,
        inputs: Dict[str, Any] | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        trial_id: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        output: str | None | NotGiven = NOT_GIVEN,
        config: (
            ModelConfigRequest
            | ModelConfigRequestParam
            | ToolConfigRequest
            | ToolConfigRequestParam
            | GenericConfigRequest
            | GenericConfigRequestParam
            | AgentConfigRequest
            | AgentConfigRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        feedback: (
            Feedback | FeedbackParam | Sequence[Feedback | FeedbackParam] | NotGiven
        ) = NOT_GIVEN,
        created_at: datetime | str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogsLogResponse:
        """Log a datapoint or array of datapoints to your Humanloop project.

        Log: ``POST /logs``

        Args:
          project: Unique project name. If no project exists with this name, a new
            project will be created.
          project_id: Unique ID of a project to associate to the log. Either this or
            `project` must be provided.
          session_id: ID of the session to associate the datapoint.
          session_reference_id: A unique string identifying the session to associate the
            datapoint to. Allows you to log multiple datapoints to a session (using an ID
            kept by your internal systems) by passing the same `session_reference_id` in
            subsequent log requests. Specify at most one of this or `session_id`.
          parent_id: ID associated to the parent datapoint in a session.
          parent_reference_id: A unique string identifying the previously-logged parent
            datapoint in a session. Allows you to log nested datapoints with your internal
            system IDs by passing the same reference ID as `parent_id` in a prior log
            request. Specify at most one of this or `parent_id`. Note that this cannot
            refer to a datapoint being logged in the same request.
          inputs: The inputs passed to the prompt template.
          source: Identifies where the model was called from.
          metadata: Any additional metadata to record.
          reference_id: A unique string to reference the datapoint. Allows you to log
            nested datapoints with your internal system IDs by passing the same reference
            ID as `parent_id` in a subsequent log request.
          trial_id: Unique ID of an experiment trial to associate to the log.
          messages: The messages passed to the to provider chat endpoint.
          output: Generated output from your model for the provided inputs. Can be
            `None` if logging an error, or if logging a parent datapoint with the
            intention to populate it later
          config: The model config used for this generation. Required unless `trial_id`
            is provided.
          feedback: Optional parameter to provide feedback with your logged datapoint.
          created_at: User defined timestamp for when the log was created.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogsLogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogsLogResponse

        _response: LogsLogResponse = await self._client.request(
            "post",
            "/logs",
            body={
                "project": project,
                "project_id": project_id,
                "session_id": session_id,
                "session_reference_id": session_reference_id,
                "parent_id": parent_id,
                "parent_reference_id": parent_reference_id,
                "inputs": inputs,
                "source": source,
                "metadata": metadata,
                "reference_id": reference_id,
                "trial_id": trial_id,
                "messages": messages,
                "output": output,
                "config": config,
                "feedback": feedback,
                "created_at": created_at,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogsLogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response

    async def log_many(
        self,
        *,
        items: Sequence[LogRequest | LogRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogsLogResponse:
        """Log a datapoint or array of datapoints to your Humanloop project.

        Log: ``POST /logs``

        Args:
          items: The items to send in one request, each as `log` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogsLogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogsLogResponse

        _response: LogsLogResponse = await self._client.request(
            "post",
            "/logs",
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=LogsLogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )
        return _response
