"""Sessions grouping related datapoints."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

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
    from ..types import CreateSessionResponse, SessionResponse

__all__ = ["Sessions", "AsyncSessions"]


class Sessions:
    """Sessions grouping related datapoints."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return SessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SessionsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return SessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateSessionResponse:
        """Create a new session.

        Returns a session ID that can be used to log datapoints to the session.

        Create: ``POST /sessions``

        Args:
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CreateSessionResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CreateSessionResponse

        return self._client.request(
            "post",
            "/sessions",
            error_models={422: "HTTPValidationError"},
            cast_to=CreateSessionResponse,
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
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SessionResponse]:
        """Get a page of sessions.

        List: ``GET /sessions``

        Args:
          project_id: String ID of project to return sessions for. Sessions that contain
            any datapoints associated to this project will be returned. Starts with `pr_`.
          page: Page to fetch. Starts from 1.
            The server's default is ``1``.
          size: Number of sessions to retrieve.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``SessionResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import SessionResponse

        return self._client.request_page(
            "get",
            "/sessions",
            query={
                "project_id": project_id,
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=SyncPage[SessionResponse],
            item_type=SessionResponse,
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

    def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SessionResponse:
        """Get a session by ID.

        Get: ``GET /sessions/{id}``

        Args:
          id: String ID of session to return. Starts with `sesh_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``SessionResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import SessionResponse

        return self._client.request(
            "get",
            "/sessions/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=SessionResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class SessionsWithRawResponse:
    """:class:`Sessions` methods that return the raw HTTP response."""

    def __init__(self, resource: Sessions) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class SessionsWithStreamingResponse:
    """:class:`Sessions` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Sessions) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.get = to_streamed_response_wrapper(resource.get)


class AsyncSessions:
    """Sessions grouping related datapoints."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateSessionResponse:
        """Create a new session.

        Returns a session ID that can be used to log datapoints to the session.

        Create: ``POST /sessions``

        Args:
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``CreateSessionResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import CreateSessionResponse

        return await self._client.request(
            "post",
            "/sessions",
            error_models={422: "HTTPValidationError"},
            cast_to=CreateSessionResponse,
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
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[SessionResponse]:
        """Get a page of sessions.

        List: ``GET /sessions``

        Args:
          project_id: String ID of project to return sessions for. Sessions that contain
            any datapoints associated to this project will be returned. Starts with `pr_`.
          page: Page to fetch. Starts from 1.
            The server's default is ``1``.
          size: Number of sessions to retrieve.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``SessionResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import SessionResponse

        return await self._client.request_page(
            "get",
            "/sessions",
            query={
                "project_id": project_id,
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=AsyncPage[SessionResponse],
            item_type=SessionResponse,
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

    async def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SessionResponse:
        """Get a session by ID.

        Get: ``GET /sessions/{id}``

        Args:
          id: String ID of session to return. Starts with `sesh_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``SessionResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import SessionResponse

        return await self._client.request(
            "get",
            "/sessions/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=SessionResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncSessionsWithRawResponse:
    """:class:`AsyncSessions` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncSessions) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)


class AsyncSessionsWithStreamingResponse:
    """:class:`AsyncSessions` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncSessions) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.get = async_to_streamed_response_wrapper(resource.get)
