"""Datapoints (testcases) of a dataset."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Sequence

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
    from ..types import ChatMessage, ChatMessageParam, DatapointResponse

__all__ = ["Datapoints", "AsyncDatapoints"]


class Datapoints:
    """Datapoints (testcases) of a dataset."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DatapointsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return DatapointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DatapointsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return DatapointsWithStreamingResponse(self)

    def delete(
        self,
        *,
        request_body: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a list of testsets by their IDs.

        Delete: ``DELETE /datapoints``

        Args:
          request_body: String IDs of the datapoints to delete. Each starts with
            `evtc_`.
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
            "/datapoints",
            body=request_body,
            error_models={422: "HTTPValidationError"},
            cast_to=None,
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
    ) -> DatapointResponse:
        """Get a datapoint by ID.

        Get: ``GET /datapoints/{id}``

        Args:
          id: String ID of datapoint. Starts with `evtc_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatapointResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return self._client.request(
            "get",
            "/datapoints/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatapointResponse,
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
        inputs: Dict[str, str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | None | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatapointResponse:
        """Edit the input, messages and criteria fields of a datapoint.

        The fields passed in the request are the ones edited. Passing `null` as a value for a
        field will delete that field. In order to signify not changing a field, it should be
        omitted from the request body.

        Update: ``PATCH /datapoints/{id}``

        Args:
          id: String ID of datapoint. Starts with `evtc_`.
          inputs: The inputs to the prompt template for this datapoint.
          messages: The chat messages for this datapoint.
          target: Object with criteria necessary to evaluate this datapoint.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatapointResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return self._client.request(
            "patch",
            "/datapoints/{id}",
            path_params={
                "id": id,
            },
            body={
                "inputs": inputs,
                "messages": messages,
                "target": target,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatapointResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class DatapointsWithRawResponse:
    """:class:`Datapoints` methods that return the raw HTTP response."""

    def __init__(self, resource: Datapoints) -> None:
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class DatapointsWithStreamingResponse:
    """:class:`Datapoints` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Datapoints) -> None:
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncDatapoints:
    """Datapoints (testcases) of a dataset."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDatapointsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncDatapointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDatapointsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncDatapointsWithStreamingResponse(self)

    async def delete(
        self,
        *,
        request_body: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a list of testsets by their IDs.

        Delete: ``DELETE /datapoints``

        Args:
          request_body: String IDs of the datapoints to delete. Each starts with
            `evtc_`.
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
            "/datapoints",
            body=request_body,
            error_models={422: "HTTPValidationError"},
            cast_to=None,
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
    ) -> DatapointResponse:
        """Get a datapoint by ID.

        Get: ``GET /datapoints/{id}``

        Args:
          id: String ID of datapoint. Starts with `evtc_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatapointResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return await self._client.request(
            "get",
            "/datapoints/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatapointResponse,
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
        inputs: Dict[str, str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatMessage | ChatMessageParam] | None | NotGiven = NOT_GIVEN,
        target: (
            Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DatapointResponse:
        """Edit the input, messages and criteria fields of a datapoint.

        The fields passed in the request are the ones edited. Passing `null` as a value for a
        field will delete that field. In order to signify not changing a field, it should be
        omitted from the request body.

        Update: ``PATCH /datapoints/{id}``

        Args:
          id: String ID of datapoint. Starts with `evtc_`.
          inputs: The inputs to the prompt template for this datapoint.
          messages: The chat messages for this datapoint.
          target: Object with criteria necessary to evaluate this datapoint.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``DatapointResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import DatapointResponse

        return await self._client.request(
            "patch",
            "/datapoints/{id}",
            path_params={
                "id": id,
            },
            body={
                "inputs": inputs,
                "messages": messages,
                "target": target,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=DatapointResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncDatapointsWithRawResponse:
    """:class:`AsyncDatapoints` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncDatapoints) -> None:
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncDatapointsWithStreamingResponse:
    """:class:`AsyncDatapoints` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncDatapoints) -> None:
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.get = async_to_streamed_response_wrapper(resource.get)
        self.update = async_to_streamed_response_wrapper(resource.update)
