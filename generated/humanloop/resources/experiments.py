"""Experiments: A/B tests across model configs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, Sequence

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
        ExperimentResponse,
        GetModelConfigResponse,
        PositiveLabel,
        PositiveLabelParam,
    )

__all__ = ["Experiments", "AsyncExperiments"]


class Experiments:
    """Experiments: A/B tests across model configs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExperimentsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return ExperimentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExperimentsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return ExperimentsWithStreamingResponse(self)

    def create(
        self,
        *,
        project_id: str,
        name: str,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam],
        config_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        set_active: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExperimentResponse:
        """Create an experiment for your project.

        You can optionally specify IDs of your project's model configs to include in the
        experiment, along with a set of labels to consider as positive feedback and whether the
        experiment should be set as active.

        Create: ``POST /projects/{project_id}/experiments``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: Name of experiment.
          positive_labels: Feedback labels to treat as positive user feedback. Used to
            monitor the performance of model configs in the experiment.
          config_ids: Configs to add to this experiment. Further configs can be added
            later.
          set_active: Whether to set the created project as the project's active
            experiment.
            The server's default is ``False``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ExperimentResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return self._client.request(
            "post",
            "/projects/{project_id}/experiments",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "positive_labels": positive_labels,
                "config_ids": config_ids,
                "set_active": set_active,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ExperimentResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[ExperimentResponse]:
        """Get an array of experiments associated to your project.

        List: ``GET /projects/{project_id}/experiments``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[ExperimentResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return self._client.request(
            "get",
            "/projects/{project_id}/experiments",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[ExperimentResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        *,
        experiment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the experiment with the specified ID.

        Delete: ``DELETE /experiments/{experiment_id}``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``None``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        return self._client.request(
            "delete",
            "/experiments/{experiment_id}",
            path_params={
                "experiment_id": experiment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=None,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        *,
        experiment_id: str,
        name: str | NotGiven = NOT_GIVEN,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam] | NotGiven = NOT_GIVEN,
        config_ids_to_register: Sequence[str] | NotGiven = NOT_GIVEN,
        config_ids_to_deregister: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExperimentResponse:
        """Update your experiment, including registering and de-registering model configs.

        Update: ``PATCH /experiments/{experiment_id}``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          name: Name of experiment.
          positive_labels: Feedback labels to treat as positive user feedback. Used to
            monitor the performance of model configs in the experiment.
          config_ids_to_register: Model configs to add to this experiment.
          config_ids_to_deregister: Model configs in this experiment to be deactivated.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ExperimentResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return self._client.request(
            "patch",
            "/experiments/{experiment_id}",
            path_params={
                "experiment_id": experiment_id,
            },
            body={
                "name": name,
                "positive_labels": positive_labels,
                "config_ids_to_register": config_ids_to_register,
                "config_ids_to_deregister": config_ids_to_deregister,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ExperimentResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def sample(
        self,
        *,
        experiment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelConfigResponse:
        """Samples a model config from the experiment's active model configs.

        Sample: ``GET /experiments/{experiment_id}/model-config``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``GetModelConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import GetModelConfigResponse

        return self._client.request(
            "get",
            "/experiments/{experiment_id}/model-config",
            path_params={
                "experiment_id": experiment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=GetModelConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ExperimentsWithRawResponse:
    """:class:`Experiments` methods that return the raw HTTP response."""

    def __init__(self, resource: Experiments) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.sample = to_raw_response_wrapper(resource.sample)


class ExperimentsWithStreamingResponse:
    """:class:`Experiments` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Experiments) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)
        self.sample = to_streamed_response_wrapper(resource.sample)


class AsyncExperiments:
    """Experiments: A/B tests across model configs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExperimentsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncExperimentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExperimentsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncExperimentsWithStreamingResponse(self)

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam],
        config_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        set_active: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExperimentResponse:
        """Create an experiment for your project.

        You can optionally specify IDs of your project's model configs to include in the
        experiment, along with a set of labels to consider as positive feedback and whether the
        experiment should be set as active.

        Create: ``POST /projects/{project_id}/experiments``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: Name of experiment.
          positive_labels: Feedback labels to treat as positive user feedback. Used to
            monitor the performance of model configs in the experiment.
          config_ids: Configs to add to this experiment. Further configs can be added
            later.
          set_active: Whether to set the created project as the project's active
            experiment.
            The server's default is ``False``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ExperimentResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return await self._client.request(
            "post",
            "/projects/{project_id}/experiments",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "positive_labels": positive_labels,
                "config_ids": config_ids,
                "set_active": set_active,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ExperimentResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list(
        self,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[ExperimentResponse]:
        """Get an array of experiments associated to your project.

        List: ``GET /projects/{project_id}/experiments``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[ExperimentResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return await self._client.request(
            "get",
            "/projects/{project_id}/experiments",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[ExperimentResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        *,
        experiment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the experiment with the specified ID.

        Delete: ``DELETE /experiments/{experiment_id}``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``None``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        return await self._client.request(
            "delete",
            "/experiments/{experiment_id}",
            path_params={
                "experiment_id": experiment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=None,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        *,
        experiment_id: str,
        name: str | NotGiven = NOT_GIVEN,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam] | NotGiven = NOT_GIVEN,
        config_ids_to_register: Sequence[str] | NotGiven = NOT_GIVEN,
        config_ids_to_deregister: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExperimentResponse:
        """Update your experiment, including registering and de-registering model configs.

        Update: ``PATCH /experiments/{experiment_id}``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          name: Name of experiment.
          positive_labels: Feedback labels to treat as positive user feedback. Used to
            monitor the performance of model configs in the experiment.
          config_ids_to_register: Model configs to add to this experiment.
          config_ids_to_deregister: Model configs in this experiment to be deactivated.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ExperimentResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ExperimentResponse

        return await self._client.request(
            "patch",
            "/experiments/{experiment_id}",
            path_params={
                "experiment_id": experiment_id,
            },
            body={
                "name": name,
                "positive_labels": positive_labels,
                "config_ids_to_register": config_ids_to_register,
                "config_ids_to_deregister": config_ids_to_deregister,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ExperimentResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def sample(
        self,
        *,
        experiment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelConfigResponse:
        """Samples a model config from the experiment's active model configs.

        Sample: ``GET /experiments/{experiment_id}/model-config``

        Args:
          experiment_id: String ID of experiment. Starts with `exp_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``GetModelConfigResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import GetModelConfigResponse

        return await self._client.request(
            "get",
            "/experiments/{experiment_id}/model-config",
            path_params={
                "experiment_id": experiment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=GetModelConfigResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncExperimentsWithRawResponse:
    """:class:`AsyncExperiments` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncExperiments) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.sample = async_to_raw_response_wrapper(resource.sample)


class AsyncExperimentsWithStreamingResponse:
    """:class:`AsyncExperiments` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncExperiments) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.sample = async_to_streamed_response_wrapper(resource.sample)
