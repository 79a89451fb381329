"""Models of the Humanloop API, and the TypedDicts (``…Param``) its requests take.

Each model is defined in a module of its own, imported on first access of the model (with the
models it refers to); the TypedDicts are defined in one module, imported on first access of any
of them. So importing the SDK, or using a few models of a big API, stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._params import (
        AgentConfigRequestParam,
        ChatDeployedRequestParam,
        ChatExperimentRequestParam,
        ChatMessageParam,
        ChatModelConfigRequestParam,
        ChatRequestParam,
        CompletionDeployedRequestParam,
        CompletionExperimentRequestParam,
        CompletionModelConfigRequestParam,
        CompletionRequestParam,
        CreateDatapointRequestParam,
        CreateDatapointsByLogsRequestParam,
        CreateDatasetRequestParam,
        CreateEvaluationRequestParam,
        CreateEvaluatorRequestParam,
        CreateExperimentRequestParam,
        CreateProjectRequestParam,
        DatasetsCreateDatapointRequestParam,
        EnvironmentProjectConfigRequestParam,
        EnvironmentRequestParam,
        FeedbackLabelRequestParam,
        FeedbackParam,
        FeedbackRequestParam,
        FeedbackSubmitRequestParam,
        FeedbackTypeRequestParam,
        FinetuneConfigParam,
        FinetuneRequestParam,
        GenericConfigRequestParam,
        LogDatapointRequestParam,
        LogRequestParam,
        ModelConfigChatRequestParam,
        ModelConfigCompletionRequestParam,
        ModelConfigRequestParam,
        ModelConfigToolRequestParam,
        PositiveLabelParam,
        ProjectModelConfigRequestParam,
        ProviderApiKeysParam,
        ToolCallParam,
        ToolConfigRequestParam,
        UpdateDatapointRequestParam,
        UpdateDatasetRequestParam,
        UpdateEvaluatorRequestParam,
        UpdateExperimentRequestParam,
        UpdateFinetuneRequestParam,
        UpdateLogRequestParam,
        UpdateProjectRequestParam,
    )
    from .agent_config_request import (
        AgentConfigRequest,
    )
    from .agent_config_response import (
        AgentConfigResponse,
    )
    from .base_metric_response import (
        BaseMetricResponse,
    )
    from .categorical_feedback_label import (
        CategoricalFeedbackLabel,
    )
    from .chat_data_response import (
        ChatDataResponse,
    )
    from .chat_deployed_request import (
        ChatDeployedRequest,
    )
    from .chat_experiment_request import (
        ChatExperimentRequest,
    )
    from .chat_message import (
        ChatMessage,
    )
    from .chat_model_config_request import (
        ChatModelConfigRequest,
    )
    from .chat_request import (
        ChatRequest,
    )
    from .chat_response import (
        ChatResponse,
    )
    from .chat_response_chunk import (
        ChatResponseChunk,
    )
    from .chat_role import (
        ChatRole,
    )
    from .completion_deployed_request import (
        CompletionDeployedRequest,
    )
    from .completion_experiment_request import (
        CompletionExperimentRequest,
    )
    from .completion_model_config_request import (
        CompletionModelConfigRequest,
    )
    from .completion_request import (
        CompletionRequest,
    )
    from .completion_response import (
        CompletionResponse,
    )
    from .completion_response_chunk import (
        CompletionResponseChunk,
    )
    from .config_response import (
        ConfigResponse,
    )
    from .config_type import (
        ConfigType,
    )
    from .create_datapoint_request import (
        CreateDatapointRequest,
    )
    from .create_datapoints_by_logs_request import (
        CreateDatapointsByLogsRequest,
    )
    from .create_dataset_request import (
        CreateDatasetRequest,
    )
    from .create_evaluation_request import (
        CreateEvaluationRequest,
    )
    from .create_evaluator_request import (
        CreateEvaluatorRequest,
    )
    from .create_experiment_request import (
        CreateExperimentRequest,
    )
    from .create_log_response import (
        CreateLogResponse,
    )
    from .create_project_request import (
        CreateProjectRequest,
    )
    from .create_session_response import (
        CreateSessionResponse,
    )
    from .data_response import (
        DataResponse,
    )
    from .datapoint_response import (
        DatapointResponse,
    )
    from .dataset_response import (
        DatasetResponse,
    )
    from .datasets_create_datapoint_request import (
        DatasetsCreateDatapointRequest,
    )
    from .environment_project_config_request import (
        EnvironmentProjectConfigRequest,
    )
    from .environment_project_config_response import (
        EnvironmentProjectConfigResponse,
    )
    from .environment_request import (
        EnvironmentRequest,
    )
    from .evaluation_datapoint_snapshot_response import (
        EvaluationDatapointSnapshotResponse,
    )
    from .evaluation_response import (
        EvaluationResponse,
    )
    from .evaluation_result_response import (
        EvaluationResultResponse,
    )
    from .evaluation_status import (
        EvaluationStatus,
    )
    from .evaluator_arguments_type import (
        EvaluatorArgumentsType,
    )
    from .evaluator_response import (
        EvaluatorResponse,
    )
    from .evaluator_return_type_enum import (
        EvaluatorReturnTypeEnum,
    )
    from .experiment_config_response import (
        ExperimentConfigResponse,
    )
    from .experiment_response import (
        ExperimentResponse,
    )
    from .experiment_status import (
        ExperimentStatus,
    )
    from .feedback import (
        Feedback,
    )
    from .feedback_class import (
        FeedbackClass,
    )
    from .feedback_label_request import (
        FeedbackLabelRequest,
    )
    from .feedback_request import (
        FeedbackRequest,
    )
    from .feedback_response import (
        FeedbackResponse,
    )
    from .feedback_submit_request import (
        FeedbackSubmitRequest,
    )
    from .feedback_submit_response import (
        FeedbackSubmitResponse,
    )
    from .feedback_type import (
        FeedbackType,
    )
    from .feedback_type_model import (
        FeedbackTypeModel,
    )
    from .feedback_type_request import (
        FeedbackTypeRequest,
    )
    from .finetune_config import (
        FinetuneConfig,
    )
    from .finetune_data_summary import (
        FinetuneDataSummary,
    )
    from .finetune_request import (
        FinetuneRequest,
    )
    from .finetune_response import (
        FinetuneResponse,
    )
    from .generic_config_request import (
        GenericConfigRequest,
    )
    from .generic_config_response import (
        GenericConfigResponse,
    )
    from .get_model_config_response import (
        GetModelConfigResponse,
    )
    from .http_validation_error import (
        HTTPValidationError,
    )
    from .label_sentiment import (
        LabelSentiment,
    )
    from .log_datapoint_request import (
        LogDatapointRequest,
    )
    from .log_request import (
        LogRequest,
    )
    from .log_response import (
        LogResponse,
    )
    from .logs_log_response import (
        LogsLogResponse,
    )
    from .model_config_chat_request import (
        ModelConfigChatRequest,
    )
    from .model_config_completion_request import (
        ModelConfigCompletionRequest,
    )
    from .model_config_evaluator_aggregate_response import (
        ModelConfigEvaluatorAggregateResponse,
    )
    from .model_config_request import (
        ModelConfigRequest,
    )
    from .model_config_response import (
        ModelConfigResponse,
    )
    from .model_config_tool_request import (
        ModelConfigToolRequest,
    )
    from .model_endpoints import (
        ModelEndpoints,
    )
    from .model_providers import (
        ModelProviders,
    )
    from .paginated_data_datapoint_response import (
        PaginatedDataDatapointResponse,
    )
    from .paginated_data_evaluation_datapoint_snapshot_response import (
        PaginatedDataEvaluationDatapointSnapshotResponse,
    )
    from .paginated_data_log_response import (
        PaginatedDataLogResponse,
    )
    from .paginated_data_project_response import (
        PaginatedDataProjectResponse,
    )
    from .paginated_data_session_response import (
        PaginatedDataSessionResponse,
    )
    from .positive_label import (
        PositiveLabel,
    )
    from .project_config_response import (
        ProjectConfigResponse,
    )
    from .project_model_config_feedback_stats_response import (
        ProjectModelConfigFeedbackStatsResponse,
    )
    from .project_model_config_request import (
        ProjectModelConfigRequest,
    )
    from .project_response import (
        ProjectResponse,
    )
    from .project_sort_by import (
        ProjectSortBy,
    )
    from .project_user_response import (
        ProjectUserResponse,
    )
    from .provider_api_keys import (
        ProviderApiKeys,
    )
    from .session_project_response import (
        SessionProjectResponse,
    )
    from .session_response import (
        SessionResponse,
    )
    from .sort_order import (
        SortOrder,
    )
    from .tool_call import (
        ToolCall,
    )
    from .tool_config_request import (
        ToolConfigRequest,
    )
    from .tool_config_response import (
        ToolConfigResponse,
    )
    from .tool_result_response import (
        ToolResultResponse,
    )
    from .update_datapoint_request import (
        UpdateDatapointRequest,
    )
    from .update_dataset_request import (
        UpdateDatasetRequest,
    )
    from .update_evaluator_request import (
        UpdateEvaluatorRequest,
    )
    from .update_experiment_request import (
        UpdateExperimentRequest,
    )
    from .update_finetune_request import (
        UpdateFinetuneRequest,
    )
    from .update_log_request import (
        UpdateLogRequest,
    )
    from .update_project_request import (
        UpdateProjectRequest,
    )
    from .usage import (
        Usage,
    )
    from .validation_error import (
        ValidationError,
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
