"""Projects, their configs, deployments and feedback types."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal, Sequence

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
        EnvironmentProjectConfigResponse,
        EnvironmentRequest,
        EnvironmentRequestParam,
        FeedbackClass,
        FeedbackLabelRequest,
        FeedbackLabelRequestParam,
        FeedbackTypeModel,
        FeedbackTypeRequest,
        FeedbackTypeRequestParam,
        GetModelConfigResponse,
        LogResponse,
        PositiveLabel,
        PositiveLabelParam,
        ProjectConfigResponse,
        ProjectResponse,
        ProjectSortBy,
        SortOrder,
    )

__all__ = ["Projects", "AsyncProjects"]


class Projects:
    """Projects, their configs, deployments and feedback types."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return ProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return ProjectsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        feedback_types: (
            Sequence[FeedbackTypeRequest | FeedbackTypeRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Create a new project.

        Create: ``POST /projects``

        Args:
          name: Unique project name.
          feedback_types: Feedback types to be created.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request(
            "post",
            "/projects",
            body={
                "name": name,
                "feedback_types": feedback_types,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
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
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        user_filter: str | NotGiven = NOT_GIVEN,
        sort_by: ProjectSortBy | Literal["created_at", "updated_at", "name"] | NotGiven = NOT_GIVEN,
        order: SortOrder | Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProjectResponse]:
        """Get a paginated list of projects.

        List: ``GET /projects``

        Args:
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of projects to fetch.
            The server's default is ``10``.
          organization_id: ID of organization that fetched projects belong to. Starts
            with `org_`.
          filter: Case-insensitive filter for project name.
          user_filter: Case-insensitive filter for users in the project. This filter
            matches against both email address and name of users.
          sort_by: Field to sort projects by
          order: Direction to sort by.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``ProjectResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request_page(
            "get",
            "/projects",
            query={
                "page": page,
                "size": size,
                "organization_id": organization_id,
                "filter": filter,
                "user_filter": user_filter,
                "sort_by": sort_by,
                "order": order,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=SyncPage[ProjectResponse],
            item_type=ProjectResponse,
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

    def create_feedback_type(
        self,
        *,
        id: str,
        type: str,
        values: Sequence[FeedbackLabelRequest | FeedbackLabelRequestParam] | NotGiven = NOT_GIVEN,
        class_: (
            FeedbackClass | Literal["select", "multi_select", "text", "number"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackTypeModel:
        """Create Feedback Type

        Create Feedback Type: ``POST /projects/{id}/feedback-types``

        Args:
          id: String ID of project. Starts with `pr_`.
          type: The type of feedback to update.
          values: The feedback values to be available. This field should only be
            populated when updating a 'select' or 'multi_select' feedback class.
          class_: The data type associated to this feedback type; whether it is a
            'text'/'select'/'multi_select'. This is optional when updating the default
            feedback types (i.e. when `type` is 'rating', 'action' or 'issue')
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackTypeModel``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackTypeModel

        return self._client.request(
            "post",
            "/projects/{id}/feedback-types",
            path_params={
                "id": id,
            },
            body={
                "type": type,
                "values": values,
                "class": class_,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackTypeModel,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_feedback_types(
        self,
        *,
        id: str,
        request_body: Sequence[FeedbackTypeRequest | FeedbackTypeRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[FeedbackTypeModel]:
        """Update feedback types.

        Allows enabling the available feedback types and setting status of feedback
        types/categorical values. This behaves like an upsert; any feedback categorical values
        that do not already exist in the project will be created.

        Update Feedback Types: ``PATCH /projects/{id}/feedback-types``

        Args:
          id: String ID of project. Starts with `pr_`.
          request_body: The feedback types to create or update.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[FeedbackTypeModel]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackTypeModel

        return self._client.request(
            "patch",
            "/projects/{id}/feedback-types",
            path_params={
                "id": id,
            },
            body=request_body,
            error_models={422: "HTTPValidationError"},
            cast_to=List[FeedbackTypeModel],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def deactivate_config(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Remove the project's active config, if set.

        This has no effect if the project does not have an active model config set.

        Deactivate Config: ``DELETE /projects/{id}/active-config``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will delete the active config for the default environment.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request(
            "delete",
            "/projects/{id}/active-config",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_active_config(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelConfigResponse:
        """Retrieves a config to use to execute your model.

        A config will be selected based on the project's active config/experiment settings.

        Get Active Config: ``GET /projects/{id}/active-config``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will return the active config for the default environment.
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
            "/projects/{id}/active-config",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
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

    def deactivate_experiment(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Remove the project's active experiment, if set.

        This has no effect if the project does not have an active experiment set.

        Deactivate Experiment: ``DELETE /projects/{id}/active-experiment``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will return the experiment for the default environment.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request(
            "delete",
            "/projects/{id}/active-experiment",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_deployed_config(
        self,
        *,
        project_id: str,
        environment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Dict[str, Any]:
        """Remove the model config deployed to environment.

        This has no effect if the project does not have an active model config set.

        Delete Deployed Config: ``DELETE /projects/{project_id}/deployed-config/{environment_id}``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          environment_id: String ID of environment. Starts with `env_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``Dict[str, Any]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        return self._client.request(
            "delete",
            "/projects/{project_id}/deployed-config/{environment_id}",
            path_params={
                "project_id": project_id,
                "environment_id": environment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=Dict[str, Any],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def deploy_config(
        self,
        *,
        project_id: str,
        config_id: str | NotGiven = NOT_GIVEN,
        experiment_id: str | NotGiven = NOT_GIVEN,
        environments: Sequence[EnvironmentRequest | EnvironmentRequestParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EnvironmentProjectConfigResponse]:
        """Deploy a model config to an environment.

        If the environment already has a model config deployed, it will be replaced.

        Deploy Config: ``PATCH /projects/{project_id}/deploy-config``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          config_id: Model config unique identifier generated by Humanloop.
          experiment_id: String ID of experiment. Starts with `exp_`.
          environments: List of environments to associate with the model config.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EnvironmentProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EnvironmentProjectConfigResponse

        return self._client.request(
            "patch",
            "/projects/{project_id}/deploy-config",
            path_params={
                "project_id": project_id,
            },
            body={
                "config_id": config_id,
                "experiment_id": experiment_id,
                "environments": environments,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EnvironmentProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def export(
        self,
        *,
        id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[LogResponse]:
        """Export all logged datapoints associated to your project.

        Results are paginated and sorts the datapoints based on `created_at` in descending
        order.

        Export: ``POST /projects/{id}/export``

        Args:
          id: String ID of project. Starts with `pr_`.
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of logs to export.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``LogResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return self._client.request_page(
            "post",
            "/projects/{id}/export",
            path_params={
                "id": id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=SyncPage[LogResponse],
            item_type=LogResponse,
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

    def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Get a specific project.

        Get: ``GET /projects/{id}``

        Args:
          id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request(
            "get",
            "/projects/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
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
        name: str | NotGiven = NOT_GIVEN,
        active_experiment_id: str | NotGiven = NOT_GIVEN,
        active_config_id: str | NotGiven = NOT_GIVEN,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Update a specific project.

        Set the project's active model config/experiment by passing either
        `active_experiment_id` or `active_model_config_id`. These will be set to the Default
        environment unless a list of environments are also passed in specifically detailing
        which environments to assign the active config or experiment. Set the feedback labels to
        be treated as positive user feedback used in calculating top-level project metrics by
        passing a list of labels in `positive_labels`.

        Update: ``PATCH /projects/{id}``

        Args:
          id: String ID of project. Starts with `pr_`.
          name: The new unique project name. Caution, if you are using the project name
            as the unique identifier in your API calls, changing the name will break the
            calls.
          active_experiment_id: ID for an experiment to set as the project's active
            deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and
            'active_model_config_id' can be set.
          active_config_id: ID for a config to set as the project's active deployment.
            Starts with 'config_'. At most one of 'active_experiment_id' and
            'active_config_id' can be set.
          positive_labels: The full list of labels to treat as positive user feedback.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return self._client.request(
            "patch",
            "/projects/{id}",
            path_params={
                "id": id,
            },
            body={
                "name": name,
                "active_experiment_id": active_experiment_id,
                "active_config_id": active_config_id,
                "positive_labels": positive_labels,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_configs(
        self,
        *,
        id: str,
        evaluation_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[ProjectConfigResponse]:
        """Get an array of configs associated to your project.

        List Configs: ``GET /projects/{id}/configs``

        Args:
          id: String ID of project. Starts with `pr_`.
          evaluation_aggregates: Whether to include evaluator aggregates for each config
            in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[ProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectConfigResponse

        return self._client.request(
            "get",
            "/projects/{id}/configs",
            path_params={
                "id": id,
            },
            query={
                "evaluation_aggregates": evaluation_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[ProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_deployed_configs(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EnvironmentProjectConfigResponse]:
        """Get an array of environments with the deployed configs associated to your project.

        List Deployed Configs: ``GET /projects/{id}/deployed-configs``

        Args:
          id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EnvironmentProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EnvironmentProjectConfigResponse

        return self._client.request(
            "get",
            "/projects/{id}/deployed-configs",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EnvironmentProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ProjectsWithRawResponse:
    """:class:`Projects` methods that return the raw HTTP response."""

    def __init__(self, resource: Projects) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.create_feedback_type = to_raw_response_wrapper(resource.create_feedback_type)
        self.update_feedback_types = to_raw_response_wrapper(resource.update_feedback_types)
        self.deactivate_config = to_raw_response_wrapper(resource.deactivate_config)
        self.get_active_config = to_raw_response_wrapper(resource.get_active_config)
        self.deactivate_experiment = to_raw_response_wrapper(resource.deactivate_experiment)
        self.delete_deployed_config = to_raw_response_wrapper(resource.delete_deployed_config)
        self.deploy_config = to_raw_response_wrapper(resource.deploy_config)
        self.export = to_raw_response_wrapper(resource.export)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.list_configs = to_raw_response_wrapper(resource.list_configs)
        self.list_deployed_configs = to_raw_response_wrapper(resource.list_deployed_configs)


class ProjectsWithStreamingResponse:
    """:class:`Projects` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: Projects) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.create_feedback_type = to_streamed_response_wrapper(resource.create_feedback_type)
        self.update_feedback_types = to_streamed_response_wrapper(resource.update_feedback_types)
        self.deactivate_config = to_streamed_response_wrapper(resource.deactivate_config)
        self.get_active_config = to_streamed_response_wrapper(resource.get_active_config)
        self.deactivate_experiment = to_streamed_response_wrapper(resource.deactivate_experiment)
        self.delete_deployed_config = to_streamed_response_wrapper(resource.delete_deployed_config)
        self.deploy_config = to_streamed_response_wrapper(resource.deploy_config)
        self.export = to_streamed_response_wrapper(resource.export)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.list_configs = to_streamed_response_wrapper(resource.list_configs)
        self.list_deployed_configs = to_streamed_response_wrapper(resource.list_deployed_configs)


class AsyncProjects:
    """Projects, their configs, deployments and feedback types."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same methods, returning the raw HTTP response (call ``.parse()`` for the model)."""
        return AsyncProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        """The same methods, each returning a context manager around the HTTP response before its body is read (``iter_bytes()``, ``iter_lines()``, ``parse()``)."""
        return AsyncProjectsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        feedback_types: (
            Sequence[FeedbackTypeRequest | FeedbackTypeRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Create a new project.

        Create: ``POST /projects``

        Args:
          name: Unique project name.
          feedback_types: Feedback types to be created.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request(
            "post",
            "/projects",
            body={
                "name": name,
                "feedback_types": feedback_types,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
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
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        user_filter: str | NotGiven = NOT_GIVEN,
        sort_by: ProjectSortBy | Literal["created_at", "updated_at", "name"] | NotGiven = NOT_GIVEN,
        order: SortOrder | Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ProjectResponse]:
        """Get a paginated list of projects.

        List: ``GET /projects``

        Args:
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of projects to fetch.
            The server's default is ``10``.
          organization_id: ID of organization that fetched projects belong to. Starts
            with `org_`.
          filter: Case-insensitive filter for project name.
          user_filter: Case-insensitive filter for users in the project. This filter
            matches against both email address and name of users.
          sort_by: Field to sort projects by
          order: Direction to sort by.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``ProjectResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request_page(
            "get",
            "/projects",
            query={
                "page": page,
                "size": size,
                "organization_id": organization_id,
                "filter": filter,
                "user_filter": user_filter,
                "sort_by": sort_by,
                "order": order,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=AsyncPage[ProjectResponse],
            item_type=ProjectResponse,
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

    async def create_feedback_type(
        self,
        *,
        id: str,
        type: str,
        values: Sequence[FeedbackLabelRequest | FeedbackLabelRequestParam] | NotGiven = NOT_GIVEN,
        class_: (
            FeedbackClass | Literal["select", "multi_select", "text", "number"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FeedbackTypeModel:
        """Create Feedback Type

        Create Feedback Type: ``POST /projects/{id}/feedback-types``

        Args:
          id: String ID of project. Starts with `pr_`.
          type: The type of feedback to update.
          values: The feedback values to be available. This field should only be
            populated when updating a 'select' or 'multi_select' feedback class.
          class_: The data type associated to this feedback type; whether it is a
            'text'/'select'/'multi_select'. This is optional when updating the default
            feedback types (i.e. when `type` is 'rating', 'action' or 'issue')
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``FeedbackTypeModel``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackTypeModel

        return await self._client.request(
            "post",
            "/projects/{id}/feedback-types",
            path_params={
                "id": id,
            },
            body={
                "type": type,
                "values": values,
                "class": class_,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=FeedbackTypeModel,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_feedback_types(
        self,
        *,
        id: str,
        request_body: Sequence[FeedbackTypeRequest | FeedbackTypeRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[FeedbackTypeModel]:
        """Update feedback types.

        Allows enabling the available feedback types and setting status of feedback
        types/categorical values. This behaves like an upsert; any feedback categorical values
        that do not already exist in the project will be created.

        Update Feedback Types: ``PATCH /projects/{id}/feedback-types``

        Args:
          id: String ID of project. Starts with `pr_`.
          request_body: The feedback types to create or update.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[FeedbackTypeModel]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import FeedbackTypeModel

        return await self._client.request(
            "patch",
            "/projects/{id}/feedback-types",
            path_params={
                "id": id,
            },
            body=request_body,
            error_models={422: "HTTPValidationError"},
            cast_to=List[FeedbackTypeModel],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def deactivate_config(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Remove the project's active config, if set.

        This has no effect if the project does not have an active model config set.

        Deactivate Config: ``DELETE /projects/{id}/active-config``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will delete the active config for the default environment.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request(
            "delete",
            "/projects/{id}/active-config",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_active_config(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelConfigResponse:
        """Retrieves a config to use to execute your model.

        A config will be selected based on the project's active config/experiment settings.

        Get Active Config: ``GET /projects/{id}/active-config``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will return the active config for the default environment.
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
            "/projects/{id}/active-config",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
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

    async def deactivate_experiment(
        self,
        *,
        id: str,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Remove the project's active experiment, if set.

        This has no effect if the project does not have an active experiment set.

        Deactivate Experiment: ``DELETE /projects/{id}/active-experiment``

        Args:
          id: String ID of project. Starts with `pr_`.
          environment: Name for the environment. E.g. 'production'. If not provided,
            will return the experiment for the default environment.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request(
            "delete",
            "/projects/{id}/active-experiment",
            path_params={
                "id": id,
            },
            query={
                "environment": environment,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_deployed_config(
        self,
        *,
        project_id: str,
        environment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Dict[str, Any]:
        """Remove the model config deployed to environment.

        This has no effect if the project does not have an active model config set.

        Delete Deployed Config: ``DELETE /projects/{project_id}/deployed-config/{environment_id}``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          environment_id: String ID of environment. Starts with `env_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``Dict[str, Any]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        return await self._client.request(
            "delete",
            "/projects/{project_id}/deployed-config/{environment_id}",
            path_params={
                "project_id": project_id,
                "environment_id": environment_id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=Dict[str, Any],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def deploy_config(
        self,
        *,
        project_id: str,
        config_id: str | NotGiven = NOT_GIVEN,
        experiment_id: str | NotGiven = NOT_GIVEN,
        environments: Sequence[EnvironmentRequest | EnvironmentRequestParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EnvironmentProjectConfigResponse]:
        """Deploy a model config to an environment.

        If the environment already has a model config deployed, it will be replaced.

        Deploy Config: ``PATCH /projects/{project_id}/deploy-config``

        Args:
          project_id: String ID of project. Starts with `pr_`.
          config_id: Model config unique identifier generated by Humanloop.
          experiment_id: String ID of experiment. Starts with `exp_`.
          environments: List of environments to associate with the model config.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EnvironmentProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EnvironmentProjectConfigResponse

        return await self._client.request(
            "patch",
            "/projects/{project_id}/deploy-config",
            path_params={
                "project_id": project_id,
            },
            body={
                "config_id": config_id,
                "experiment_id": experiment_id,
                "environments": environments,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EnvironmentProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def export(
        self,
        *,
        id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[LogResponse]:
        """Export all logged datapoints associated to your project.

        Results are paginated and sorts the datapoints based on `created_at` in descending
        order.

        Export: ``POST /projects/{id}/export``

        Args:
          id: String ID of project. Starts with `pr_`.
          page: Page offset for pagination.
            The server's default is ``0``.
          size: Page size for pagination. Number of logs to export.
            The server's default is ``10``.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          A page of ``LogResponse``; iterating it fetches later pages as needed.

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import LogResponse

        return await self._client.request_page(
            "post",
            "/projects/{id}/export",
            path_params={
                "id": id,
            },
            query={
                "page": page,
                "size": size,
            },
            error_models={422: "HTTPValidationError"},
            page_cls=AsyncPage[LogResponse],
            item_type=LogResponse,
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

    async def get(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Get a specific project.

        Get: ``GET /projects/{id}``

        Args:
          id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request(
            "get",
            "/projects/{id}",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
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
        name: str | NotGiven = NOT_GIVEN,
        active_experiment_id: str | NotGiven = NOT_GIVEN,
        active_config_id: str | NotGiven = NOT_GIVEN,
        positive_labels: Sequence[PositiveLabel | PositiveLabelParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProjectResponse:
        """Update a specific project.

        Set the project's active model config/experiment by passing either
        `active_experiment_id` or `active_model_config_id`. These will be set to the Default
        environment unless a list of environments are also passed in specifically detailing
        which environments to assign the active config or experiment. Set the feedback labels to
        be treated as positive user feedback used in calculating top-level project metrics by
        passing a list of labels in `positive_labels`.

        Update: ``PATCH /projects/{id}``

        Args:
          id: String ID of project. Starts with `pr_`.
          name: The new unique project name. Caution, if you are using the project name
            as the unique identifier in your API calls, changing the name will break the
            calls.
          active_experiment_id: ID for an experiment to set as the project's active
            deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and
            'active_model_config_id' can be set.
          active_config_id: ID for a config to set as the project's active deployment.
            Starts with 'config_'. At most one of 'active_experiment_id' and
            'active_config_id' can be set.
          positive_labels: The full list of labels to treat as positive user feedback.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``ProjectResponse``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectResponse

        return await self._client.request(
            "patch",
            "/projects/{id}",
            path_params={
                "id": id,
            },
            body={
                "name": name,
                "active_experiment_id": active_experiment_id,
                "active_config_id": active_config_id,
                "positive_labels": positive_labels,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=ProjectResponse,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_configs(
        self,
        *,
        id: str,
        evaluation_aggregates: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[ProjectConfigResponse]:
        """Get an array of configs associated to your project.

        List Configs: ``GET /projects/{id}/configs``

        Args:
          id: String ID of project. Starts with `pr_`.
          evaluation_aggregates: Whether to include evaluator aggregates for each config
            in the response.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[ProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import ProjectConfigResponse

        return await self._client.request(
            "get",
            "/projects/{id}/configs",
            path_params={
                "id": id,
            },
            query={
                "evaluation_aggregates": evaluation_aggregates,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[ProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_deployed_configs(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[EnvironmentProjectConfigResponse]:
        """Get an array of environments with the deployed configs associated to your project.

        List Deployed Configs: ``GET /projects/{id}/deployed-configs``

        Args:
          id: String ID of project. Starts with `pr_`.
          extra_headers: Headers to send with this request, beside the client's.
          extra_query: Query parameters to add to this request.
          extra_body: Fields to add to this request's JSON body.
          timeout: Timeout for this request, in seconds or as an ``httpx.Timeout``.

        Returns:
          ``List[EnvironmentProjectConfigResponse]``

        Raises:
          UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``.
          APIStatusError: any other non-success status (every status error derives from it).
          APIConnectionError: the API could not be reached, after retries (``APITimeoutError``
            when it did not answer in time).
        """
        from ..types import EnvironmentProjectConfigResponse

        return await self._client.request(
            "get",
            "/projects/{id}/deployed-configs",
            path_params={
                "id": id,
            },
            error_models={422: "HTTPValidationError"},
            cast_to=List[EnvironmentProjectConfigResponse],
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncProjectsWithRawResponse:
    """:class:`AsyncProjects` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncProjects) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create_feedback_type = async_to_raw_response_wrapper(resource.create_feedback_type)
        self.update_feedback_types = async_to_raw_response_wrapper(resource.update_feedback_types)
        self.deactivate_config = async_to_raw_response_wrapper(resource.deactivate_config)
        self.get_active_config = async_to_raw_response_wrapper(resource.get_active_config)
        self.deactivate_experiment = async_to_raw_response_wrapper(resource.deactivate_experiment)
        self.delete_deployed_config = async_to_raw_response_wrapper(resource.delete_deployed_config)
        self.deploy_config = async_to_raw_response_wrapper(resource.deploy_config)
        self.export = async_to_raw_response_wrapper(resource.export)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list_configs = async_to_raw_response_wrapper(resource.list_configs)
        self.list_deployed_configs = async_to_raw_response_wrapper(resource.list_deployed_configs)


class AsyncProjectsWithStreamingResponse:
    """:class:`AsyncProjects` methods that return a context manager around the unread HTTP response."""

    def __init__(self, resource: AsyncProjects) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create_feedback_type = async_to_streamed_response_wrapper(
            resource.create_feedback_type
        )
        self.update_feedback_types = async_to_streamed_response_wrapper(
            resource.update_feedback_types
        )
        self.deactivate_config = async_to_streamed_response_wrapper(resource.deactivate_config)
        self.get_active_config = async_to_streamed_response_wrapper(resource.get_active_config)
        self.deactivate_experiment = async_to_streamed_response_wrapper(
            resource.deactivate_experiment
        )
        self.delete_deployed_config = async_to_streamed_response_wrapper(
            resource.delete_deployed_config
        )
        self.deploy_config = async_to_streamed_response_wrapper(resource.deploy_config)
        self.export = async_to_streamed_response_wrapper(resource.export)
        self.get = async_to_streamed_response_wrapper(resource.get)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.list_configs = async_to_streamed_response_wrapper(resource.list_configs)
        self.list_deployed_configs = async_to_streamed_response_wrapper(
            resource.list_deployed_configs
        )
