"""The Humanloop API clients: :class:`Humanloop` and :class:`AsyncHumanloop`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    Credential,
    SyncAPIClient,
)
from ._exceptions import APIError
from ._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .resources._root import AsyncRoot, Root

if TYPE_CHECKING:
    from .resources.datapoints import (
        AsyncDatapoints,
        AsyncDatapointsWithRawResponse,
        AsyncDatapointsWithStreamingResponse,
        Datapoints,
        DatapointsWithRawResponse,
        DatapointsWithStreamingResponse,
    )
    from .resources.datasets import (
        AsyncDatasets,
        AsyncDatasetsWithRawResponse,
        AsyncDatasetsWithStreamingResponse,
        Datasets,
        DatasetsWithRawResponse,
        DatasetsWithStreamingResponse,
    )
    from .resources.evaluations import (
        AsyncEvaluations,
        AsyncEvaluationsWithRawResponse,
        AsyncEvaluationsWithStreamingResponse,
        Evaluations,
        EvaluationsWithRawResponse,
        EvaluationsWithStreamingResponse,
    )
    from .resources.evaluators import (
        AsyncEvaluators,
        AsyncEvaluatorsWithRawResponse,
        AsyncEvaluatorsWithStreamingResponse,
        Evaluators,
        EvaluatorsWithRawResponse,
        EvaluatorsWithStreamingResponse,
    )
    from .resources.experiments import (
        AsyncExperiments,
        AsyncExperimentsWithRawResponse,
        AsyncExperimentsWithStreamingResponse,
        Experiments,
        ExperimentsWithRawResponse,
        ExperimentsWithStreamingResponse,
    )
    from .resources.finetunes import (
        AsyncFinetunes,
        AsyncFinetunesWithRawResponse,
        AsyncFinetunesWithStreamingResponse,
        Finetunes,
        FinetunesWithRawResponse,
        FinetunesWithStreamingResponse,
    )
    from .resources.logs import (
        AsyncLogs,
        AsyncLogsWithRawResponse,
        AsyncLogsWithStreamingResponse,
        Logs,
        LogsWithRawResponse,
        LogsWithStreamingResponse,
    )
    from .resources.model_configs import (
        AsyncModelConfigs,
        AsyncModelConfigsWithRawResponse,
        AsyncModelConfigsWithStreamingResponse,
        ModelConfigs,
        ModelConfigsWithRawResponse,
        ModelConfigsWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjects,
        AsyncProjectsWithRawResponse,
        AsyncProjectsWithStreamingResponse,
        Projects,
        ProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
    )
    from .resources.sessions import (
        AsyncSessions,
        AsyncSessionsWithRawResponse,
        AsyncSessionsWithStreamingResponse,
        Sessions,
        SessionsWithRawResponse,
        SessionsWithStreamingResponse,
    )

__all__ = ["Humanloop", "AsyncHumanloop"]

DEFAULT_BASE_URL = "https://api.humanloop.com/v4"


def _base_url(base_url: str | None) -> str:
    base_url = base_url or os.environ.get("HUMANLOOP_BASE_URL") or DEFAULT_BASE_URL
    return base_url


def _credentials(
    api_key: str | None,
) -> dict[str, Credential]:
    """Security scheme → the credential given, else read from its environment variable."""
    given: list[tuple[str, str, str, str | None, str]] = [
        ("APIKeyHeader", "apiKey", "X-API-KEY", api_key, "HUMANLOOP_API_KEY"),
    ]
    credentials: dict[str, Credential] = {}
    for key, kind, name, value, variable in given:
        value = value if value is not None else os.environ.get(variable)
        if value:
            credentials[key] = Credential(kind, name, value)
    if not credentials:
        raise APIError(
            "No credentials: pass api_key= or set HUMANLOOP_API_KEY.",
        )
    return credentials


def _body_defaults(
    openai_api_key: str | None,
    openai_azure_api_key: str | None,
    openai_azure_endpoint_api_key: str | None,
    ai21_api_key: str | None,
    mock_api_key: str | None,
    anthropic_api_key: str | None,
    cohere_api_key: str | None,
) -> dict[str, dict[str, object]]:
    given: list[tuple[str, str, str | None]] = [
        ("provider_api_keys", "openai", openai_api_key),
        ("provider_api_keys", "openai_azure", openai_azure_api_key),
        ("provider_api_keys", "openai_azure_endpoint", openai_azure_endpoint_api_key),
        ("provider_api_keys", "ai21", ai21_api_key),
        ("provider_api_keys", "mock", mock_api_key),
        ("provider_api_keys", "anthropic", anthropic_api_key),
        ("provider_api_keys", "cohere", cohere_api_key),
    ]
    defaults: dict[str, dict[str, object]] = {}
    for field, key, value in given:
        if value is not None:
            defaults.setdefault(field, {})[key] = value
    return defaults


class Humanloop(Root):
    """Client for the Humanloop API.

    Args:
      api_key: Your API key; defaults to the ``HUMANLOOP_API_KEY`` environment variable.
      base_url: Defaults to ``HUMANLOOP_BASE_URL``, else ``https://api.humanloop.com/v4``.
      openai_api_key: OpenAI API key, sent as provider_api_keys.openai in every request body that has that field.
      openai_azure_api_key: Azure OpenAI API key, sent as provider_api_keys.openai_azure in every request body that has that field.
      openai_azure_endpoint_api_key: Azure OpenAI endpoint, sent as provider_api_keys.openai_azure_endpoint in every request body that has that field.
      ai21_api_key: AI21 API key, sent as provider_api_keys.ai21 in every request body that has that field.
      mock_api_key: Mock provider API key, sent as provider_api_keys.mock in every request body that has that field.
      anthropic_api_key: Anthropic API key, sent as provider_api_keys.anthropic in every request body that has that field.
      cohere_api_key: Cohere API key, sent as provider_api_keys.cohere in every request body that has that field.
      timeout: Default timeout of every request (seconds or ``httpx.Timeout``).
      max_retries: How often a failed request is retried (connection errors, 408, 409, 429, 5xx).
      default_headers: Headers sent with every request.
      http_client: Your own ``httpx.Client`` (proxies, transports); you close it.
      strict_response_validation: Raise ``APIResponseValidationError`` when a response does not
        match its type. By default it is returned anyway, built as far as it matches: fields that
        validate are typed, the others keep the value as received.
    """

    _client: SyncAPIClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        openai_api_key: str | None = None,
        openai_azure_api_key: str | None = None,
        openai_azure_endpoint_api_key: str | None = None,
        ai21_api_key: str | None = None,
        mock_api_key: str | None = None,
        anthropic_api_key: str | None = None,
        cohere_api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        self._client = SyncAPIClient(
            base_url=_base_url(base_url),
            credentials=_credentials(
                api_key,
            ),
            default_security=(("APIKeyHeader",),),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            body_defaults=_body_defaults(
                openai_api_key,
                openai_azure_api_key,
                openai_azure_endpoint_api_key,
                ai21_api_key,
                mock_api_key,
                anthropic_api_key,
                cohere_api_key,
            ),
            user_agent=f"humanloop-python/{__version__}",
            strict_response_validation=strict_response_validation,
        )

    @classmethod
    def _wrap(cls, core: SyncAPIClient) -> Humanloop:
        client = cls.__new__(cls)
        client._client = core
        return client

    @cached_property
    def datapoints(self) -> Datapoints:
        """Datapoints (testcases) of a dataset."""
        from .resources.datapoints import Datapoints

        return Datapoints(self._client)

    @cached_property
    def datasets(self) -> Datasets:
        """Datasets (testsets) of a project."""
        from .resources.datasets import Datasets

        return Datasets(self._client)

    @cached_property
    def evaluations(self) -> Evaluations:
        """Evaluation runs of a config against a dataset."""
        from .resources.evaluations import Evaluations

        return Evaluations(self._client)

    @cached_property
    def evaluators(self) -> Evaluators:
        """Evaluators of your organization."""
        from .resources.evaluators import Evaluators

        return Evaluators(self._client)

    @cached_property
    def experiments(self) -> Experiments:
        """Experiments: A/B tests across model configs."""
        from .resources.experiments import Experiments

        return Experiments(self._client)

    @cached_property
    def finetunes(self) -> Finetunes:
        """Fine-tuning runs."""
        from .resources.finetunes import Finetunes

        return Finetunes(self._client)

    @cached_property
    def logs(self) -> Logs:
        """Logged datapoints."""
        from .resources.logs import Logs

        return Logs(self._client)

    @cached_property
    def model_configs(self) -> ModelConfigs:
        """Model configurations."""
        from .resources.model_configs import ModelConfigs

        return ModelConfigs(self._client)

    @cached_property
    def projects(self) -> Projects:
        """Projects, their configs, deployments and feedback types."""
        from .resources.projects import Projects

        return Projects(self._client)

    @cached_property
    def sessions(self) -> Sessions:
        """Sessions grouping related datapoints."""
        from .resources.sessions import Sessions

        return Sessions(self._client)

    @cached_property
    def with_raw_response(self) -> HumanloopWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return HumanloopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HumanloopWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return HumanloopWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Humanloop:
        """A copy of this client with some options changed; it shares the connection pool."""
        return self._wrap(
            self._client.with_options(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
            )
        )

    def close(self) -> None:
        """Close the connection pool (unless it is your own ``http_client``)."""
        self._client.close()

    def __enter__(self) -> Humanloop:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._client.base_url)!r})"


class HumanloopWithRawResponse:
    """:class:`Humanloop` methods that return the raw HTTP response."""

    def __init__(self, client: Humanloop) -> None:
        self._wrapped = client
        self.chat = to_raw_response_wrapper(client.chat)
        self.chat_deployed = to_raw_response_wrapper(client.chat_deployed)
        self.chat_experiment = to_raw_response_wrapper(client.chat_experiment)
        self.chat_model_configuration = to_raw_response_wrapper(client.chat_model_configuration)
        self.complete = to_raw_response_wrapper(client.complete)
        self.complete_deployed = to_raw_response_wrapper(client.complete_deployed)
        self.complete_experiment = to_raw_response_wrapper(client.complete_experiment)
        self.complete_model_configuration = to_raw_response_wrapper(
            client.complete_model_configuration
        )
        self.feedback = to_raw_response_wrapper(client.feedback)
        self.feedback_many = to_raw_response_wrapper(client.feedback_many)
        self.log = to_raw_response_wrapper(client.log)
        self.log_many = to_raw_response_wrapper(client.log_many)

    @cached_property
    def datapoints(self) -> DatapointsWithRawResponse:
        """:attr:`Humanloop.datapoints` methods that return the raw HTTP response."""
        return self._wrapped.datapoints.with_raw_response

    @cached_property
    def datasets(self) -> DatasetsWithRawResponse:
        """:attr:`Humanloop.datasets` methods that return the raw HTTP response."""
        return self._wrapped.datasets.with_raw_response

    @cached_property
    def evaluations(self) -> EvaluationsWithRawResponse:
        """:attr:`Humanloop.evaluations` methods that return the raw HTTP response."""
        return self._wrapped.evaluations.with_raw_response

    @cached_property
    def evaluators(self) -> EvaluatorsWithRawResponse:
        """:attr:`Humanloop.evaluators` methods that return the raw HTTP response."""
        return self._wrapped.evaluators.with_raw_response

    @cached_property
    def experiments(self) -> ExperimentsWithRawResponse:
        """:attr:`Humanloop.experiments` methods that return the raw HTTP response."""
        return self._wrapped.experiments.with_raw_response

    @cached_property
    def finetunes(self) -> FinetunesWithRawResponse:
        """:attr:`Humanloop.finetunes` methods that return the raw HTTP response."""
        return self._wrapped.finetunes.with_raw_response

    @cached_property
    def logs(self) -> LogsWithRawResponse:
        """:attr:`Humanloop.logs` methods that return the raw HTTP response."""
        return self._wrapped.logs.with_raw_response

    @cached_property
    def model_configs(self) -> ModelConfigsWithRawResponse:
        """:attr:`Humanloop.model_configs` methods that return the raw HTTP response."""
        return self._wrapped.model_configs.with_raw_response

    @cached_property
    def projects(self) -> ProjectsWithRawResponse:
        """:attr:`Humanloop.projects` methods that return the raw HTTP response."""
        return self._wrapped.projects.with_raw_response

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        """:attr:`Humanloop.sessions` methods that return the raw HTTP response."""
        return self._wrapped.sessions.with_raw_response


class HumanloopWithStreamingResponse:
    """:class:`Humanloop` methods that return a context manager around the unread HTTP response."""

    def __init__(self, client: Humanloop) -> None:
        self._wrapped = client
        self.chat = to_streamed_response_wrapper(client.chat)
        self.chat_deployed = to_streamed_response_wrapper(client.chat_deployed)
        self.chat_experiment = to_streamed_response_wrapper(client.chat_experiment)
        self.chat_model_configuration = to_streamed_response_wrapper(
            client.chat_model_configuration
        )
        self.complete = to_streamed_response_wrapper(client.complete)
        self.complete_deployed = to_streamed_response_wrapper(client.complete_deployed)
        self.complete_experiment = to_streamed_response_wrapper(client.complete_experiment)
        self.complete_model_configuration = to_streamed_response_wrapper(
            client.complete_model_configuration
        )
        self.feedback = to_streamed_response_wrapper(client.feedback)
        self.feedback_many = to_streamed_response_wrapper(client.feedback_many)
        self.log = to_streamed_response_wrapper(client.log)
        self.log_many = to_streamed_response_wrapper(client.log_many)

    @cached_property
    def datapoints(self) -> DatapointsWithStreamingResponse:
        """:attr:`Humanloop.datapoints` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.datapoints.with_streaming_response

    @cached_property
    def datasets(self) -> DatasetsWithStreamingResponse:
        """:attr:`Humanloop.datasets` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.datasets.with_streaming_response

    @cached_property
    def evaluations(self) -> EvaluationsWithStreamingResponse:
        """:attr:`Humanloop.evaluations` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.evaluations.with_streaming_response

    @cached_property
    def evaluators(self) -> EvaluatorsWithStreamingResponse:
        """:attr:`Humanloop.evaluators` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.evaluators.with_streaming_response

    @cached_property
    def experiments(self) -> ExperimentsWithStreamingResponse:
        """:attr:`Humanloop.experiments` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.experiments.with_streaming_response

    @cached_property
    def finetunes(self) -> FinetunesWithStreamingResponse:
        """:attr:`Humanloop.finetunes` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.finetunes.with_streaming_response

    @cached_property
    def logs(self) -> LogsWithStreamingResponse:
        """:attr:`Humanloop.logs` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.logs.with_streaming_response

    @cached_property
    def model_configs(self) -> ModelConfigsWithStreamingResponse:
        """:attr:`Humanloop.model_configs` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.model_configs.with_streaming_response

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        """:attr:`Humanloop.projects` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.projects.with_streaming_response

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        """:attr:`Humanloop.sessions` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.sessions.with_streaming_response


class AsyncHumanloop(AsyncRoot):
    """Asynchronous client for the Humanloop API.

    Args:
      api_key: Your API key; defaults to the ``HUMANLOOP_API_KEY`` environment variable.
      base_url: Defaults to ``HUMANLOOP_BASE_URL``, else ``https://api.humanloop.com/v4``.
      openai_api_key: OpenAI API key, sent as provider_api_keys.openai in every request body that has that field.
      openai_azure_api_key: Azure OpenAI API key, sent as provider_api_keys.openai_azure in every request body that has that field.
      openai_azure_endpoint_api_key: Azure OpenAI endpoint, sent as provider_api_keys.openai_azure_endpoint in every request body that has that field.
      ai21_api_key: AI21 API key, sent as provider_api_keys.ai21 in every request body that has that field.
      mock_api_key: Mock provider API key, sent as provider_api_keys.mock in every request body that has that field.
      anthropic_api_key: Anthropic API key, sent as provider_api_keys.anthropic in every request body that has that field.
      cohere_api_key: Cohere API key, sent as provider_api_keys.cohere in every request body that has that field.
      timeout: Default timeout of every request (seconds or ``httpx.Timeout``).
      max_retries: How often a failed request is retried (connection errors, 408, 409, 429, 5xx).
      default_headers: Headers sent with every request.
      http_client: Your own ``httpx.AsyncClient`` (proxies, transports); you close it.
      strict_response_validation: Raise ``APIResponseValidationError`` when a response does not
        match its type. By default it is returned anyway, built as far as it matches: fields that
        validate are typed, the others keep the value as received.
    """

    _client: AsyncAPIClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        openai_api_key: str | None = None,
        openai_azure_api_key: str | None = None,
        openai_azure_endpoint_api_key: str | None = None,
        ai21_api_key: str | None = None,
        mock_api_key: str | None = None,
        anthropic_api_key: str | None = None,
        cohere_api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        self._client = AsyncAPIClient(
            base_url=_base_url(base_url),
            credentials=_credentials(
                api_key,
            ),
            default_security=(("APIKeyHeader",),),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            body_defaults=_body_defaults(
                openai_api_key,
                openai_azure_api_key,
                openai_azure_endpoint_api_key,
                ai21_api_key,
                mock_api_key,
                anthropic_api_key,
                cohere_api_key,
            ),
            user_agent=f"humanloop-python/{__version__}",
            strict_response_validation=strict_response_validation,
        )

    @classmethod
    def _wrap(cls, core: AsyncAPIClient) -> AsyncHumanloop:
        client = cls.__new__(cls)
        client._client = core
        return client

    @cached_property
    def datapoints(self) -> AsyncDatapoints:
        """Datapoints (testcases) of a dataset."""
        from .resources.datapoints import AsyncDatapoints

        return AsyncDatapoints(self._client)

    @cached_property
    def datasets(self) -> AsyncDatasets:
        """Datasets (testsets) of a project."""
        from .resources.datasets import AsyncDatasets

        return AsyncDatasets(self._client)

    @cached_property
    def evaluations(self) -> AsyncEvaluations:
        """Evaluation runs of a config against a dataset."""
        from .resources.evaluations import AsyncEvaluations

        return AsyncEvaluations(self._client)

    @cached_property
    def evaluators(self) -> AsyncEvaluators:
        """Evaluators of your organization."""
        from .resources.evaluators import AsyncEvaluators

        return AsyncEvaluators(self._client)

    @cached_property
    def experiments(self) -> AsyncExperiments:
        """Experiments: A/B tests across model configs."""
        from .resources.experiments import AsyncExperiments

        return AsyncExperiments(self._client)

    @cached_property
    def finetunes(self) -> AsyncFinetunes:
        """Fine-tuning runs."""
        from .resources.finetunes import AsyncFinetunes

        return AsyncFinetunes(self._client)

    @cached_property
    def logs(self) -> AsyncLogs:
        """Logged datapoints."""
        from .resources.logs import AsyncLogs

        return AsyncLogs(self._client)

    @cached_property
    def model_configs(self) -> AsyncModelConfigs:
        """Model configurations."""
        from .resources.model_configs import AsyncModelConfigs

        return AsyncModelConfigs(self._client)

    @cached_property
    def projects(self) -> AsyncProjects:
        """Projects, their configs, deployments and feedback types."""
        from .resources.projects import AsyncProjects

        return AsyncProjects(self._client)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """Sessions grouping related datapoints."""
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncHumanloopWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncHumanloopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHumanloopWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncHumanloopWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> AsyncHumanloop:
        """A copy of this client with some options changed; it shares the connection pool."""
        return self._wrap(
            self._client.with_options(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
            )
        )

    async def close(self) -> None:
        """Close the connection pool (unless it is your own ``http_client``)."""
        await self._client.close()

    async def __aenter__(self) -> AsyncHumanloop:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._client.base_url)!r})"


class AsyncHumanloopWithRawResponse:
    """:class:`AsyncHumanloop` methods that return the raw HTTP response."""

    def __init__(self, client: AsyncHumanloop) -> None:
        self._wrapped = client
        self.chat = async_to_raw_response_wrapper(client.chat)
        self.chat_deployed = async_to_raw_response_wrapper(client.chat_deployed)
        self.chat_experiment = async_to_raw_response_wrapper(client.chat_experiment)
        self.chat_model_configuration = async_to_raw_response_wrapper(
            client.chat_model_configuration
        )
        self.complete = async_to_raw_response_wrapper(client.complete)
        self.complete_deployed = async_to_raw_response_wrapper(client.complete_deployed)
        self.complete_experiment = async_to_raw_response_wrapper(client.complete_experiment)
        self.complete_model_configuration = async_to_raw_response_wrapper(
            client.complete_model_configuration
        )
        self.feedback = async_to_raw_response_wrapper(client.feedback)
        self.feedback_many = async_to_raw_response_wrapper(client.feedback_many)
        self.log = async_to_raw_response_wrapper(client.log)
        self.log_many = async_to_raw_response_wrapper(client.log_many)

    @cached_property
    def datapoints(self) -> AsyncDatapointsWithRawResponse:
        """:attr:`AsyncHumanloop.datapoints` methods that return the raw HTTP response."""
        return self._wrapped.datapoints.with_raw_response

    @cached_property
    def datasets(self) -> AsyncDatasetsWithRawResponse:
        """:attr:`AsyncHumanloop.datasets` methods that return the raw HTTP response."""
        return self._wrapped.datasets.with_raw_response

    @cached_property
    def evaluations(self) -> AsyncEvaluationsWithRawResponse:
        """:attr:`AsyncHumanloop.evaluations` methods that return the raw HTTP response."""
        return self._wrapped.evaluations.with_raw_response

    @cached_property
    def evaluators(self) -> AsyncEvaluatorsWithRawResponse:
        """:attr:`AsyncHumanloop.evaluators` methods that return the raw HTTP response."""
        return self._wrapped.evaluators.with_raw_response

    @cached_property
    def experiments(self) -> AsyncExperimentsWithRawResponse:
        """:attr:`AsyncHumanloop.experiments` methods that return the raw HTTP response."""
        return self._wrapped.experiments.with_raw_response

    @cached_property
    def finetunes(self) -> AsyncFinetunesWithRawResponse:
        """:attr:`AsyncHumanloop.finetunes` methods that return the raw HTTP response."""
        return self._wrapped.finetunes.with_raw_response

    @cached_property
    def logs(self) -> AsyncLogsWithRawResponse:
        """:attr:`AsyncHumanloop.logs` methods that return the raw HTTP response."""
        return self._wrapped.logs.with_raw_response

    @cached_property
    def model_configs(self) -> AsyncModelConfigsWithRawResponse:
        """:attr:`AsyncHumanloop.model_configs` methods that return the raw HTTP response."""
        return self._wrapped.model_configs.with_raw_response

    @cached_property
    def projects(self) -> AsyncProjectsWithRawResponse:
        """:attr:`AsyncHumanloop.projects` methods that return the raw HTTP response."""
        return self._wrapped.projects.with_raw_response

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        """:attr:`AsyncHumanloop.sessions` methods that return the raw HTTP response."""
        return self._wrapped.sessions.with_raw_response


class AsyncHumanloopWithStreamingResponse:
    """:class:`AsyncHumanloop` methods that return a context manager around the unread HTTP response."""

    def __init__(self, client: AsyncHumanloop) -> None:
        self._wrapped = client
        self.chat = async_to_streamed_response_wrapper(client.chat)
        self.chat_deployed = async_to_streamed_response_wrapper(client.chat_deployed)
        self.chat_experiment = async_to_streamed_response_wrapper(client.chat_experiment)
        self.chat_model_configuration = async_to_streamed_response_wrapper(
            client.chat_model_configuration
        )
        self.complete = async_to_streamed_response_wrapper(client.complete)
        self.complete_deployed = async_to_streamed_response_wrapper(client.complete_deployed)
        self.complete_experiment = async_to_streamed_response_wrapper(client.complete_experiment)
        self.complete_model_configuration = async_to_streamed_response_wrapper(
            client.complete_model_configuration
        )
        self.feedback = async_to_streamed_response_wrapper(client.feedback)
        self.feedback_many = async_to_streamed_response_wrapper(client.feedback_many)
        self.log = async_to_streamed_response_wrapper(client.log)
        self.log_many = async_to_streamed_response_wrapper(client.log_many)

    @cached_property
    def datapoints(self) -> AsyncDatapointsWithStreamingResponse:
        """:attr:`AsyncHumanloop.datapoints` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.datapoints.with_streaming_response

    @cached_property
    def datasets(self) -> AsyncDatasetsWithStreamingResponse:
        """:attr:`AsyncHumanloop.datasets` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.datasets.with_streaming_response

    @cached_property
    def evaluations(self) -> AsyncEvaluationsWithStreamingResponse:
        """:attr:`AsyncHumanloop.evaluations` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.evaluations.with_streaming_response

    @cached_property
    def evaluators(self) -> AsyncEvaluatorsWithStreamingResponse:
        """:attr:`AsyncHumanloop.evaluators` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.evaluators.with_streaming_response

    @cached_property
    def experiments(self) -> AsyncExperimentsWithStreamingResponse:
        """:attr:`AsyncHumanloop.experiments` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.experiments.with_streaming_response

    @cached_property
    def finetunes(self) -> AsyncFinetunesWithStreamingResponse:
        """:attr:`AsyncHumanloop.finetunes` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.finetunes.with_streaming_response

    @cached_property
    def logs(self) -> AsyncLogsWithStreamingResponse:
        """:attr:`AsyncHumanloop.logs` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.logs.with_streaming_response

    @cached_property
    def model_configs(self) -> AsyncModelConfigsWithStreamingResponse:
        """:attr:`AsyncHumanloop.model_configs` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.model_configs.with_streaming_response

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        """:attr:`AsyncHumanloop.projects` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.projects.with_streaming_response

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        """:attr:`AsyncHumanloop.sessions` methods that return a context manager around the unread HTTP response."""
        return self._wrapped.sessions.with_streaming_response
