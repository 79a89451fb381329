"""Models of the Humanloop API, and the TypedDicts (``…Param``) its requests take.

Each model is defined in a module of its own, imported on first access of the model (with the
models it refers to); the TypedDicts are defined in one module, imported on first access of any
of them. So importing the SDK, or using a few models of a big API, stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_config_request import (
        AgentConfigRequest as AgentConfigRequest,
    )
    from .agent_config_response import (
        AgentConfigResponse as AgentConfigResponse,
    )
    from .base_metric_response import (
        BaseMetricResponse as BaseMetricResponse,
    )
    from .categorical_feedback_label import (
        CategoricalFeedbackLabel as CategoricalFeedbackLabel,
    )
    from .chat_data_response import (
        ChatDataResponse as ChatDataResponse,
    )
    from .chat_deployed_request import (
        ChatDeployedRequest as ChatDeployedRequest,
    )
    from .chat_experiment_request import (
        ChatExperimentRequest as ChatExperimentRequest,
    )
    from .chat_message import (
        ChatMessage as ChatMessage,
    )
    from .chat_model_config_request import (
        ChatModelConfigRequest as ChatModelConfigRequest,
    )
    from .chat_request import (
        ChatRequest as ChatRequest,
    )
    from .chat_response import (
        ChatResponse as ChatResponse,
    )
    from .chat_response_chunk import (
        ChatResponseChunk as ChatResponseChunk,
    )
    from .chat_role import (
        ChatRole as ChatRole,
    )
    from .completion_deployed_request import (
        CompletionDeployedRequest as CompletionDeployedRequest,
    )
    from .completion_experiment_request import (
        CompletionExperimentRequest as CompletionExperimentRequest,
    )
    from .completion_model_config_request import (
        CompletionModelConfigRequest as CompletionModelConfigRequest,
    )
    from .completion_request import (
        CompletionRequest as CompletionRequest,
    )
    from .completion_response import (
        CompletionResponse as CompletionResponse,
    )
    from .completion_response_chunk import (
        CompletionResponseChunk as CompletionResponseChunk,
    )
    from .config_response import (
        ConfigResponse as ConfigResponse,
    )
    from .config_type import (
        ConfigType as ConfigType,
    )
    from .create_datapoint_request import (
        CreateDatapointRequest as CreateDatapointRequest,
    )
    from .create_datapoints_by_logs_request import (
        CreateDatapointsByLogsRequest as CreateDatapointsByLogsRequest,
    )
    from .create_dataset_request import (
        CreateDatasetRequest as CreateDatasetRequest,
    )
    from .create_evaluation_request import (
        CreateEvaluationRequest as CreateEvaluationRequest,
    )
    from .create_evaluator_request import (
        CreateEvaluatorRequest as CreateEvaluatorRequest,
    )
    from .create_experiment_request import (
        CreateExperimentRequest as CreateExperimentRequest,
    )
    from .create_log_response import (
        CreateLogResponse as CreateLogResponse,
    )
    from .create_project_request import (
        CreateProjectRequest as CreateProjectRequest,
    )
    from .create_session_response import (
        CreateSessionResponse as CreateSessionResponse,
    )
    from .data_response import (
        DataResponse as DataResponse,
    )
    from .datapoint_response import (
        DatapointResponse as DatapointResponse,
    )
    from .dataset_response import (
        DatasetResponse as DatasetResponse,
    )
    from .datasets_create_datapoint_request import (
        DatasetsCreateDatapointRequest as DatasetsCreateDatapointRequest,
    )
    from .environment_project_config_request import (
        EnvironmentProjectConfigRequest as EnvironmentProjectConfigRequest,
    )
    from .environment_project_config_response import (
        EnvironmentProjectConfigResponse as EnvironmentProjectConfigResponse,
    )
    from .environment_request import (
        EnvironmentRequest as EnvironmentRequest,
    )
    from .evaluation_datapoint_snapshot_response import (
        EvaluationDatapointSnapshotResponse as EvaluationDatapointSnapshotResponse,
    )
    from .evaluation_response import (
        EvaluationResponse as EvaluationResponse,
    )
    from .evaluation_result_response import (
        EvaluationResultResponse as EvaluationResultResponse,
    )
    from .evaluation_status import (
        EvaluationStatus as EvaluationStatus,
    )
    from .evaluator_arguments_type import (
        EvaluatorArgumentsType as EvaluatorArgumentsType,
    )
    from .evaluator_response import (
        EvaluatorResponse as EvaluatorResponse,
    )
    from .evaluator_return_type_enum import (
        EvaluatorReturnTypeEnum as EvaluatorReturnTypeEnum,
    )
    from .experiment_config_response import (
        ExperimentConfigResponse as ExperimentConfigResponse,
    )
    from .experiment_response import (
        ExperimentResponse as ExperimentResponse,
    )
    from .experiment_status import (
        ExperimentStatus as ExperimentStatus,
    )
    from .feedback import (
        Feedback as Feedback,
    )
    from .feedback_class import (
        FeedbackClass as FeedbackClass,
    )
    from .feedback_label_request import (
        FeedbackLabelRequest as FeedbackLabelRequest,
    )
    from .feedback_request import (
        FeedbackRequest as FeedbackRequest,
    )
    from .feedback_response import (
        FeedbackResponse as FeedbackResponse,
    )
    from .feedback_submit_request import (
        FeedbackSubmitRequest as FeedbackSubmitRequest,
    )
    from .feedback_submit_response import (
        FeedbackSubmitResponse as FeedbackSubmitResponse,
    )
    from .feedback_type import (
        FeedbackType as FeedbackType,
    )
    from .feedback_type_model import (
        FeedbackTypeModel as FeedbackTypeModel,
    )
    from .feedback_type_request import (
        FeedbackTypeRequest as FeedbackTypeRequest,
    )
    from .finetune_config import (
        FinetuneConfig as FinetuneConfig,
    )
    from .finetune_data_summary import (
        FinetuneDataSummary as FinetuneDataSummary,
    )
    from .finetune_request import (
        FinetuneRequest as FinetuneRequest,
    )
    from .finetune_response import (
        FinetuneResponse as FinetuneResponse,
    )
    from .generic_config_request import (
        GenericConfigRequest as GenericConfigRequest,
    )
    from .generic_config_response import (
        GenericConfigResponse as GenericConfigResponse,
    )
    from .get_model_config_response import (
        GetModelConfigResponse as GetModelConfigResponse,
    )
    from .http_validation_error import (
        HTTPValidationError as HTTPValidationError,
    )
    from .label_sentiment import (
        LabelSentiment as LabelSentiment,
    )
    from .log_datapoint_request import (
        LogDatapointRequest as LogDatapointRequest,
    )
    from .log_request import (
        LogRequest as LogRequest,
    )
    from .log_response import (
        LogResponse as LogResponse,
    )
    from .logs_log_response import (
        LogsLogResponse as LogsLogResponse,
    )
    from .model_config_chat_request import (
        ModelConfigChatRequest as ModelConfigChatRequest,
    )
    from .model_config_completion_request import (
        ModelConfigCompletionRequest as ModelConfigCompletionRequest,
    )
    from .model_config_evaluator_aggregate_response import (
        ModelConfigEvaluatorAggregateResponse as ModelConfigEvaluatorAggregateResponse,
    )
    from .model_config_request import (
        ModelConfigRequest as ModelConfigRequest,
    )
    from .model_config_response import (
        ModelConfigResponse as ModelConfigResponse,
    )
    from .model_config_tool_request import (
        ModelConfigToolRequest as ModelConfigToolRequest,
    )
    from .model_endpoints import (
        ModelEndpoints as ModelEndpoints,
    )
    from .model_providers import (
        ModelProviders as ModelProviders,
    )
    from .paginated_data_datapoint_response import (
        PaginatedDataDatapointResponse as PaginatedDataDatapointResponse,
    )
    from .paginated_data_evaluation_datapoint_snapshot_response import (
        PaginatedDataEvaluationDatapointSnapshotResponse as PaginatedDataEvaluationDatapointSnapshotResponse,
    )
    from .paginated_data_log_response import (
        PaginatedDataLogResponse as PaginatedDataLogResponse,
    )
    from .paginated_data_project_response import (
        PaginatedDataProjectResponse as PaginatedDataProjectResponse,
    )
    from .paginated_data_session_response import (
        PaginatedDataSessionResponse as PaginatedDataSessionResponse,
    )
    from .positive_label import (
        PositiveLabel as PositiveLabel,
    )
    from .project_config_response import (
        ProjectConfigResponse as ProjectConfigResponse,
    )
    from .project_model_config_feedback_stats_response import (
        ProjectModelConfigFeedbackStatsResponse as ProjectModelConfigFeedbackStatsResponse,
    )
    from .project_model_config_request import (
        ProjectModelConfigRequest as ProjectModelConfigRequest,
    )
    from .project_response import (
        ProjectResponse as ProjectResponse,
    )
    from .project_sort_by import (
        ProjectSortBy as ProjectSortBy,
    )
    from .project_user_response import (
        ProjectUserResponse as ProjectUserResponse,
    )
    from .provider_api_keys import (
        ProviderApiKeys as ProviderApiKeys,
    )
    from .session_project_response import (
        SessionProjectResponse as SessionProjectResponse,
    )
    from .session_response import (
        SessionResponse as SessionResponse,
    )
    from .sort_order import (
        SortOrder as SortOrder,
    )
    from .tool_call import (
        ToolCall as ToolCall,
    )
    from .tool_config_request import (
        ToolConfigRequest as ToolConfigRequest,
    )
    from .tool_config_response import (
        ToolConfigResponse as ToolConfigResponse,
    )
    from .tool_result_response import (
        ToolResultResponse as ToolResultResponse,
    )
    from .update_datapoint_request import (
        UpdateDatapointRequest as UpdateDatapointRequest,
    )
    from .update_dataset_request import (
        UpdateDatasetRequest as UpdateDatasetRequest,
    )
    from .update_evaluator_request import (
        UpdateEvaluatorRequest as UpdateEvaluatorRequest,
    )
    from .update_experiment_request import (
        UpdateExperimentRequest as UpdateExperimentRequest,
    )
    from .update_finetune_request import (
        UpdateFinetuneRequest as UpdateFinetuneRequest,
    )
    from .update_log_request import (
        UpdateLogRequest as UpdateLogRequest,
    )
    from .update_project_request import (
        UpdateProjectRequest as UpdateProjectRequest,
    )
    from .usage import (
        Usage as Usage,
    )
    from .validation_error import (
        ValidationError as ValidationError,
    )
    from ._params import (
        AgentConfigRequestParam as AgentConfigRequestParam,
        ChatDeployedRequestParam as ChatDeployedRequestParam,
        ChatExperimentRequestParam as ChatExperimentRequestParam,
        ChatMessageParam as ChatMessageParam,
        ChatModelConfigRequestParam as ChatModelConfigRequestParam,
        ChatRequestParam as ChatRequestParam,
        CompletionDeployedRequestParam as CompletionDeployedRequestParam,
        CompletionExperimentRequestParam as CompletionExperimentRequestParam,
        CompletionModelConfigRequestParam as CompletionModelConfigRequestParam,
        CompletionRequestParam as CompletionRequestParam,
        CreateDatapointRequestParam as CreateDatapointRequestParam,
        CreateDatapointsByLogsRequestParam as CreateDatapointsByLogsRequestParam,
        CreateDatasetRequestParam as CreateDatasetRequestParam,
        CreateEvaluationRequestParam as CreateEvaluationRequestParam,
        CreateEvaluatorRequestParam as CreateEvaluatorRequestParam,
        CreateExperimentRequestParam as CreateExperimentRequestParam,
        CreateProjectRequestParam as CreateProjectRequestParam,
        DatasetsCreateDatapointRequestParam as DatasetsCreateDatapointRequestParam,
        EnvironmentProjectConfigRequestParam as EnvironmentProjectConfigRequestParam,
        EnvironmentRequestParam as EnvironmentRequestParam,
        FeedbackParam as FeedbackParam,
        FeedbackLabelRequestParam as FeedbackLabelRequestParam,
        FeedbackRequestParam as FeedbackRequestParam,
        FeedbackSubmitRequestParam as FeedbackSubmitRequestParam,
        FeedbackTypeRequestParam as FeedbackTypeRequestParam,
        FinetuneConfigParam as FinetuneConfigParam,
        FinetuneRequestParam as FinetuneRequestParam,
        GenericConfigRequestParam as GenericConfigRequestParam,
        LogDatapointRequestParam as LogDatapointRequestParam,
        LogRequestParam as LogRequestParam,
        ModelConfigChatRequestParam as ModelConfigChatRequestParam,
        ModelConfigCompletionRequestParam as ModelConfigCompletionRequestParam,
        ModelConfigRequestParam as ModelConfigRequestParam,
        ModelConfigToolRequestParam as ModelConfigToolRequestParam,
        PositiveLabelParam as PositiveLabelParam,
        ProjectModelConfigRequestParam as ProjectModelConfigRequestParam,
        ProviderApiKeysParam as ProviderApiKeysParam,
        ToolCallParam as ToolCallParam,
        ToolConfigRequestParam as ToolConfigRequestParam,
        UpdateDatapointRequestParam as UpdateDatapointRequestParam,
        UpdateDatasetRequestParam as UpdateDatasetRequestParam,
        UpdateEvaluatorRequestParam as UpdateEvaluatorRequestParam,
        UpdateExperimentRequestParam as UpdateExperimentRequestParam,
        UpdateFinetuneRequestParam as UpdateFinetuneRequestParam,
        UpdateLogRequestParam as UpdateLogRequestParam,
        UpdateProjectRequestParam as UpdateProjectRequestParam,
    )

__all__ = [
    "AgentConfigRequest",
    "AgentConfigResponse",
    "BaseMetricResponse",
    "CategoricalFeedbackLabel",
    "ChatDataResponse",
    "ChatDeployedRequest",
    "ChatExperimentRequest",
    "ChatMessage",
    "ChatModelConfigRequest",
    "ChatRequest",
    "ChatResponse",
    "ChatResponseChunk",
    "ChatRole",
    "CompletionDeployedRequest",
    "CompletionExperimentRequest",
    "CompletionModelConfigRequest",
    "CompletionRequest",
    "CompletionResponse",
    "CompletionResponseChunk",
    "ConfigResponse",
    "ConfigType",
    "CreateDatapointRequest",
    "CreateDatapointsByLogsRequest",
    "CreateDatasetRequest",
    "CreateEvaluationRequest",
    "CreateEvaluatorRequest",
    "CreateExperimentRequest",
    "CreateLogResponse",
    "CreateProjectRequest",
    "CreateSessionResponse",
    "DataResponse",
    "DatapointResponse",
    "DatasetResponse",
    "DatasetsCreateDatapointRequest",
    "EnvironmentProjectConfigRequest",
    "EnvironmentProjectConfigResponse",
    "EnvironmentRequest",
    "EvaluationDatapointSnapshotResponse",
    "EvaluationResponse",
    "EvaluationResultResponse",
    "EvaluationStatus",
    "EvaluatorArgumentsType",
    "EvaluatorResponse",
    "EvaluatorReturnTypeEnum",
    "ExperimentConfigResponse",
    "ExperimentResponse",
    "ExperimentStatus",
    "Feedback",
    "FeedbackClass",
    "FeedbackLabelRequest",
    "FeedbackRequest",
    "FeedbackResponse",
    "FeedbackSubmitRequest",
    "FeedbackSubmitResponse",
    "FeedbackType",
    "FeedbackTypeModel",
    "FeedbackTypeRequest",
    "FinetuneConfig",
    "FinetuneDataSummary",
    "FinetuneRequest",
    "FinetuneResponse",
    "GenericConfigRequest",
    "GenericConfigResponse",
    "GetModelConfigResponse",
    "HTTPValidationError",
    "LabelSentiment",
    "LogDatapointRequest",
    "LogRequest",
    "LogResponse",
    "LogsLogResponse",
    "ModelConfigChatRequest",
    "ModelConfigCompletionRequest",
    "ModelConfigEvaluatorAggregateResponse",
    "ModelConfigRequest",
    "ModelConfigResponse",
    "ModelConfigToolRequest",
    "ModelEndpoints",
    "ModelProviders",
    "PaginatedDataDatapointResponse",
    "PaginatedDataEvaluationDatapointSnapshotResponse",
    "PaginatedDataLogResponse",
    "PaginatedDataProjectResponse",
    "PaginatedDataSessionResponse",
    "PositiveLabel",
    "ProjectConfigResponse",
    "ProjectModelConfigFeedbackStatsResponse",
    "ProjectModelConfigRequest",
    "ProjectResponse",
    "ProjectSortBy",
    "ProjectUserResponse",
    "ProviderApiKeys",
    "SessionProjectResponse",
    "SessionResponse",
    "SortOrder",
    "ToolCall",
    "ToolConfigRequest",
    "ToolConfigResponse",
    "ToolResultResponse",
    "UpdateDatapointRequest",
    "UpdateDatasetRequest",
    "UpdateEvaluatorRequest",
    "UpdateExperimentRequest",
    "UpdateFinetuneRequest",
    "UpdateLogRequest",
    "UpdateProjectRequest",
    "Usage",
    "ValidationError",
    "AgentConfigRequestParam",
    "ChatDeployedRequestParam",
    "ChatExperimentRequestParam",
    "ChatMessageParam",
    "ChatModelConfigRequestParam",
    "ChatRequestParam",
    "CompletionDeployedRequestParam",
    "CompletionExperimentRequestParam",
    "CompletionModelConfigRequestParam",
    "CompletionRequestParam",
    "CreateDatapointRequestParam",
    "CreateDatapointsByLogsRequestParam",
    "CreateDatasetRequestParam",
    "CreateEvaluationRequestParam",
    "CreateEvaluatorRequestParam",
    "CreateExperimentRequestParam",
    "CreateProjectRequestParam",
    "DatasetsCreateDatapointRequestParam",
    "EnvironmentProjectConfigRequestParam",
    "EnvironmentRequestParam",
    "FeedbackParam",
    "FeedbackLabelRequestParam",
    "FeedbackRequestParam",
    "FeedbackSubmitRequestParam",
    "FeedbackTypeRequestParam",
    "FinetuneConfigParam",
    "FinetuneRequestParam",
    "GenericConfigRequestParam",
    "LogDatapointRequestParam",
    "LogRequestParam",
    "ModelConfigChatRequestParam",
    "ModelConfigCompletionRequestParam",
    "ModelConfigRequestParam",
    "ModelConfigToolRequestParam",
    "PositiveLabelParam",
    "ProjectModelConfigRequestParam",
    "ProviderApiKeysParam",
    "ToolCallParam",
    "ToolConfigRequestParam",
    "UpdateDatapointRequestParam",
    "UpdateDatasetRequestParam",
    "UpdateEvaluatorRequestParam",
    "UpdateExperimentRequestParam",
    "UpdateFinetuneRequestParam",
    "UpdateLogRequestParam",
    "UpdateProjectRequestParam",
]
#: Name → the module under this package that defines it.
_MODULES: dict[str, str] = {
    "AgentConfigRequest": ".agent_config_request",
    "AgentConfigResponse": ".agent_config_response",
    "BaseMetricResponse": ".base_metric_response",
    "CategoricalFeedbackLabel": ".categorical_feedback_label",
    "ChatDataResponse": ".chat_data_response",
    "ChatDeployedRequest": ".chat_deployed_request",
    "ChatExperimentRequest": ".chat_experiment_request",
    "ChatMessage": ".chat_message",
    "ChatModelConfigRequest": ".chat_model_config_request",
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "ChatResponseChunk": ".chat_response_chunk",
    "ChatRole": ".chat_role",
    "CompletionDeployedRequest": ".completion_deployed_request",
    "CompletionExperimentRequest": ".completion_experiment_request",
    "CompletionModelConfigRequest": ".completion_model_config_request",
    "CompletionRequest": ".completion_request",
    "CompletionResponse": ".completion_response",
    "CompletionResponseChunk": ".completion_response_chunk",
    "ConfigResponse": ".config_response",
    "ConfigType": ".config_type",
    "CreateDatapointRequest": ".create_datapoint_request",
    "CreateDatapointsByLogsRequest": ".create_datapoints_by_logs_request",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateEvaluationRequest": ".create_evaluation_request",
    "CreateEvaluatorRequest": ".create_evaluator_request",
    "CreateExperimentRequest": ".create_experiment_request",
    "CreateLogResponse": ".create_log_response",
    "CreateProjectRequest": ".create_project_request",
    "CreateSessionResponse": ".create_session_response",
    "DataResponse": ".data_response",
    "DatapointResponse": ".datapoint_response",
    "DatasetResponse": ".dataset_response",
    "DatasetsCreateDatapointRequest": ".datasets_create_datapoint_request",
    "EnvironmentProjectConfigRequest": ".environment_project_config_request",
    "EnvironmentProjectConfigResponse": ".environment_project_config_response",
    "EnvironmentRequest": ".environment_request",
    "EvaluationDatapointSnapshotResponse": ".evaluation_datapoint_snapshot_response",
    "EvaluationResponse": ".evaluation_response",
    "EvaluationResultResponse": ".evaluation_result_response",
    "EvaluationStatus": ".evaluation_status",
    "EvaluatorArgumentsType": ".evaluator_arguments_type",
    "EvaluatorResponse": ".evaluator_response",
    "EvaluatorReturnTypeEnum": ".evaluator_return_type_enum",
    "ExperimentConfigResponse": ".experiment_config_response",
    "ExperimentResponse": ".experiment_response",
    "ExperimentStatus": ".experiment_status",
    "Feedback": ".feedback",
    "FeedbackClass": ".feedback_class",
    "FeedbackLabelRequest": ".feedback_label_request",
    "FeedbackRequest": ".feedback_request",
    "FeedbackResponse": ".feedback_response",
    "FeedbackSubmitRequest": ".feedback_submit_request",
    "FeedbackSubmitResponse": ".feedback_submit_response",
    "FeedbackType": ".feedback_type",
    "FeedbackTypeModel": ".feedback_type_model",
    "FeedbackTypeRequest": ".feedback_type_request",
    "FinetuneConfig": ".finetune_config",
    "FinetuneDataSummary": ".finetune_data_summary",
    "FinetuneRequest": ".finetune_request",
    "FinetuneResponse": ".finetune_response",
    "GenericConfigRequest": ".generic_config_request",
    "GenericConfigResponse": ".generic_config_response",
    "GetModelConfigResponse": ".get_model_config_response",
    "HTTPValidationError": ".http_validation_error",
    "LabelSentiment": ".label_sentiment",
    "LogDatapointRequest": ".log_datapoint_request",
    "LogRequest": ".log_request",
    "LogResponse": ".log_response",
    "LogsLogResponse": ".logs_log_response",
    "ModelConfigChatRequest": ".model_config_chat_request",
    "ModelConfigCompletionRequest": ".model_config_completion_request",
    "ModelConfigEvaluatorAggregateResponse": ".model_config_evaluator_aggregate_response",
    "ModelConfigRequest": ".model_config_request",
    "ModelConfigResponse": ".model_config_response",
    "ModelConfigToolRequest": ".model_config_tool_request",
    "ModelEndpoints": ".model_endpoints",
    "ModelProviders": ".model_providers",
    "PaginatedDataDatapointResponse": ".paginated_data_datapoint_response",
    "PaginatedDataEvaluationDatapointSnapshotResponse": ".paginated_data_evaluation_datapoint_snapshot_response",
    "PaginatedDataLogResponse": ".paginated_data_log_response",
    "PaginatedDataProjectResponse": ".paginated_data_project_response",
    "PaginatedDataSessionResponse": ".paginated_data_session_response",
    "PositiveLabel": ".positive_label",
    "ProjectConfigResponse": ".project_config_response",
    "ProjectModelConfigFeedbackStatsResponse": ".project_model_config_feedback_stats_response",
    "ProjectModelConfigRequest": ".project_model_config_request",
    "ProjectResponse": ".project_response",
    "ProjectSortBy": ".project_sort_by",
    "ProjectUserResponse": ".project_user_response",
    "ProviderApiKeys": ".provider_api_keys",
    "SessionProjectResponse": ".session_project_response",
    "SessionResponse": ".session_response",
    "SortOrder": ".sort_order",
    "ToolCall": ".tool_call",
    "ToolConfigRequest": ".tool_config_request",
    "ToolConfigResponse": ".tool_config_response",
    "ToolResultResponse": ".tool_result_response",
    "UpdateDatapointRequest": ".update_datapoint_request",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateEvaluatorRequest": ".update_evaluator_request",
    "UpdateExperimentRequest": ".update_experiment_request",
    "UpdateFinetuneRequest": ".update_finetune_request",
    "UpdateLogRequest": ".update_log_request",
    "UpdateProjectRequest": ".update_project_request",
    "Usage": ".usage",
    "ValidationError": ".validation_error",
    "AgentConfigRequestParam": "._params",
    "ChatDeployedRequestParam": "._params",
    "ChatExperimentRequestParam": "._params",
    "ChatMessageParam": "._params",
    "ChatModelConfigRequestParam": "._params",
    "ChatRequestParam": "._params",
    "CompletionDeployedRequestParam": "._params",
    "CompletionExperimentRequestParam": "._params",
    "CompletionModelConfigRequestParam": "._params",
    "CompletionRequestParam": "._params",
    "CreateDatapointRequestParam": "._params",
    "CreateDatapointsByLogsRequestParam": "._params",
    "CreateDatasetRequestParam": "._params",
    "CreateEvaluationRequestParam": "._params",
    "CreateEvaluatorRequestParam": "._params",
    "CreateExperimentRequestParam": "._params",
    "CreateProjectRequestParam": "._params",
    "DatasetsCreateDatapointRequestParam": "._params",
    "EnvironmentProjectConfigRequestParam": "._params",
    "EnvironmentRequestParam": "._params",
    "FeedbackParam": "._params",
    "FeedbackLabelRequestParam": "._params",
    "FeedbackRequestParam": "._params",
    "FeedbackSubmitRequestParam": "._params",
    "FeedbackTypeRequestParam": "._params",
    "FinetuneConfigParam": "._params",
    "FinetuneRequestParam": "._params",
    "GenericConfigRequestParam": "._params",
    "LogDatapointRequestParam": "._params",
    "LogRequestParam": "._params",
    "ModelConfigChatRequestParam": "._params",
    "ModelConfigCompletionRequestParam": "._params",
    "ModelConfigRequestParam": "._params",
    "ModelConfigToolRequestParam": "._params",
    "PositiveLabelParam": "._params",
    "ProjectModelConfigRequestParam": "._params",
    "ProviderApiKeysParam": "._params",
    "ToolCallParam": "._params",
    "ToolConfigRequestParam": "._params",
    "UpdateDatapointRequestParam": "._params",
    "UpdateDatasetRequestParam": "._params",
    "UpdateEvaluatorRequestParam": "._params",
    "UpdateExperimentRequestParam": "._params",
    "UpdateFinetuneRequestParam": "._params",
    "UpdateLogRequestParam": "._params",
    "UpdateProjectRequestParam": "._params",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
