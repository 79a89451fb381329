"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from humanloop._models import OpenEnum
from typing import Annotated, Any, Literal
from pydantic import AwareDatetime, ConfigDict, Field, RootModel
from humanloop._models import BaseModel
from enum import Enum


class BaseMetricResponse(BaseModel):
    description: str
    """
    A description of what the metric measures.
    """
    id: Annotated[str, Field(examples=["metric_3v5dTpzGA6RT7QvP1dBRc"])]
    """
    ID of the metric. Starts with 'metric_'.
    """
    name: str
    """
    The name of the metric.
    """
    code: str
    """
    Python code used to calculate a metric value on each logged datapoint.
    """
    default: bool
    """
    Whether the metric is a global default metric. Metrics with this flag enabled cannot be deleted or modified.
    """
    active: bool
    """
    If enabled, the metric is calculated for every logged datapoint.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """


class ChatRole(OpenEnum):
    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    TOOL = "tool"


class CompletionResponseChunk(BaseModel):
    """
    One server-sent event of a streamed completion (request body has `"stream": true`). The event's `data:` field is one JSON object of this shape. The published SDK has no model for stream chunks; the fields are those of DataResponse that change while streaming.
    """

    id: Annotated[str | None, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])] = None
    """
    Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later.
    """
    index: int | None = None
    """
    Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved.
    """
    output: Annotated[str, Field(examples=["Llamas"])]
    """
    Text generated since the previous chunk of this sample.
    """
    finish_reason: str | None = None
    """
    Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample.
    """
    model_config_id: Annotated[str | None, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])] = None
    """
    The model configuration used to create the generation.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique identifier of the parent project.
    """


class ConfigType(OpenEnum):
    GENERIC = "generic"
    MODEL = "model"
    TOOL = "tool"
    AGENT = "agent"


class CreateDatapointsByLogsRequest(BaseModel):
    log_ids: Annotated[list[str], Field(examples=[["data_4r6FPRzJ7qZW1GNK9oGnZ"]])]
    """
    The IDs of the logs to create datapoints from.
    """


class CreateDatasetRequest(BaseModel):
    description: Annotated[
        str, Field(examples=["Questions sampled from production traffic."], max_length=255)
    ]
    """
    The description of the dataset.
    """
    name: Annotated[str, Field(examples=["Customer questions"], max_length=255)]
    """
    The name of the dataset.
    """


class CreateLogResponse(BaseModel):
    id: Annotated[str, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])]
    """
    String ID of logged datapoint. Starts with `data_`.
    """
    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the datapoint belongs to. Starts with `pr_`.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    String ID of session the datapoint belongs to. Populated only if the datapoint was logged with `session_id` or `session_reference_id`, and is `None` otherwise. Starts with `sesh_`.
    """


class CreateSessionResponse(BaseModel):
    id: Annotated[str, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])]
    """
    String ID of session. Starts with `sesh_`.
    """


class DatasetResponse(BaseModel):
    id: Annotated[str, Field(examples=["evts_5oBB2kW8sGzFnmaJTELWh"])]
    """
    String ID of dataset. Starts with `evts_`.
    """
    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of the project the dataset belongs to. Starts with `pr_`.
    """
    name: str
    """
    The name of the dataset.
    """
    datapoint_count: int
    """
    Number of datapoints in the dataset.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    description: str | None = None
    """
    The description of the dataset.
    """


class EnvironmentProjectConfigResponse(BaseModel):
    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the model config belongs to. Starts with `pr_`.
    """
    project_name: Annotated[str, Field(examples=["sdk-example"])]
    """
    Name of the project the model config belongs to.
    """
    environment_id: str
    """
    The ID of the environment.
    """
    environment_name: str
    """
    The name of the environment.
    """
    environment_tag: str
    """
    Tag for the environment e.g. 'default' or 'other'.
    """
    model_config_id: Annotated[str | None, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])] = None
    """
    Model config unique identifier generated by Humanloop.
    """
    model_config_name: str | None = None
    """
    A friendly display name for the model config.
    """
    experiment_id: Annotated[str | None, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])] = None
    """
    String ID of experiment. Starts with `exp_`.
    """
    experiment_name: str | None = None
    """
    Display name of experiment.
    """


class EnvironmentRequest(BaseModel):
    id: Annotated[str, Field(examples=["env_2hgR5SQpPYGNbXUGx4fzQ"])]
    """
    Str Id of the envrionment. Starts with `env_`.
    """
    name: str | None = None
    """
    The environment name.
    """


class EvaluationResultResponse(BaseModel):
    id: str
    """
    String ID of the evaluation result.
    """
    evaluator_id: Annotated[str, Field(examples=["evfn_Q2xCHYkS3gqaBpOOwuGLP"])]
    """
    String ID of the evaluator. Starts with `evfn_`.
    """
    log_id: Annotated[str, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])]
    """
    String ID of the evaluated log. Starts with `data_`.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    evaluation_id: Annotated[str | None, Field(examples=["ev_4sbTnVWQrjr6B9EXyc2R7"])] = None
    """
    String ID of the evaluation. Starts with `ev_`.
    """
    value: bool | float | None = None
    """
    The value returned by the evaluator.
    """
    error: str | None = None
    """
    Error message if the evaluator failed.
    """


class EvaluationStatus(OpenEnum):
    """Status of an evaluation."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"


class EvaluatorArgumentsType(OpenEnum):
    """Enum representing the possible argument types of an evaluator."""

    TARGET_FREE = "target_free"
    TARGET_REQUIRED = "target_required"


class EvaluatorReturnTypeEnum(OpenEnum):
    """Enum representing the possible return types of an evaluator."""

    BOOLEAN = "boolean"
    NUMBER = "number"


class ExperimentStatus(OpenEnum):
    INITIALIZED = "Initialized"
    IN_PROGRESS = "In progress"


class FeedbackClass(OpenEnum):
    SELECT = "select"
    MULTI_SELECT = "multi_select"
    TEXT = "text"
    NUMBER = "number"


class FeedbackType(OpenEnum):
    RATING = "rating"
    ACTION = "action"
    ISSUE = "issue"
    CORRECTION = "correction"
    COMMENT = "comment"


class FinetuneDataSummary(BaseModel):
    """
    Summary of a finetuning dataset.
    """

    data_count: int
    """
    Number of datapoints in the dataset.
    """
    error_count: int
    """
    Number of datapoints with errors.
    """
    truncated_data_count: int
    """
    Number of datapoints that will be truncated.
    """
    token_count: int
    """
    Number of tokens in the dataset.
    """
    truncated_token_count: int
    """
    Number of tokens after truncation.
    """
    cost: float
    """
    Estimated cost of the fine-tuning run.
    """
    errors: list[dict[str, Any]]
    """
    The errors found in the data.
    """
    dataset_name: str
    """
    Name of the dataset.
    """
    dataset_id: Annotated[str, Field(examples=["evts_5oBB2kW8sGzFnmaJTELWh"])]
    """
    String ID of the dataset. Starts with `evts_`.
    """


class GenericConfigRequest(BaseModel):
    """
    A generic config, for logging anything that is not a model, tool or agent.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["generic"]
    """
    Discriminator; always `generic`.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """


class GenericConfigResponse(BaseModel):
    id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of config. Starts with `config_`.
    """
    type: Literal["generic"]
    """
    Discriminator; always `generic`.
    """
    name: str
    """
    Name of config.
    """
    description: str | None = None
    """
    Description of config.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """


class LabelSentiment(OpenEnum):
    """How a label should be treated in calculating model config performance. Used by a project's PAPV metric."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    UNSET = "unset"


class LogsLogResponse(RootModel[CreateLogResponse | list[CreateLogResponse]]):
    root: CreateLogResponse | list[CreateLogResponse]
    """
    One result per logged datapoint: an object when one datapoint was logged, a list when a list was logged.
    """


class ModelConfigEvaluatorAggregateResponse(BaseModel):
    model_config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of the model config. Starts with `config_`.
    """
    evaluator_id: Annotated[str, Field(examples=["evfn_Q2xCHYkS3gqaBpOOwuGLP"])]
    """
    String ID of the evaluator. Starts with `evfn_`.
    """
    aggregate_value: Any | None = None
    """
    Aggregate of the evaluator results for this model config.
    """


class ModelConfigToolRequest(BaseModel):
    """
    Definition of tool within a model config. The subset of ToolConfig parameters received by the chat endpoint. Does not have things like the signature or setup schema.
    """

    name: str
    """
    The name of the tool shown to the model.
    """
    description: str | None = None
    """
    The description of the tool shown to the model.
    """
    parameters: dict[str, Any] | None = None
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    source: str | None = None
    """
    Code source of the tool.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """
    preset_name: str | None = None
    """
    If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool
    """


class ModelEndpoints(OpenEnum):
    """Supported model provider endpoints."""

    COMPLETE = "complete"
    CHAT = "chat"
    EDIT = "edit"


class ModelProviders(OpenEnum):
    """Supported model providers."""

    OPENAI = "openai"
    OPENAI_AZURE = "openai_azure"
    AI21 = "ai21"
    MOCK = "mock"
    ANTHROPIC = "anthropic"
    LANGCHAIN = "langchain"
    COHERE = "cohere"
    REPLICATE = "replicate"


class PositiveLabel(BaseModel):
    type: str
    """
    Feedback type, e.g. 'rating'.
    """
    value: str
    """
    Feedback value, e.g. 'good'.
    """


class ProjectModelConfigFeedbackStatsResponse(BaseModel):
    feedback_type_id: int
    """
    ID of the feedback type.
    """
    feedback_type: str
    """
    Name of the feedback type.
    """
    feedback_value: str
    """
    The feedback value counted.
    """
    feedback_count: int
    """
    Number of times the value was given.
    """


class ProjectSortBy(OpenEnum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    NAME = "name"


class ProjectUserResponse(BaseModel):
    id: Annotated[str, Field(examples=["usr_0Hy1qdKMaxzDVQSbPBvyW"])]
    """
    String ID of user. Starts with `usr_`.
    """
    email_address: Annotated[str, Field(examples=["jane@example.com"])]
    """
    The user's email address.
    """
    full_name: Annotated[str | None, Field(examples=["Jane Doe"])] = None
    """
    The user's full name.
    """


class ProviderApiKeys(BaseModel):
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """

    openai: str | None = None
    """
    OpenAI API key.
    """
    ai21: str | None = None
    """
    AI21 API key.
    """
    mock: str | None = None
    """
    API key for the mock provider (testing).
    """
    anthropic: str | None = None
    """
    Anthropic API key.
    """
    cohere: str | None = None
    """
    Cohere API key.
    """
    openai_azure: str | None = None
    """
    Azure OpenAI API key.
    """
    openai_azure_endpoint: str | None = None
    """
    Azure OpenAI endpoint URL.
    """


class SessionProjectResponse(BaseModel):
    id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the datapoint belongs to. Starts with `pr_`.
    """
    name: str
    """
    Name of the project.
    """


class SessionResponse(BaseModel):
    id: Annotated[str, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])]
    """
    String ID of session. Starts with `sesh_`.
    """
    projects: list[SessionProjectResponse]
    """
    List of projects that have datapoints associated to this session.
    """
    datapoints_count: int
    """
    Number of datapoints associated to this session.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    Unique user-provided string identifying the session.
    """
    first_inputs: dict[str, Any] | None = None
    """
    Inputs for the first datapoint in the session.
    """
    last_output: str | None = None
    """
    Output for the last datapoint in the session.
    """


class SortOrder(OpenEnum):
    ASC = "asc"
    DESC = "desc"


class ToolCall(BaseModel):
    """
    A tool call to be made.
    """

    name: str
    """
    Name of the tool to call.
    """
    arguments: Any | None = None
    """
    Arguments for the tool call, as produced by the model.
    """


class ToolConfigRequest(BaseModel):
    """
    Config of a tool, for logging.
    """

    name: str
    """
    The name of the tool shown to the model.
    """
    type: Literal["tool"]
    """
    Discriminator; always `tool`.
    """
    description: str | None = None
    """
    The description of the tool shown to the model.
    """
    parameters: dict[str, Any] | None = None
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    source: str | None = None
    """
    Code source of the tool.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """
    preset_name: str | None = None
    """
    If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool
    """


class ToolConfigResponse(BaseModel):
    id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of config. Starts with `config_`.
    """
    type: Literal["tool"]
    """
    Discriminator; always `tool`.
    """
    name: str
    """
    Name for the tool referenced by the model
    """
    description: str | None = None
    """
    Description of the tool referenced by the model
    """
    parameters: dict[str, Any] | None = None
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """
    source: str | None = None
    """
    Code source of the tool.
    """
    setup_schema: dict[str, Any] | None = None
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    signature: str | None = None
    """
    The function signature of the tool when being called.
    """
    is_preset: bool | None = None
    """
    Whether the tool is one where Humanloop defines runtime or not.
    """
    preset_name: str | None = None
    """
    If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to lookup the Humanloop runtime of the tool
    """


class ToolResultResponse(BaseModel):
    """
    A result from a tool used to populate the prompt template
    """

    id: str
    """
    String ID of the tool result.
    """
    name: str
    """
    Name of the tool.
    """
    signature: str
    """
    Signature the tool was called with.
    """
    result: str
    """
    Result returned by the tool.
    """


class UpdateDatasetRequest(BaseModel):
    description: Annotated[str | None, Field(max_length=255)] = None
    """
    The description of the dataset.
    """
    name: Annotated[str | None, Field(max_length=255)] = None
    """
    The name of the dataset.
    """


class UpdateEvaluatorRequest(BaseModel):
    description: Annotated[str | None, Field(max_length=255)] = None
    """
    The description of the evaluator.
    """
    name: str | None = None
    """
    The name of the evaluator.
    """
    code: str | None = None
    """
    The code for the evaluator. This code will be executed in a sandboxed environment.
    """
    arguments_type: EvaluatorArgumentsType | None = None
    """
    Whether this evaluator is target-free or target-required.
    """
    return_type: EvaluatorReturnTypeEnum | None = None
    """
    The type of the return value of the evaluator.
    """


class UpdateExperimentRequest(BaseModel):
    name: str | None = None
    """
    Name of experiment.
    """
    positive_labels: list[PositiveLabel] | None = None
    """
    Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment.
    """
    config_ids_to_register: Annotated[
        list[str] | None, Field(examples=[["config_7VnGxMVLzw4ykh2YQWsn4"]])
    ] = None
    """
    Model configs to add to this experiment.
    """
    config_ids_to_deregister: Annotated[
        list[str] | None, Field(examples=[["config_7VnGxMVLzw4ykh2YQWsn4"]])
    ] = None
    """
    Model configs in this experiment to be deactivated.
    """


class UpdateFinetuneRequest(BaseModel):
    name: str | None = None
    """
    User defined friendly name for the fine-tuned model.
    """


class UpdateLogRequest(BaseModel):
    output: str | None = None
    """
    Generated output from your model for the provided inputs.
    """
    error: str | None = None
    """
    Error message if the log is an error.
    """
    duration: float | None = None
    """
    Duration of the logged event in seconds.
    """


class UpdateProjectRequest(BaseModel):
    name: str | None = None
    """
    The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls.
    """
    active_experiment_id: str | None = None
    """
    ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set.
    """
    active_config_id: str | None = None
    """
    ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set.
    """
    positive_labels: list[PositiveLabel] | None = None
    """
    The full list of labels to treat as positive user feedback.
    """


class Usage(BaseModel):
    prompt_tokens: int
    """
    Number of tokens used in the prompt.
    """
    generation_tokens: int
    """
    Number of tokens produced by the generation.
    """
    total_tokens: int
    """
    Total number of tokens used by the prompt and generation combined.
    """


class ValidationError(BaseModel):
    loc: list[str | int]
    """
    Location of the invalid value: the request part (`body`, `query`, `path`) followed by field names and list indices.
    """
    msg: str
    """
    Human-readable error message.
    """
    type: str
    """
    Error type identifier.
    """


class CategoricalFeedbackLabel(BaseModel):
    value: str
    """
    The label value.
    """
    sentiment: LabelSentiment
    """
    Whether the feedback sentiment is positive or negative.
    """


class ChatMessage(BaseModel):
    role: ChatRole
    """
    Role of the message author.
    """
    content: Annotated[str | None, Field(examples=["Explain asynchronous programming."])] = None
    """
    The content of the message.
    """
    name: str | None = None
    """
    Optional name of the message author.
    """
    tool_call: ToolCall | None = None
    """
    A tool call requested by the model (assistant messages).
    """


class ChatModelConfigRequest(BaseModel):
    """
    Chat request for a specific model configuration.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: list[ChatMessage]
    """
    The messages passed to the to provider chat endpoint.
    """
    model_config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    Identifies the model configuration used to create a chat response.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of chat responses.
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    tool_call: str | dict[str, Any] | None = None
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class ChatResponseChunk(BaseModel):
    """
    One server-sent event of a streamed chat response (request body has `"stream": true`). The event's `data:` field is one JSON object of this shape. The published SDK has no model for stream chunks; the fields are those of ChatDataResponse that change while streaming.
    """

    id: Annotated[str | None, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])] = None
    """
    Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later.
    """
    index: int | None = None
    """
    Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved.
    """
    output: Annotated[str, Field(examples=["Arr,"])]
    """
    Text generated since the previous chunk of this sample.
    """
    finish_reason: str | None = None
    """
    Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample.
    """
    model_config_id: Annotated[str | None, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])] = None
    """
    The model configuration used to create the generation.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique identifier of the parent project.
    """
    tool_call: ToolCall | None = None
    """
    Tool the model chose to call; populated on the final chunk when finish_reason is 'tool_call'.
    """


class CompletionDeployedRequest(BaseModel):
    """
    Completion request using the project's active deployment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of generations.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    environment: Annotated[str | None, Field(examples=["production"])] = None
    """
    The environment name used to create a chat response. If not specified, the default environment will be used.
    """


class CompletionExperimentRequest(BaseModel):
    """
    Completion request for a specific experiment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    experiment_id: Annotated[str, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])]
    """
    If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of chat responses, where each chat response will use a model configuration sampled from the experiment.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """


class CompletionModelConfigRequest(BaseModel):
    """
    Completion request for a specific model config.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model_config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    Identifies the model configuration used to create a chat response.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of generations.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """


class CreateDatapointRequest(BaseModel):
    inputs: dict[str, str] | None = None
    """
    The inputs to the prompt template for this datapoint.
    """
    messages: list[ChatMessage] | None = None
    """
    The chat messages for this datapoint.
    """
    target: dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None = None
    """
    Object with criteria necessary to evaluate this datapoint.
    """


class CreateEvaluationRequest(BaseModel):
    config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    ID of the config to evaluate. Starts with `config_`.
    """
    evaluator_ids: Annotated[list[str], Field(examples=[["evfn_Q2xCHYkS3gqaBpOOwuGLP"]])]
    """
    IDs of evaluators to run on the dataset. IDs start with `evfn_`
    """
    dataset_id: Annotated[str, Field(examples=["evts_5oBB2kW8sGzFnmaJTELWh"])]
    """
    ID of the dataset to use in this evaluation. Starts with `evts_`.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization.
    """


class CreateEvaluatorRequest(BaseModel):
    description: Annotated[str, Field(max_length=255)]
    """
    The description of the evaluator.
    """
    name: Annotated[str, Field(max_length=255)]
    """
    The name of the evaluator.
    """
    code: str
    """
    The code for the evaluator. This code will be executed in a sandboxed environment.
    """
    arguments_type: EvaluatorArgumentsType
    """
    Whether this evaluator is target-free or target-required.
    """
    return_type: EvaluatorReturnTypeEnum
    """
    The type of the return value of the evaluator.
    """


class CreateExperimentRequest(BaseModel):
    name: str
    """
    Name of experiment.
    """
    positive_labels: list[PositiveLabel]
    """
    Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment.
    """
    config_ids: Annotated[list[str] | None, Field(examples=[["config_7VnGxMVLzw4ykh2YQWsn4"]])] = (
        None
    )
    """
    Configs to add to this experiment. Further configs can be added later.
    """
    set_active: bool | None = False
    """
    Whether to set the created project as the project's active experiment.
    """


class DataResponse(BaseModel):
    """
    One sampled completion.
    """

    id: Annotated[str, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])]
    """
    Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later.
    """
    index: int
    """
    The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated.
    """
    output: str
    """
    Output text returned from the provider model with leading and trailing whitespaces stripped.
    """
    raw_output: str
    """
    Raw output text returned from the provider model.
    """
    inputs: dict[str, Any]
    """
    The inputs passed to the prompt template.
    """
    model_config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    The model configuration used to create the generation.
    """
    finish_reason: str | None = None
    """
    Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token.
    """
    tool_results: list[ToolResultResponse] | None = None
    """
    Results of any tools run during the generation.
    """


class DatapointResponse(BaseModel):
    id: Annotated[str, Field(examples=["evtc_9GrDQ4oEzpDYdTeZWvcc1"])]
    """
    String ID of datapoint. Starts with `evtc_`.
    """
    dataset_id: Annotated[str, Field(examples=["evts_5oBB2kW8sGzFnmaJTELWh"])]
    """
    String ID of the dataset the datapoint belongs to. Starts with `evts_`.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    inputs: dict[str, str] | None = None
    """
    The inputs to the prompt template for this datapoint.
    """
    messages: list[ChatMessage] | None = None
    """
    The chat messages for this datapoint.
    """
    target: dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None = None
    """
    Object with criteria necessary to evaluate this datapoint.
    """
    source_project_data_id: str | None = None
    """
    ID of the logged datapoint this datapoint was created from, if any. Starts with `data_`.
    """


class DatasetsCreateDatapointRequest(
    RootModel[CreateDatapointsByLogsRequest | CreateDatapointRequest | list[CreateDatapointRequest]]
):
    root: CreateDatapointsByLogsRequest | CreateDatapointRequest | list[CreateDatapointRequest]
    """
    Either `{"log_ids": [...]}` to copy logged datapoints into the dataset, one datapoint, or a list of datapoints. `anyOf`, not `oneOf`: a `log_ids` object is also a valid (empty) CreateDatapointRequest.
    """


class EnvironmentProjectConfigRequest(BaseModel):
    config_id: Annotated[str | None, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])] = None
    """
    Model config unique identifier generated by Humanloop.
    """
    experiment_id: Annotated[str | None, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])] = None
    """
    String ID of experiment. Starts with `exp_`.
    """
    environments: list[EnvironmentRequest] | None = None
    """
    List of environments to associate with the model config.
    """


class EvaluatorResponse(BaseModel):
    description: Annotated[str, Field(max_length=255)]
    """
    The description of the evaluator.
    """
    name: Annotated[str, Field(max_length=255)]
    """
    The name of the evaluator.
    """
    code: str
    """
    The code for the evaluator. This code will be executed in a sandboxed environment.
    """
    arguments_type: EvaluatorArgumentsType
    """
    Whether this evaluator is target-free or target-required.
    """
    return_type: EvaluatorReturnTypeEnum
    """
    The type of the return value of the evaluator.
    """
    id: Annotated[str, Field(examples=["evfn_Q2xCHYkS3gqaBpOOwuGLP"])]
    """
    Unique ID for the evaluator. Starts with `evfn_`.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """


class Feedback(BaseModel):
    type: Annotated[FeedbackType | str, Field(examples=["rating"])]
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    value: Annotated[float | str, Field(examples=["good"])]
    """
    The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'.
    """
    data_id: Annotated[str | None, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])] = None
    """
    ID to associate the feedback to a previously logged datapoint.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    A unique identifier to who provided the feedback.
    """
    created_at: Annotated[AwareDatetime | None, Field(examples=["2023-10-01T12:00:00Z"])] = None
    """
    User defined timestamp for when the feedback was created.
    """


class FeedbackLabelRequest(BaseModel):
    value: str
    """
    The label value.
    """
    sentiment: LabelSentiment | None = LabelSentiment.POSITIVE
    """
    Whether the feedback sentiment is positive or negative.
    """


class FeedbackRequest(BaseModel):
    type: Annotated[FeedbackType | str, Field(examples=["rating"])]
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    value: Annotated[str | None, Field(examples=["good"])] = None
    """
    The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise.
    """
    data_id: Annotated[str | None, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])] = None
    """
    ID to associate the feedback to a previously logged datapoint.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    A unique identifier to who provided the feedback.
    """
    created_at: Annotated[AwareDatetime | None, Field(examples=["2023-10-01T12:00:00Z"])] = None
    """
    User defined timestamp for when the feedback was created.
    """
    unset: bool | None = None
    """
    If true, the value for this feedback is unset.
    """


class FeedbackResponse(BaseModel):
    type: FeedbackType | str
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    value: float | str
    """
    The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'.
    """
    id: Annotated[str, Field(examples=["ann_2bJyQGu7ZlhfmMj1bxLfq"])]
    """
    String ID of user feedback. Starts with `ann_`, short for annotation.
    """
    data_id: Annotated[str | None, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])] = None
    """
    ID to associate the feedback to a previously logged datapoint.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    A unique identifier to who provided the feedback.
    """
    created_at: Annotated[AwareDatetime | None, Field(examples=["2023-10-01T12:00:00Z"])] = None
    """
    User defined timestamp for when the feedback was created.
    """


class FeedbackSubmitRequest(RootModel[FeedbackRequest | list[FeedbackRequest]]):
    root: FeedbackRequest | list[FeedbackRequest]
    """
    One feedback item, or a list of them.
    """


class FeedbackSubmitResponse(RootModel[FeedbackResponse | list[FeedbackResponse]]):
    root: FeedbackResponse | list[FeedbackResponse]
    """
    An object when one feedback item was submitted, a list when a list was submitted.
    """


class FeedbackTypeModel(BaseModel):
    type: FeedbackType | str
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    values: list[CategoricalFeedbackLabel] | None = None
    """
    The allowed values for categorical feedback types. Not populated for `correction` and `comment`.
    """


class FeedbackTypeRequest(BaseModel):
    type: str
    """
    The type of feedback to update.
    """
    values: list[FeedbackLabelRequest] | None = None
    """
    The feedback values to be available. This field should only be populated when updating a 'select' or 'multi_select' feedback class.
    """
    class_: Annotated[FeedbackClass | None, Field(alias="class")] = None
    """
    The data type associated to this feedback type; whether it is a 'text'/'select'/'multi_select'. This is optional when updating the default feedback types (i.e. when `type` is 'rating', 'action' or 'issue')
    """


class FinetuneConfig(BaseModel):
    base_model: str
    """
    Unique reference to the model the fine-tuning was based on.
    """
    parameters: dict[str, Any] | None = None
    """
    Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider.
    """
    provider: ModelProviders | None = None
    """
    The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided.
    """


class FinetuneRequest(BaseModel):
    name: str
    """
    User defined friendly name for a finetuning run
    """
    dataset_id: Annotated[str, Field(examples=["evts_5oBB2kW8sGzFnmaJTELWh"])]
    """
    ID of dataset used for finetuning
    """
    config: FinetuneConfig
    """
    Configuration and hyper-parameters for the fine-tuning process
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata that you would like to log for reference.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """


class FinetuneResponse(BaseModel):
    id: Annotated[str, Field(examples=["ft_6ccpLZz1tqtMDCbqNGLtk"])]
    """
    Unique identifier for fine-tuned model.
    """
    name: str
    """
    User defined friendly name for a fine-tuning run
    """
    status: str
    """
    The fine-tuning process is run async and so the resultingfine-tuned model won't be available for generations until it has completed.
    """
    config: FinetuneConfig
    """
    Configuration details for the fine-tuned model.
    """
    dataset: DatasetResponse
    """
    The dataset used for fine-tuning.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    model_name: str | None = None
    """
    Unique reference for the fine-tuned required to make calls to the provider.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata that you would like to log for reference.
    """
    provider_id: str | None = None
    """
    Unique ID for the fine-tuned model required to make calls to the provider's API.
    """
    provider_details: dict[str, Any] | None = None
    """
    Provider specific fine-tuning results.
    """
    data_summary: dict[str, Any] | None = None
    """
    Summary stats about the data used for finetuning.
    """


class HTTPValidationError(BaseModel):
    """
    The request failed validation (HTTP 422).
    """

    detail: list[ValidationError] | None = None
    """
    One entry per invalid field.
    """


class ModelConfigChatRequest(BaseModel):
    """
    Chat model config request.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(examples=["gpt-3.5-turbo"])]
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: ModelProviders | None = None
    """
    The company providing the underlying model service.
    """
    max_tokens: int | None = -1
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: float | None = 1
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: float | None = 1
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: str | list[str] | None = None
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: dict[str, Any] | None = None
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: ModelEndpoints | None = None
    """
    The provider model endpoint used.
    """
    chat_template: list[ChatMessage] | None = None
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}.
    """
    tools: list[ModelConfigToolRequest] | None = None
    """
    Make tools available to OpenAIs chat model as functions.
    """


class ModelConfigCompletionRequest(BaseModel):
    """
    Completion model config request
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(examples=["gpt-3.5-turbo"])]
    """
    The model instance used. E.g. text-davinci-002.
    """
    prompt_template: Annotated[
        str,
        Field(
            examples=["Summarize this for a second-grade student:\n\nText:\n{{text}}\n\nSummary:\n"]
        ),
    ]
    """
    Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: ModelProviders | None = None
    """
    The company providing the underlying model service.
    """
    max_tokens: int | None = -1
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: float | None = 1
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: float | None = 1
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: str | list[str] | None = None
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: dict[str, Any] | None = None
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: ModelEndpoints | None = None
    """
    The provider model endpoint used.
    """


class ModelConfigRequest(BaseModel):
    """
    Model config used for logging both chat and completion.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(examples=["gpt-3.5-turbo"])]
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: ModelProviders | None = None
    """
    The company providing the underlying model service.
    """
    max_tokens: int | None = -1
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: float | None = 1
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: float | None = 1
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: str | list[str] | None = None
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: dict[str, Any] | None = None
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: ModelEndpoints | None = None
    """
    The provider model endpoint used.
    """
    prompt_template: Annotated[
        str | None,
        Field(
            examples=["Summarize this for a second-grade student:\n\nText:\n{{text}}\n\nSummary:\n"]
        ),
    ] = None
    """
    Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    chat_template: list[ChatMessage] | None = None
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}.
    """
    tools: list[ModelConfigToolRequest] | None = None
    """
    Make tools available to OpenAIs chat model as functions.
    """
    type: Literal["model"] = "model"
    """
    Discriminator; always `model`.
    """


class ModelConfigResponse(BaseModel):
    """
    A model config: the model, its parameters and templates.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of config. Starts with `config_`.
    """
    type: Literal["model"]
    """
    Discriminator; always `model`.
    """
    model: Annotated[str, Field(examples=["gpt-3.5-turbo"])]
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    other: dict[str, Any] | None = None
    """
    Other parameter values to be passed to the provider call.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: ModelProviders | None = None
    """
    The company providing the underlying model service.
    """
    max_tokens: int | None = None
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: float | None = None
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: float | None = None
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: str | list[str] | None = None
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: float | None = None
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: float | None = None
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    prompt_template: Annotated[
        str | None,
        Field(
            examples=["Summarize this for a second-grade student:\n\nText:\n{{text}}\n\nSummary:\n"]
        ),
    ] = None
    """
    Prompt template that will take your specified inputs to form your final request to the model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    chat_template: list[ChatMessage] | None = None
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the template should be specified with syntax: {{INPUT_NAME}}.
    """
    tool_configs: list[ToolConfigResponse] | None = None
    """
    Definition of tools shown to the model.
    """
    endpoint: ModelEndpoints | None = None
    """
    The provider model endpoint used.
    """


class PaginatedDataDatapointResponse(BaseModel):
    records: list[DatapointResponse]
    """
    The items on this page.
    """
    page: int
    """
    The page number of this page.
    """
    size: int
    """
    Maximum number of items per page.
    """
    total: int
    """
    Total number of items across all pages.
    """


class PaginatedDataSessionResponse(BaseModel):
    records: list[SessionResponse]
    """
    The items on this page.
    """
    page: int
    """
    The page number of this page.
    """
    size: int
    """
    Maximum number of items per page.
    """
    total: int
    """
    Total number of items across all pages.
    """


class ProjectModelConfigRequest(BaseModel):
    """
    Model config request. Contains fields that are common to all (i.e. both chat and complete) endpoints.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(examples=["gpt-3.5-turbo"])]
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: ModelProviders | None = None
    """
    The company providing the underlying model service.
    """
    max_tokens: int | None = -1
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: float | None = 1
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: float | None = 1
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: str | list[str] | None = None
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: float | None = 0
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: dict[str, Any] | None = None
    """
    Other parameter values to be passed to the provider call.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If it does not exist, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique project ID
    """
    experiment: str | None = None
    """
    If specified, the model config will be added to this experiment. Experiments are used for A/B testing and optimizing hyperparameters.
    """
    prompt_template: Annotated[
        str | None,
        Field(
            examples=["Summarize this for a second-grade student:\n\nText:\n{{text}}\n\nSummary:\n"]
        ),
    ] = None
    """
    Prompt template that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    chat_template: list[ChatMessage] | None = None
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    endpoint: ModelEndpoints | None = None
    """
    Which of the providers model endpoints to use. For example Complete or Edit.
    """
    tools: list[ModelConfigToolRequest] | None = None
    """
    Make tools available to OpenAIs chat model as functions.
    """


class UpdateDatapointRequest(BaseModel):
    inputs: dict[str, Any] | None = None
    """
    The inputs to the prompt template for this datapoint.
    """
    messages: list[ChatMessage] | None = None
    """
    The chat messages for this datapoint.
    """
    target: dict[str, Any] | None = None
    """
    Object with criteria necessary to evaluate this datapoint.
    """


class AgentConfigRequest(BaseModel):
    """
    Config of an agent: a model config plus tools, for logging.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["agent"]
    """
    Discriminator; always `agent`.
    """
    agent_class: str
    """
    Class of the agent.
    """
    model_config_: Annotated[ModelConfigRequest, Field(alias="model_config")]
    """
    Model config to associate with the agent.
    """
    description: str | None = None
    """
    A description of the model config.
    """
    name: str | None = None
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    tools: list[ToolConfigRequest] | None = None
    """
    Tools to associate with the agent.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """


class AgentConfigResponse(BaseModel):
    id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of config. Starts with `config_`.
    """
    type: Literal["agent"]
    """
    Discriminator; always `agent`.
    """
    name: str
    """
    Name of config.
    """
    agent_class: str
    """
    Class of the agent.
    """
    model_config_: Annotated[ModelConfigRequest, Field(alias="model_config")]
    """
    Model config associated with the agent.
    """
    description: str | None = None
    """
    Description of config.
    """
    other: dict[str, Any] | None = None
    """
    Other parameters that define the config.
    """
    tools: list[ToolConfigRequest] | None = None
    """
    Tools associated with the agent.
    """


class ChatDataResponse(BaseModel):
    """
    One sampled chat response.
    """

    id: Annotated[str, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])]
    """
    Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later.
    """
    index: int
    """
    The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated.
    """
    output: Annotated[
        str, Field(examples=["Arr, asynchronous programming be like sailin' many ships at once..."])
    ]
    """
    Output text returned from the provider model with leading and trailing whitespaces stripped.
    """
    raw_output: str
    """
    Raw output text returned from the provider model.
    """
    model_config_id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    The model configuration used to create the generation.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the chat template.
    """
    finish_reason: str | None = None
    """
    Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token.
    """
    tool_results: list[ToolResultResponse] | None = None
    """
    Results of any tools run during the generation.
    """
    messages: list[ChatMessage] | None = None
    """
    The messages passed to the to provider chat endpoint.
    """
    tool_call: ToolCall | None = None
    """
    JSON definition of the tool to call and the corresponding argument values. Will be populated when finish_reason='tool_call'.
    """


class ChatDeployedRequest(BaseModel):
    """
    Chat request for active deployment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: list[ChatMessage]
    """
    The messages passed to the to provider chat endpoint.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of chat responses.
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    tool_call: str | dict[str, Any] | None = None
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """
    environment: Annotated[str | None, Field(examples=["production"])] = None
    """
    The environment name used to create a chat response. If not specified, the default environment will be used.
    """


class ChatExperimentRequest(BaseModel):
    """
    Chat request for a specific experiment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: list[ChatMessage]
    """
    The messages passed to the to provider chat endpoint.
    """
    experiment_id: Annotated[str, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])]
    """
    If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of chat responses, where each chat response will use a model configuration sampled from the experiment.
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    tool_call: str | dict[str, Any] | None = None
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class ChatRequest(BaseModel):
    """
    Chat request with the model configuration given inline.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(examples=[[{"role": "user", "content": "Explain asynchronous programming."}]]),
    ]
    """
    The messages passed to the to provider chat endpoint.
    """
    model_config_: Annotated[ModelConfigChatRequest, Field(alias="model_config")]
    """
    The model configuration used to create a chat response.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: Annotated[
        dict[str, Any] | None, Field(examples=[{"persona": "the pirate Blackbeard"}])
    ] = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of chat responses.
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    tool_call: str | dict[str, Any] | None = None
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class ChatResponse(BaseModel):
    """
    Chat response, with one entry in `data` per sample.
    """

    data: list[ChatDataResponse]
    """
    Array containing the chat responses.
    """
    provider_responses: list[Any]
    """
    The raw responses returned by the model provider.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id
    """
    num_samples: int | None = None
    """
    The number of chat responses.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    usage: Usage | None = None
    """
    Counts of the number of tokens used and related stats.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    tool_call: str | dict[str, Any] | None = None
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class CompletionRequest(BaseModel):
    """
    Completion request with a provided model config.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model_config_: Annotated[ModelConfigCompletionRequest, Field(alias="model_config")]
    """
    The model configuration used to generate.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    provider_api_keys: ProviderApiKeys | None = None
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: int | None = 1
    """
    The number of generations.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: bool | None = False
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """


class CompletionResponse(BaseModel):
    """
    Completion response, with one entry in `data` per sample.
    """

    data: list[DataResponse]
    """
    Array containing the generation responses.
    """
    provider_responses: list[Any]
    """
    The raw responses returned by the model provider.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id
    """
    num_samples: int | None = None
    """
    How many completions to make for each set of inputs.
    """
    logprobs: int | None = None
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    suffix: str | None = None
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    End-user ID passed through to provider call.
    """
    usage: Usage | None = None
    """
    Counts of the number of tokens used and related stats.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """


class ConfigResponse(
    RootModel[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse
    ]
):
    root: Annotated[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse,
        Field(discriminator="type"),
    ]


class CreateProjectRequest(BaseModel):
    name: Annotated[str, Field(examples=["sdk-example"])]
    """
    Unique project name.
    """
    feedback_types: list[FeedbackTypeRequest] | None = None
    """
    Feedback types to be created.
    """


class EvaluationResponse(BaseModel):
    id: Annotated[str, Field(examples=["ev_4sbTnVWQrjr6B9EXyc2R7"])]
    """
    Unique ID for the evaluation. Starts with `ev_`.
    """
    status: EvaluationStatus
    """
    Status of the evaluation.
    """
    config: ConfigResponse
    """
    The config that was evaluated.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    evaluators: list[EvaluatorResponse]
    """
    Evaluators run in this evaluation.
    """
    dataset: DatasetResponse
    """
    The dataset used in this evaluation.
    """
    dataset_snapshot: DatasetResponse | None = None
    """
    Snapshot of the dataset taken when the evaluation ran.
    """
    evaluator_aggregates: list[ModelConfigEvaluatorAggregateResponse] | None = None
    """
    Aggregated evaluator results, if requested with `evaluator_aggregates=true`.
    """


class ExperimentConfigResponse(BaseModel):
    trials_count: int
    """
    Number of datapoints with feedback associated to the experiment.
    """
    active: bool
    """
    Whether the model config is active in the experiment. Only active model configs can be sampled from the experiment.
    """
    id: Annotated[str, Field(examples=["config_7VnGxMVLzw4ykh2YQWsn4"])]
    """
    String ID of model config. Starts with `config_`.
    """
    display_name: str
    """
    Display name of model config. If this is not set by the user, a friendly name is generated.
    """
    config: ConfigResponse
    """
    Definition of the config used in the experiment.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    mean: float | None = None
    """
    The mean performance of the model config.
    """
    spread: float | None = None
    """
    The spread of performance of the model config.
    """


class ExperimentResponse(BaseModel):
    id: Annotated[str, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])]
    """
    String ID of experiment. Starts with `exp_`.
    """
    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the experiment belongs to. Starts with `pr_`.
    """
    name: str
    """
    Name of experiment.
    """
    status: ExperimentStatus
    """
    Status of experiment.
    """
    metric: BaseMetricResponse
    """
    Metric used as the experiment's objective.
    """
    positive_labels: list[PositiveLabel]
    """
    Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    configs: list[ExperimentConfigResponse] | None = None
    """
    List of configs associated to the experiment.
    """


class GetModelConfigResponse(BaseModel):
    """
    A selected model configuration. If the model configuration was selected in the context of an experiment, the response will include a trial_id to associate a subsequent log() call.
    """

    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the model config belongs to. Starts with `pr_`.
    """
    project_name: Annotated[str, Field(examples=["sdk-example"])]
    """
    Name of the project the model config belongs to.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    last_used: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the config was last used to generate or log a datapoint.
    """
    config: ConfigResponse
    """
    The selected config.
    """
    feedback_stats: list[ProjectModelConfigFeedbackStatsResponse] | None = None
    """
    Feedback statistics for the project model config.
    """
    num_datapoints: int | None = None
    """
    Number of datapoints associated with this project model config.
    """
    experiment_id: Annotated[str | None, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])] = None
    """
    The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment.
    """
    evaluation_aggregates: list[ModelConfigEvaluatorAggregateResponse] | None = None
    """
    Aggregates of evaluators for the model config.
    """
    trial_id: str | None = None
    """
    ID of trial to reference in subsequent log calls.
    """


class LogRequest(BaseModel):
    """
    Request model for logging a datapoint.
    """

    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-3"])] = None
    """
    A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request.
    """
    trial_id: str | None = None
    """
    Unique ID of an experiment trial to associate to the log.
    """
    messages: list[ChatMessage] | None = None
    """
    The messages passed to the to provider chat endpoint.
    """
    output: Annotated[
        str | None,
        Field(
            examples=["Llamas can be friendly and curious if they are trained to be around people."]
        ),
    ] = None
    """
    Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later
    """
    config: (
        ModelConfigRequest | ToolConfigRequest | GenericConfigRequest | AgentConfigRequest | None
    ) = None
    """
    The model config used for this generation. Required unless `trial_id` is provided.
    """
    feedback: Feedback | list[Feedback] | None = None
    """
    Optional parameter to provide feedback with your logged datapoint.
    """
    created_at: Annotated[AwareDatetime | None, Field(examples=["2023-10-01T12:00:00Z"])] = None
    """
    User defined timestamp for when the log was created.
    """
    error: str | None = None
    """
    Error message if the log is an error.
    """
    duration: float | None = None
    """
    Duration of the logged event in seconds.
    """


class ProjectConfigResponse(BaseModel):
    project_id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    String ID of project the model config belongs to. Starts with `pr_`.
    """
    project_name: Annotated[str, Field(examples=["sdk-example"])]
    """
    Name of the project the model config belongs to.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    last_used: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the config was last used to generate or log a datapoint.
    """
    config: ConfigResponse
    """
    The config.
    """
    feedback_stats: list[ProjectModelConfigFeedbackStatsResponse] | None = None
    """
    Feedback statistics for the project model config.
    """
    num_datapoints: int | None = None
    """
    Number of datapoints associated with this project model config.
    """
    experiment_id: Annotated[str | None, Field(examples=["exp_6Jm8RG32hbPUaTD9zMHmX"])] = None
    """
    The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment.
    """
    evaluation_aggregates: list[ModelConfigEvaluatorAggregateResponse] | None = None
    """
    Aggregates of evaluators for the model config.
    """


class ProjectResponse(BaseModel):
    id: Annotated[str, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])]
    """
    Project ID
    """
    name: Annotated[str, Field(examples=["sdk-example"])]
    """
    Unique project name.
    """
    users: list[ProjectUserResponse]
    """
    Users associated to the project.
    """
    data_count: int
    """
    The count of datapoints that have been logged to the project.
    """
    feedback_types: list[FeedbackTypeModel]
    """
    Feedback types set up for the project.
    """
    team_id: Annotated[str, Field(examples=["tm_8b1Sv6g3b9cBpI3JcTmXp"])]
    """
    Unique ID of the team the project belongs to. Starts with `tm_`.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2023-10-01T12:00:00Z"])]
    """
    When the object was created.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2023-10-02T08:30:00Z"])]
    """
    When the object was last updated.
    """
    active_experiment: ExperimentResponse | None = None
    """
    Experiment that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set.
    """
    active_config: ProjectConfigResponse | None = None
    """
    Config that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set.
    """
    config_type: ConfigType | None = None
    """
    Type of the project's configs.
    """
    active_evaluators: list[EvaluatorResponse] | None = None
    """
    Evaluators that have been set as active for the project.
    """


class LogDatapointRequest(RootModel[LogRequest | list[LogRequest]]):
    root: LogRequest | list[LogRequest]
    """
    One datapoint to log, or a list of them.
    """


class LogResponse(BaseModel):
    """
    A logged datapoint.
    """

    config: ConfigResponse
    """
    The config used for this datapoint.
    """
    id: Annotated[str, Field(examples=["data_4r6FPRzJ7qZW1GNK9oGnZ"])]
    """
    String ID of logged datapoint. Starts with `data_`.
    """
    project: Annotated[str | None, Field(examples=["sdk-example"])] = None
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: Annotated[str | None, Field(examples=["pr_3usCu3bAkHyWVhx8Bcb0B"])] = None
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: Annotated[str | None, Field(examples=["sesh_1Nwq3jS8iS0NeK4gwp6cA"])] = None
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: Annotated[str | None, Field(examples=["conversation-42"])] = None
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: Annotated[str | None, Field(examples=["data_8a2pG7fFq1TC3lG7pdBxe"])] = None
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-2"])] = None
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: dict[str, Any] | None = None
    """
    The inputs passed to the prompt template.
    """
    source: Annotated[str | None, Field(examples=["sdk"])] = None
    """
    Identifies where the model was called from.
    """
    metadata: dict[str, Any] | None = None
    """
    Any additional metadata to record.
    """
    reference_id: Annotated[str | None, Field(examples=["conversation-42-turn-3"])] = None
    """
    Unique user-provided string identifying the datapoint.
    """
    trial_id: str | None = None
    """
    Unique ID of an experiment trial to associate to the log.
    """
    messages: list[ChatMessage] | None = None
    """
    The messages passed to the to provider chat endpoint.
    """
    output: str | None = None
    """
    Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later
    """
    feedback: Feedback | list[Feedback] | None = None
    """
    Optional parameter to provide feedback with your logged datapoint.
    """
    created_at: Annotated[AwareDatetime | None, Field(examples=["2023-10-01T12:00:00Z"])] = None
    """
    User defined timestamp for when the log was created.
    """
    error: str | None = None
    """
    Error message if the log is an error.
    """
    duration: float | None = None
    """
    Duration of the logged event in seconds.
    """
    model_config_: Annotated[ProjectConfigResponse | None, Field(alias="model_config")] = None
    """
    The config used for this datapoint.
    """
    user: Annotated[str | None, Field(examples=["user@example.com"])] = None
    """
    User email address provided when creating the datapoint.
    """
    provider_response: dict[str, Any] | str | None = None
    """
    Original response from the provider.
    """
    provider_latency: float | None = None
    """
    Latency of provider response.
    """
    raw_output: str | None = None
    """
    Raw output from the provider.
    """
    finish_reason: str | None = None
    """
    Reason the generation finished.
    """


class PaginatedDataLogResponse(BaseModel):
    records: list[LogResponse]
    """
    The items on this page.
    """
    page: int
    """
    The page number of this page.
    """
    size: int
    """
    Maximum number of items per page.
    """
    total: int
    """
    Total number of items across all pages.
    """


class PaginatedDataProjectResponse(BaseModel):
    records: list[ProjectResponse]
    """
    The items on this page.
    """
    page: int
    """
    The page number of this page.
    """
    size: int
    """
    Maximum number of items per page.
    """
    total: int
    """
    Total number of items across all pages.
    """


class EvaluationDatapointSnapshotResponse(BaseModel):
    datapoint: DatapointResponse
    """
    The datapoint that was evaluated.
    """
    evaluation_results: list[EvaluationResultResponse]
    """
    Results of each evaluator on this datapoint.
    """
    log: LogResponse | None = None
    """
    The log generated for this datapoint during the evaluation.
    """


class PaginatedDataEvaluationDatapointSnapshotResponse(BaseModel):
    records: list[EvaluationDatapointSnapshotResponse]
    """
    The items on this page.
    """
    page: int
    """
    The page number of this page.
    """
    size: int
    """
    Maximum number of items per page.
    """
    total: int
    """
    Total number of items across all pages.
    """
