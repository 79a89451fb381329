"""Evaluators of your organization."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, Literal

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
    from ..types import EvaluatorArgumentsType, EvaluatorResponse, EvaluatorReturnTypeEnum

__all__ = ["Evaluators", "AsyncEvaluators"]


class Evaluators:
    """Evaluators of your organization."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EvaluatorsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return EvaluatorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvaluatorsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return EvaluatorsWithStreamingResponse(self)

    def create(
        self,
        *,
        description: str,
        name: str,
        code: str,
        arguments_type: EvaluatorArgumentsType | Literal["target_free", "target_required"],
        return_type: EvaluatorReturnTypeEnum | Literal["boolean", "number"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluatorResponse:
        """Create an evaluator within your organization.

        Create: ``POST /evaluators``

        Args:
          description: The description of the evaluator.
          name: The name of the evaluator.
          code: The code for the evaluator. This code will be executed in a sandboxed
            environment.
          arguments_type: Whether this evaluator is target-free or target-required.
          return_type: The type of the return value of the evaluator.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluatorResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return self._client.request(
            "post",
            "/evaluators",
            body={
                "description": description,
                "name": name,
                "code": code,
                "arguments_type": arguments_type,
                "return_type": return_type,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluatorResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EvaluatorResponse]:
        """Get all evaluators within your organization.

        List: ``GET /evaluators``

        Args:
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EvaluatorResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return self._client.request(
            "get",
            "/evaluators",
            error_models={422: "HTTPValidationError"},
            cast_to=List[EvaluatorResponse],
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
    ) -> None:
        """Delete an evaluator within your organization.

        Delete: ``DELETE /evaluators/{id}``

        Args:
          id: String ID of evaluator. Starts with `evfn_`.
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
            "/evaluators/{id}",
            path_params={
                "id": id,
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
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        arguments_type: (
            EvaluatorArgumentsType | Literal["target_free", "target_required"] | NotGiven
        ) = NOT_GIVEN,
        return_type: EvaluatorReturnTypeEnum | Literal["boolean", "number"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluatorResponse:
        """Update an evaluator within your organization.

        Update: ``PATCH /evaluators/{id}``

        Args:
          id: String ID of evaluator. Starts with `evfn_`.
          description: The description of the evaluator.
          name: The name of the evaluator.
          code: The code for the evaluator. This code will be executed in a sandboxed
            environment.
          arguments_type: Whether this evaluator is target-free or target-required.
          return_type: The type of the return value of the evaluator.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluatorResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return self._client.request(
            "patch",
            "/evaluators/{id}",
            path_params={
                "id": id,
            },
            body={
                "description": description,
                "name": name,
                "code": code,
                "arguments_type": arguments_type,
                "return_type": return_type,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluatorResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class EvaluatorsWithRawResponse:
    """:class:`Evaluators` methods that return the raw HTTP response."""

    def __init__(self, resource: Evaluators) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class EvaluatorsWithStreamingResponse:
    """:class:`Evaluators` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Evaluators) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncEvaluators:
    """Evaluators of your organization."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEvaluatorsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncEvaluatorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvaluatorsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncEvaluatorsWithStreamingResponse(self)

    async def create(
        self,
        *,
        description: str,
        name: str,
        code: str,
        arguments_type: EvaluatorArgumentsType | Literal["target_free", "target_required"],
        return_type: EvaluatorReturnTypeEnum | Literal["boolean", "number"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluatorResponse:
        """Create an evaluator within your organization.

        Create: ``POST /evaluators``

        Args:
          description: The description of the evaluator.
          name: The name of the evaluator.
          code: The code for the evaluator. This code will be executed in a sandboxed
            environment.
          arguments_type: Whether this evaluator is target-free or target-required.
          return_type: The type of the return value of the evaluator.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluatorResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return await self._client.request(
            "post",
            "/evaluators",
            body={
                "description": description,
                "name": name,
                "code": code,
                "arguments_type": arguments_type,
                "return_type": return_type,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluatorResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EvaluatorResponse]:
        """Get all evaluators within your organization.

        List: ``GET /evaluators``

        Args:
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EvaluatorResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return await self._client.request(
            "get",
            "/evaluators",
            error_models={422: "HTTPValidationError"},
            cast_to=List[EvaluatorResponse],
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
    ) -> None:
        """Delete an evaluator within your organization.

        Delete: ``DELETE /evaluators/{id}``

        Args:
          id: String ID of evaluator. Starts with `evfn_`.
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
            "/evaluators/{id}",
            path_params={
                "id": id,
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
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        arguments_type: (
            EvaluatorArgumentsType | Literal["target_free", "target_required"] | NotGiven
        ) = NOT_GIVEN,
        return_type: EvaluatorReturnTypeEnum | Literal["boolean", "number"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvaluatorResponse:
        """Update an evaluator within your organization.

        Update: ``PATCH /evaluators/{id}``

        Args:
          id: String ID of evaluator. Starts with `evfn_`.
          description: The description of the evaluator.
          name: The name of the evaluator.
          code: The code for the evaluator. This code will be executed in a sandboxed
            environment.
          arguments_type: Whether this evaluator is target-free or target-required.
          return_type: The type of the return value of the evaluator.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``EvaluatorResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EvaluatorResponse

        return await self._client.request(
            "patch",
            "/evaluators/{id}",
            path_params={
                "id": id,
            },
            body={
                "description": description,
                "name": name,
                "code": code,
                "arguments_type": arguments_type,
                "return_type": return_type,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=EvaluatorResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncEvaluatorsWithRawResponse:
    """:class:`AsyncEvaluators` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncEvaluators) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncEvaluatorsWithStreamingResponse:
    """:class:`AsyncEvaluators` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncEvaluators) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
