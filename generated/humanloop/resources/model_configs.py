"""Model configurations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Literal, Sequence

import httpx

from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from ..types import (
        ChatMessage,
        ChatMessageParam,
        ModelConfigResponse,
        ModelConfigToolRequest,
        ModelConfigToolRequestParam,
        ModelEndpoints,
        ModelProviders,
        ProjectConfigResponse,
    )

__all__ = ["ModelConfigs", "AsyncModelConfigs"]


class ModelConfigs:
    """Model configurations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelConfigsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return ModelConfigsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelConfigsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return ModelConfigsWithStreamingResponse(self)

    def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ModelConfigResponse:
        """Get a specific model config by ID.

        Get: ``GET /model-configs/{id}``

        Args:
          id: String ID of the model config. Starts with `config_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ModelConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ModelConfigResponse

        return self._client.request(
            "get",
            "/model-configs/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ModelConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def register(
        self,
        *,
        model: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        provider: (
            ModelProviders
            | Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        other: Dict[str, Any] | NotGiven = NOT_GIVEN,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        prompt_template: str | NotGiven = NOT_GIVEN,
        chat_template: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        endpoint: ModelEndpoints | Literal["complete", "chat", "edit"] | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[ModelConfigToolRequest | ModelConfigToolRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectConfigResponse:
        """Register a model config to a project and optionally add it to an experiment.

        If the project name provided does not exist, a new project will be created
        automatically. If an experiment name is provided, the specified experiment must already
        exist. Otherwise, an error will be raised. If the model config is the first to be
        associated to the project, it will be set as the active model config.

        Register: ``POST /model-configs``

        Args:
          model: The model instance used. E.g. text-davinci-002.
          description: A description of the model config.
          name: A friendly display name for the model config. If not provided, a name
            will be generated.
          provider: The company providing the underlying model service.
          max_tokens: The maximum number of tokens to generate. Provide max_tokens=-1 to
            dynamically calculate the maximum number of tokens to generate given the
            length of the prompt
            The server's default is ``-1``.
          temperature: What sampling temperature to use when making a generation. Higher
            values means the model will be more creative.
            The server's default is ``1``.
          top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass.
            The server's default is ``1``.
          stop: The string (or list of strings) after which the model will stop
            generating. The returned text will not contain the stop sequence.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the generation so far.
            The server's default is ``0``.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on how frequently they appear in the generation so far.
            The server's default is ``0``.
          other: Other parameter values to be passed to the provider call.
          project: Unique project name. If it does not exist, a new project will be
            created.
          project_id: Unique project ID
          experiment: If specified, the model config will be added to this experiment.
            Experiments are used for A/B testing and optimizing hyperparameters.
          prompt_template: Prompt template that will take your specified inputs to form
            your final request to the provider model. NB: Input variables within the
            prompt template should be specified with syntax: {{INPUT_NAME}}.
          chat_template: Messages prepended to the list of messages sent to the
            provider. These messages that will take your specified inputs to form your
            final request to the provider model. NB: Input variables within the prompt
            template should be specified with syntax: {{INPUT_NAME}}.
          endpoint: Which of the providers model endpoints to use. For example Complete
            or Edit.
          tools: Make tools available to OpenAIs chat model as functions.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectConfigResponse

        return self._client.request(
            "post",
            "/model-configs",
            body={
                "model": model,
                "description": description,
                "name": name,
                "provider": provider,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "stop": stop,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "other": other,
                "project": project,
                "project_id": project_id,
                "experiment": experiment,
                "prompt_template": prompt_template,
                "chat_template": chat_template,
                "endpoint": endpoint,
                "tools": tools,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModelConfigsWithRawResponse:
    """:class:`ModelConfigs` methods that return the raw HTTP response."""

    def __init__(self, resource: ModelConfigs) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.register = to_raw_response_wrapper(resource.register)


class ModelConfigsWithStreamingResponse:
    """:class:`ModelConfigs` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: ModelConfigs) -> None:
        self.get = to_streamed_response_wrapper(resource.get)
        self.register = to_streamed_response_wrapper(resource.register)


class AsyncModelConfigs:
    """Model configurations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelConfigsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncModelConfigsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelConfigsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncModelConfigsWithStreamingResponse(self)

    async def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ModelConfigResponse:
        """Get a specific model config by ID.

        Get: ``GET /model-configs/{id}``

        Args:
          id: String ID of the model config. Starts with `config_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ModelConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ModelConfigResponse

        return await self._client.request(
            "get",
            "/model-configs/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ModelConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def register(
        self,
        *,
        model: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        provider: (
            ModelProviders
            | Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        other: Dict[str, Any] | NotGiven = NOT_GIVEN,
        project: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        prompt_template: str | NotGiven = NOT_GIVEN,
        chat_template: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        endpoint: ModelEndpoints | Literal["complete", "chat", "edit"] | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[ModelConfigToolRequest | ModelConfigToolRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectConfigResponse:
        """Register a model config to a project and optionally add it to an experiment.

        If the project name provided does not exist, a new project will be created
        automatically. If an experiment name is provided, the specified experiment must already
        exist. Otherwise, an error will be raised. If the model config is the first to be
        associated to the project, it will be set as the active model config.

        Register: ``POST /model-configs``

        Args:
          model: The model instance used. E.g. text-davinci-002.
          description: A description of the model config.
          name: A friendly display name for the model config. If not provided, a name
            will be generated.
          provider: The company providing the underlying model service.
          max_tokens: The maximum number of tokens to generate. Provide max_tokens=-1 to
            dynamically calculate the maximum number of tokens to generate given the
            length of the prompt
            The server's default is ``-1``.
          temperature: What sampling temperature to use when making a generation. Higher
            values means the model will be more creative.
            The server's default is ``1``.
          top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass.
            The server's default is ``1``.
          stop: The string (or list of strings) after which the model will stop
            generating. The returned text will not contain the stop sequence.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the generation so far.
            The server's default is ``0``.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on how frequently they appear in the generation so far.
            The server's default is ``0``.
          other: Other parameter values to be passed to the provider call.
          project: Unique project name. If it does not exist, a new project will be
            created.
          project_id: Unique project ID
          experiment: If specified, the model config will be added to this experiment.
            Experiments are used for A/B testing and optimizing hyperparameters.
          prompt_template: Prompt template that will take your specified inputs to form
            your final request to the provider model. NB: Input variables within the
            prompt template should be specified with syntax: {{INPUT_NAME}}.
          chat_template: Messages prepended to the list of messages sent to the
            provider. These messages that will take your specified inputs to form your
            final request to the provider model. NB: Input variables within the prompt
            template should be specified with syntax: {{INPUT_NAME}}.
          endpoint: Which of the providers model endpoints to use. For example Complete
            or Edit.
          tools: Make tools available to OpenAIs chat model as functions.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectConfigResponse

        return await self._client.request(
            "post",
            "/model-configs",
            body={
                "model": model,
                "description": description,
                "name": name,
                "provider": provider,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "stop": stop,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "other": other,
                "project": project,
                "project_id": project_id,
                "experiment": experiment,
                "prompt_template": prompt_template,
                "chat_template": chat_template,
                "endpoint": endpoint,
                "tools": tools,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModelConfigsWithRawResponse:
    """:class:`AsyncModelConfigs` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncModelConfigs) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.register = async_to_raw_response_wrapper(resource.register)


class AsyncModelConfigsWithStreamingResponse:
    """:class:`AsyncModelConfigs` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncModelConfigs) -> None:
        self.get = async_to_streamed_response_wrapper(resource.get)
        self.register = async_to_streamed_response_wrapper(resource.register)
