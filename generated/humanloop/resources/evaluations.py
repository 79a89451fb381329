"""Evaluation runs of a config against a dataset."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, Sequence

import httpx

from .._pagination import AsyncPage, PaginationSpec, SyncPage
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
        EvaluationDatapointSnapshotResponse,
        EvaluationResponse,
        ProviderApiKeys,
        ProviderApiKeysParam,
    )

__all__ = ["Evaluations", "AsyncEvaluations"]


class Evaluations:
    """Evaluation runs of a config against a dataset."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EvaluationsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return EvaluationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvaluationsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return EvaluationsWithStreamingResponse(self)

    def create(
        self,
        *,
        project_id: str,
        config_id: str,
        evaluator_ids: Sequence[str],
        dataset_id: str,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluationResponse:
        """Create an evaluation.

        Create: ``POST /projects/{project_id}/evaluations``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          config_id: ID of the config to evaluate. Starts with `config_`.
          evaluator_ids: IDs of evaluators to run on the dataset. IDs start with `evfn_`
          dataset_id: ID of the dataset to use in this evaluation. Starts with `evts_`.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization. Ensure you
            provide an API key for the provider for the model config you are evaluating,
            or have one saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluationResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return self._client.request(
            "post",
            "/projects/{project_id}/evaluations",
            path_params={
                "project_id": project_id,
            },
            body={
                "config_id": config_id,
                "evaluator_ids": evaluator_ids,
                "dataset_id": dataset_id,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluationResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_all_for_project(
        self,
        *,
        project_id: str,
        evaluator_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EvaluationResponse]:
        """Get all the evaluations associated with your project.

        List For Project: ``GET /projects/{project_id}/evaluations``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          evaluator_aggregates: Whether to include evaluator aggregates in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EvaluationResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return self._client.request(
            "get",
            "/projects/{project_id}/evaluations",
            path_params={
                "project_id": project_id,
            },
            query={
                "evaluator_aggregates": evaluator_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EvaluationResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get(
        self,
        *,
        id: str,
        evaluator_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluationResponse:
        """Get evaluation by ID.

        Get: ``GET /evaluations/{id}``

        Args:
          id: String ID of evaluation run. Starts with `ev_`.
          evaluator_aggregates: Whether to include evaluator aggregates in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluationResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return self._client.request(
            "get",
            "/evaluations/{id}",
            path_params={
                "id": id,
            },
            query={
                "evaluator_aggregates": evaluator_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluationResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_datapoints(
        self,
        *,
        id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[EvaluationDatapointSnapshotResponse]:
        """Get testcases by evaluation ID.

        List Datapoints: ``GET /evaluations/{id}/datapoints``

        Args:
          id: String ID of evaluation. Starts with `ev_`.
          page: Page to fetch. Starts from 1.
            The server's default is ``1``.
          size: Number of evaluation results to retrieve.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``EvaluationDatapointSnapshotResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationDatapointSnapshotResponse

        return self._client.request_page(
            "get",
            "/evaluations/{id}/datapoints",
            path_params={
                "id": id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=SyncPage[EvaluationDatapointSnapshotResponse],
            item_type=EvaluationDatapointSnapshotResponse,
            pagination=PaginationSpec(
                items="records",
                page_param="page",
                size_param="size",
                total="total",
                first_page=1,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class EvaluationsWithRawResponse:
    """:class:`Evaluations` methods that return the raw HTTP response."""

    def __init__(self, resource: Evaluations) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list_all_for_project = to_raw_response_wrapper(resource.list_all_for_project)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_datapoints = to_raw_response_wrapper(resource.list_datapoints)


class EvaluationsWithStreamingResponse:
    """:class:`Evaluations` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Evaluations) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = to_streamed_response_wrapper(resource.list_all_for_project)
        self.get = to_streamed_response_wrapper(resource.get)
        self.list_datapoints = to_streamed_response_wrapper(resource.list_datapoints)


class AsyncEvaluations:
    """Evaluation runs of a config against a dataset."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEvaluationsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncEvaluationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvaluationsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncEvaluationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        project_id: str,
        config_id: str,
        evaluator_ids: Sequence[str],
        dataset_id: str,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluationResponse:
        """Create an evaluation.

        Create: ``POST /projects/{project_id}/evaluations``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          config_id: ID of the config to evaluate. Starts with `config_`.
          evaluator_ids: IDs of evaluators to run on the dataset. IDs start with `evfn_`
          dataset_id: ID of the dataset to use in this evaluation. Starts with `evts_`.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization. Ensure you
            provide an API key for the provider for the model config you are evaluating,
            or have one saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluationResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return await self._client.request(
            "post",
            "/projects/{project_id}/evaluations",
            path_params={
                "project_id": project_id,
            },
            body={
                "config_id": config_id,
                "evaluator_ids": evaluator_ids,
                "dataset_id": dataset_id,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluationResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_all_for_project(
        self,
        *,
        project_id: str,
        evaluator_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EvaluationResponse]:
        """Get all the evaluations associated with your project.

        List For Project: ``GET /projects/{project_id}/evaluations``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          evaluator_aggregates: Whether to include evaluator aggregates in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EvaluationResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return await self._client.request(
            "get",
            "/projects/{project_id}/evaluations",
            path_params={
                "project_id": project_id,
            },
            query={
                "evaluator_aggregates": evaluator_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EvaluationResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        *,
        id: str,
        evaluator_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluationResponse:
        """Get evaluation by ID.

        Get: ``GET /evaluations/{id}``

        Args:
          id: String ID of evaluation run. Starts with `ev_`.
          evaluator_aggregates: Whether to include evaluator aggregates in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluationResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationResponse

        return await self._client.request(
            "get",
            "/evaluations/{id}",
            path_params={
                "id": id,
            },
            query={
                "evaluator_aggregates": evaluator_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluationResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_datapoints(
        self,
        *,
        id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[EvaluationDatapointSnapshotResponse]:
        """Get testcases by evaluation ID.

        List Datapoints: ``GET /evaluations/{id}/datapoints``

        Args:
          id: String ID of evaluation. Starts with `ev_`.
          page: Page to fetch. Starts from 1.
            The server's default is ``1``.
          size: Number of evaluation results to retrieve.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``EvaluationDatapointSnapshotResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluationDatapointSnapshotResponse

        return await self._client.request_page(
            "get",
            "/evaluations/{id}/datapoints",
            path_params={
                "id": id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=AsyncPage[EvaluationDatapointSnapshotResponse],
            item_type=EvaluationDatapointSnapshotResponse,
            pagination=PaginationSpec(
                items="records",
                page_param="page",
                size_param="size",
                total="total",
                first_page=1,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncEvaluationsWithRawResponse:
    """:class:`AsyncEvaluations` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncEvaluations) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_all_for_project = async_to_raw_response_wrapper(resource.list_all_for_project)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_datapoints = async_to_raw_response_wrapper(resource.list_datapoints)


class AsyncEvaluationsWithStreamingResponse:
    """:class:`AsyncEvaluations` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncEvaluations) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = async_to_streamed_response_wrapper(
            resource.list_all_for_project
        )
        self.get = async_to_streamed_response_wrapper(resource.get)
        self.list_datapoints = async_to_streamed_response_wrapper(resource.list_datapoints)
