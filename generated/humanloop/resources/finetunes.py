"""Fine-tuning runs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List

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
        FinetuneConfig,
        FinetuneConfigParam,
        FinetuneDataSummary,
        FinetuneResponse,
        ProviderApiKeys,
        ProviderApiKeysParam,
    )

__all__ = ["Finetunes", "AsyncFinetunes"]


class Finetunes:
    """Fine-tuning runs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FinetunesWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return FinetunesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FinetunesWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return FinetunesWithStreamingResponse(self)

    def create(
        self,
        *,
        project_id: str,
        name: str,
        dataset_id: str,
        config: FinetuneConfig | FinetuneConfigParam,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneResponse:
        """Trigger the fine-tuning process for a specific base model and data snapshot.

        Create: ``POST /projects/{project_id}/finetunes``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for a finetuning run
          dataset_id: ID of dataset used for finetuning
          config: Configuration and hyper-parameters for the fine-tuning process
          metadata: Any additional metadata that you would like to log for reference.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return self._client.request(
            "post",
            "/projects/{project_id}/finetunes",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "dataset_id": dataset_id,
                "config": config,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneResponse,
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
    ) -> List[FinetuneResponse]:
        """Get a list of all fine-tuned models associated to a given project.

        List: ``GET /projects/{project_id}/finetunes``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[FinetuneResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return self._client.request(
            "get",
            "/projects/{project_id}/finetunes",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[FinetuneResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def summary(
        self,
        *,
        project_id: str,
        name: str,
        dataset_id: str,
        config: FinetuneConfig | FinetuneConfigParam,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneDataSummary:
        """Checks data for errors and generates finetune data summary.

        Does not actually trigger the finetuning process or persist the data.

        Summarize: ``POST /projects/{project_id}/finetunes/summary``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for a finetuning run
          dataset_id: ID of dataset used for finetuning
          config: Configuration and hyper-parameters for the fine-tuning process
          metadata: Any additional metadata that you would like to log for reference.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneDataSummary``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneDataSummary

        return self._client.request(
            "post",
            "/projects/{project_id}/finetunes/summary",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "dataset_id": dataset_id,
                "config": config,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneDataSummary,
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
        project_id: str,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneResponse:
        """Update user-specified attributes of the specified finetuned models.

        Update: ``PATCH /finetunes/{id}``

        Args:
          id: String ID of the fine-tuned model.
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for the fine-tuned model.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return self._client.request(
            "patch",
            "/finetunes/{id}",
            path_params={
                "id": id,
            },
            query={
                "project_id": project_id,
            },
            body={
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FinetunesWithRawResponse:
    """:class:`Finetunes` methods that return the raw HTTP response."""

    def __init__(self, resource: Finetunes) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list_all_for_project = to_raw_response_wrapper(resource.list_all_for_project)
        self.summary = to_raw_response_wrapper(resource.summary)
        self.update = to_raw_response_wrapper(resource.update)


class FinetunesWithStreamingResponse:
    """:class:`Finetunes` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Finetunes) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = to_streamed_response_wrapper(resource.list_all_for_project)
        self.summary = to_streamed_response_wrapper(resource.summary)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncFinetunes:
    """Fine-tuning runs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFinetunesWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncFinetunesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFinetunesWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncFinetunesWithStreamingResponse(self)

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        dataset_id: str,
        config: FinetuneConfig | FinetuneConfigParam,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneResponse:
        """Trigger the fine-tuning process for a specific base model and data snapshot.

        Create: ``POST /projects/{project_id}/finetunes``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for a finetuning run
          dataset_id: ID of dataset used for finetuning
          config: Configuration and hyper-parameters for the fine-tuning process
          metadata: Any additional metadata that you would like to log for reference.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return await self._client.request(
            "post",
            "/projects/{project_id}/finetunes",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "dataset_id": dataset_id,
                "config": config,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneResponse,
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
    ) -> List[FinetuneResponse]:
        """Get a list of all fine-tuned models associated to a given project.

        List: ``GET /projects/{project_id}/finetunes``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[FinetuneResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return await self._client.request(
            "get",
            "/projects/{project_id}/finetunes",
            path_params={
                "project_id": project_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[FinetuneResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def summary(
        self,
        *,
        project_id: str,
        name: str,
        dataset_id: str,
        config: FinetuneConfig | FinetuneConfigParam,
        metadata: Dict[str, Any] | NotGiven = NOT_GIVEN,
        provider_api_keys: ProviderApiKeys | ProviderApiKeysParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneDataSummary:
        """Checks data for errors and generates finetune data summary.

        Does not actually trigger the finetuning process or persist the data.

        Summarize: ``POST /projects/{project_id}/finetunes/summary``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for a finetuning run
          dataset_id: ID of dataset used for finetuning
          config: Configuration and hyper-parameters for the fine-tuning process
          metadata: Any additional metadata that you would like to log for reference.
          provider_api_keys: API keys required by each provider to make API calls. The
            API keys provided here are not stored by Humanloop. If not specified here,
            Humanloop will fall back to the key saved to your organization.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneDataSummary``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneDataSummary

        return await self._client.request(
            "post",
            "/projects/{project_id}/finetunes/summary",
            path_params={
                "project_id": project_id,
            },
            body={
                "name": name,
                "dataset_id": dataset_id,
                "config": config,
                "metadata": metadata,
                "provider_api_keys": provider_api_keys,
            },
            defaulted_body_fields=("provider_api_keys",),
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneDataSummary,
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
        project_id: str,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FinetuneResponse:
        """Update user-specified attributes of the specified finetuned models.

        Update: ``PATCH /finetunes/{id}``

        Args:
          id: String ID of the fine-tuned model.
          project_id: String ID of project. Starts with `pr_`.
          name: User defined friendly name for the fine-tuned model.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FinetuneResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FinetuneResponse

        return await self._client.request(
            "patch",
            "/finetunes/{id}",
            path_params={
                "id": id,
            },
            query={
                "project_id": project_id,
            },
            body={
                "name": name,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FinetuneResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFinetunesWithRawResponse:
    """:class:`AsyncFinetunes` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncFinetunes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_all_for_project = async_to_raw_response_wrapper(resource.list_all_for_project)
        self.summary = async_to_raw_response_wrapper(resource.summary)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncFinetunesWithStreamingResponse:
    """:class:`AsyncFinetunes` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncFinetunes) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list_all_for_project = async_to_streamed_response_wrapper(
            resource.list_all_for_project
        )
        self.summary = async_to_streamed_response_wrapper(resource.summary)
        self.update = async_to_streamed_response_wrapper(resource.update)
