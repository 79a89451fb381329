"""Logged datapoints."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

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
    from ..types import LogResponse

__all__ = ["Logs", "AsyncLogs"]


class Logs:
    """Logged datapoints."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LogsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return LogsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LogsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return LogsWithStreamingResponse(self)

    def update_by_ref(
        self,
        *,
        reference_id: str,
        output: str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogResponse:
        """Update a logged datapoint by its reference ID.

        The `reference_id` query parameter must be provided, and refers to the `reference_id` of
        a previously-logged datapoint.

        Update By Reference Id: ``PATCH /logs``

        Args:
          reference_id: A unique string to reference the datapoint. Identifies the
            logged datapoint created with the same `reference_id`.
          output: Generated output from your model for the provided inputs.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return self._client.request(
            "patch",
            "/logs",
            query={
                "reference_id": reference_id,
            },
            body={
                "output": output,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogResponse,
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
        output: str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogResponse:
        """Update a logged datapoint in your Humanloop project.

        Update: ``PATCH /logs/{id}``

        Args:
          id: String ID of logged datapoint to return. Starts with `data_`.
          output: Generated output from your model for the provided inputs.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return self._client.request(
            "patch",
            "/logs/{id}",
            path_params={
                "id": id,
            },
            body={
                "output": output,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class LogsWithRawResponse:
    """:class:`Logs` methods that return the raw HTTP response."""

    def __init__(self, resource: Logs) -> None:
        self.update_by_ref = to_raw_response_wrapper(resource.update_by_ref)
        self.update = to_raw_response_wrapper(resource.update)


class LogsWithStreamingResponse:
    """:class:`Logs` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Logs) -> None:
        self.update_by_ref = to_streamed_response_wrapper(resource.update_by_ref)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncLogs:
    """Logged datapoints."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLogsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncLogsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLogsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncLogsWithStreamingResponse(self)

    async def update_by_ref(
        self,
        *,
        reference_id: str,
        output: str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogResponse:
        """Update a logged datapoint by its reference ID.

        The `reference_id` query parameter must be provided, and refers to the `reference_id` of
        a previously-logged datapoint.

        Update By Reference Id: ``PATCH /logs``

        Args:
          reference_id: A unique string to reference the datapoint. Identifies the
            logged datapoint created with the same `reference_id`.
          output: Generated output from your model for the provided inputs.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return await self._client.request(
            "patch",
            "/logs",
            query={
                "reference_id": reference_id,
            },
            body={
                "output": output,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogResponse,
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
        output: str | NotGiven = NOT_GIVEN,
        error: str | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LogResponse:
        """Update a logged datapoint in your Humanloop project.

        Update: ``PATCH /logs/{id}``

        Args:
          id: String ID of logged datapoint to return. Starts with `data_`.
          output: Generated output from your model for the provided inputs.
          error: Error message if the log is an error.
          duration: Duration of the logged event in seconds.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``LogResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return await self._client.request(
            "patch",
            "/logs/{id}",
            path_params={
                "id": id,
            },
            body={
                "output": output,
                "error": error,
                "duration": duration,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=LogResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncLogsWithRawResponse:
    """:class:`AsyncLogs` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.update_by_ref = async_to_raw_response_wrapper(resource.update_by_ref)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncLogsWithStreamingResponse:
    """:class:`AsyncLogs` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.update_by_ref = async_to_streamed_response_wrapper(resource.update_by_ref)
        self.update = async_to_streamed_response_wrapper(resource.update)
