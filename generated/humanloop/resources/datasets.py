"""Datasets (testsets) of a project."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Sequence, overload

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
        ChatMessage,
        ChatMessageParam,
        CreateDatapointRequest,
        CreateDatapointRequestParam,
        DatapointResponse,
        DatasetResponse,
    )

__all__ = ["Datasets", "AsyncDatasets"]


class Datasets:
    """Datasets (testsets) of a project."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DatasetsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return DatasetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DatasetsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return DatasetsWithStreamingResponse(self)

    def create(
        self,
        *,
        project_id: str,
        description: str,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Create a new dataset for a project.

        Create: ``POST /projects/{project_id}/datasets``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          description: The description of the dataset.
          name: The name of the dataset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return self._client.request(
            "post",
            "/projects/{project_id}/datasets",
            path_params={
                "project_id": project_id,
            },
            body={
                "description": description,
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatasetResponse]:
        """Get all datasets for a project.

        List For Project: ``GET /projects/{project_id}/datasets``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatasetResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return self._client.request(
            "get",
            "/projects/{project_id}/datasets",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatasetResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def create_datapoint(
        self,
        *,
        dataset_id: str,
        log_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]: ...

    @overload
    def create_datapoint(
        self,
        *,
        dataset_id: str,
        inputs: Dict[str, str] | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]: ...

    def create_datapoint(
        self,
        *,
        dataset_id: str,
        log_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        inputs: Dict[str, str] | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]:
        """Create a new testcase for a testset.

        Create Datapoint: ``POST /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          log_ids: The IDs of the logs to create datapoints from.
          inputs: The inputs to the prompt template for this datapoint.
          messages: The chat messages for this datapoint.
          target: Object with criteria necessary to evaluate this datapoint.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatapointResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return self._client.request(
            "post",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            body={
                "log_ids": log_ids,
                "inputs": inputs,
                "messages": messages,
                "target": target,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatapointResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_datapoint_many(
        self,
        *,
        dataset_id: str,
        items: Sequence[CreateDatapointRequest | CreateDatapointRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]:
        """Create a new testcase for a testset.

        Create Datapoint: ``POST /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          items: The items to send in one request, each as `create_datapoint` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatapointResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return self._client.request(
            "post",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatapointResponse],
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
        dataset_id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DatapointResponse]:
        """Get datapoints for a dataset.

        Datapoints: ``GET /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of datapoints to fetch.
            The server's default is ``50``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``DatapointResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return self._client.request_page(
            "get",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=SyncPage[DatapointResponse],
            item_type=DatapointResponse,
            pagination=PaginationSpec(
                items="records",
                page_param="page",
                size_param="size",
                total="total",
                first_page=0,
            ),
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Delete a dataset by ID.

        Delete: ``DELETE /datasets/{id}``

        Args:
          id: String ID of dataset. Starts with `evts_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return self._client.request(
            "delete",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Get a single dataset by ID.

        Get: ``GET /datasets/{id}``

        Args:
          id: String ID of dataset. Starts with `evts_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return self._client.request(
            "get",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Update a testset by ID.

        Update: ``PATCH /datasets/{id}``

        Args:
          id: String ID of testset. Starts with `evts_`.
          description: The description of the dataset.
          name: The name of the dataset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return self._client.request(
            "patch",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            body={
                "description": description,
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class DatasetsWithRawResponse:
    """:class:`Datasets` methods that return the raw HTTP response."""

    def __init__(self, resource: Datasets) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list_all_for_project = to_raw_response_wrapper(resource.list_all_for_project)
        self.create_datapoint = to_raw_response_wrapper(resource.create_datapoint)
        self.create_datapoint_many = to_raw_response_wrapper(resource.create_datapoint_many)
        self.list_datapoints = to_raw_response_wrapper(resource.list_datapoints)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class DatasetsWithStreamingResponse:
    """:class:`Datasets` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Datasets) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = to_streamed_response_wrapper(resource.list_all_for_project)
        self.create_datapoint = to_streamed_response_wrapper(resource.create_datapoint)
        self.create_datapoint_many = to_streamed_response_wrapper(resource.create_datapoint_many)
        self.list_datapoints = to_streamed_response_wrapper(resource.list_datapoints)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncDatasets:
    """Datasets (testsets) of a project."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDatasetsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncDatasetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDatasetsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncDatasetsWithStreamingResponse(self)

    async def create(
        self,
        *,
        project_id: str,
        description: str,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Create a new dataset for a project.

        Create: ``POST /projects/{project_id}/datasets``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          description: The description of the dataset.
          name: The name of the dataset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return await self._client.request(
            "post",
            "/projects/{project_id}/datasets",
            path_params={
                "project_id": project_id,
            },
            body={
                "description": description,
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatasetResponse]:
        """Get all datasets for a project.

        List For Project: ``GET /projects/{project_id}/datasets``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatasetResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return await self._client.request(
            "get",
            "/projects/{project_id}/datasets",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatasetResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def create_datapoint(
        self,
        *,
        dataset_id: str,
        log_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]: ...

    @overload
    async def create_datapoint(
        self,
        *,
        dataset_id: str,
        inputs: Dict[str, str] | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]: ...

    async def create_datapoint(
        self,
        *,
        dataset_id: str,
        log_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        inputs: Dict[str, str] | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]:
        """Create a new testcase for a testset.

        Create Datapoint: ``POST /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          log_ids: The IDs of the logs to create datapoints from.
          inputs: The inputs to the prompt template for this datapoint.
          messages: The chat messages for this datapoint.
          target: Object with criteria necessary to evaluate this datapoint.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatapointResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return await self._client.request(
            "post",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            body={
                "log_ids": log_ids,
                "inputs": inputs,
                "messages": messages,
                "target": target,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatapointResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_datapoint_many(
        self,
        *,
        dataset_id: str,
        items: Sequence[CreateDatapointRequest | CreateDatapointRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[DatapointResponse]:
        """Create a new testcase for a testset.

        Create Datapoint: ``POST /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          items: The items to send in one request, each as `create_datapoint` takes it.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[DatapointResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return await self._client.request(
            "post",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            body=items,
            error_models={422: "HTTPValidationError"},
            cast_to=List[DatapointResponse],
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
        dataset_id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[DatapointResponse]:
        """Get datapoints for a dataset.

        Datapoints: ``GET /datasets/{dataset_id}/datapoints``

        Args:
          dataset_id: String ID of dataset. Starts with `evts_`.
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of datapoints to fetch.
            The server's default is ``50``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``DatapointResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return await self._client.request_page(
            "get",
            "/datasets/{dataset_id}/datapoints",
            path_params={
                "dataset_id": dataset_id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=AsyncPage[DatapointResponse],
            item_type=DatapointResponse,
            pagination=PaginationSpec(
                items="records",
                page_param="page",
                size_param="size",
                total="total",
                first_page=0,
            ),
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Delete a dataset by ID.

        Delete: ``DELETE /datasets/{id}``

        Args:
          id: String ID of dataset. Starts with `evts_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return await self._client.request(
            "delete",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Get a single dataset by ID.

        Get: ``GET /datasets/{id}``

        Args:
          id: String ID of dataset. Starts with `evts_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return await self._client.request(
            "get",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
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
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatasetResponse:
        """Update a testset by ID.

        Update: ``PATCH /datasets/{id}``

        Args:
          id: String ID of testset. Starts with `evts_`.
          description: The description of the dataset.
          name: The name of the dataset.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatasetResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatasetResponse

        return await self._client.request(
            "patch",
            "/datasets/{id}",
            path_params={
                "id": id,
            },
            body={
                "description": description,
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatasetResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncDatasetsWithRawResponse:
    """:class:`AsyncDatasets` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncDatasets) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_all_for_project = async_to_raw_response_wrapper(resource.list_all_for_project)
        self.create_datapoint = async_to_raw_response_wrapper(resource.create_datapoint)
        self.create_datapoint_many = async_to_raw_response_wrapper(resource.create_datapoint_many)
        self.list_datapoints = async_to_raw_response_wrapper(resource.list_datapoints)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncDatasetsWithStreamingResponse:
    """:class:`AsyncDatasets` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncDatasets) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = async_to_streamed_response_wrapper(
            resource.list_all_for_project
        )
        self.create_datapoint = async_to_streamed_response_wrapper(resource.create_datapoint)
        self.create_datapoint_many = async_to_streamed_response_wrapper(
            resource.create_datapoint_many
        )
        self.list_datapoints = async_to_streamed_response_wrapper(resource.list_datapoints)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.get = async_to_streamed_response_wrapper(resource.get)
        self.update = async_to_streamed_response_wrapper(resource.update)
