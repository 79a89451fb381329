"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, RootModel

from .._enums import EnumOrLiteral, OpenEnum
from .._models import BaseModel


class ChatRole(OpenEnum):
    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    TOOL = "tool"


class ConfigType(OpenEnum):
    GENERIC = "generic"
    MODEL = "model"
    TOOL = "tool"
    AGENT = "agent"


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


class LabelSentiment(OpenEnum):
    """How a label should be treated in calculating model config performance. Used by a project's PAPV metric."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    UNSET = "unset"


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


class ProjectSortBy(OpenEnum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    NAME = "name"


class SortOrder(OpenEnum):
    ASC = "asc"
    DESC = "desc"


class BaseMetricResponse(BaseModel):
    description: Annotated[str, Field(description="A description of what the metric measures.")]
    """A description of what the metric measures."""

    id: Annotated[str, Field(description="ID of the metric. Starts with 'metric_'.")]
    """ID of the metric. Starts with 'metric_'."""

    name: Annotated[str, Field(description="The name of the metric.")]
    """The name of the metric."""

    code: Annotated[
        str,
        Field(description="Python code used to calculate a metric value on each logged datapoint."),
    ]
    """Python code used to calculate a metric value on each logged datapoint."""

    default: Annotated[
        bool,
        Field(
            description="Whether the metric is a global default metric. Metrics with this flag enabled cannot be deleted or modified."
        ),
    ]
    """Whether the metric is a global default metric. Metrics with this flag enabled cannot be deleted or modified."""

    active: Annotated[
        bool, Field(description="If enabled, the metric is calculated for every logged datapoint.")
    ]
    """If enabled, the metric is calculated for every logged datapoint."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""


class CategoricalFeedbackLabel(BaseModel):
    value: Annotated[str, Field(description="The label value.")]
    """The label value."""

    sentiment: Annotated[
        EnumOrLiteral[LabelSentiment, Literal["positive", "negative", "neutral", "unset"]],
        Field(description="Whether the feedback sentiment is positive or negative."),
    ]
    """Whether the feedback sentiment is positive or negative."""


class CompletionResponseChunk(BaseModel):
    """
    One server-sent event of a streamed completion (request body has `"stream": true`). The event's `data:` field is one JSON object of this shape. The published SDK has no model for stream chunks; the fields are those of DataResponse that change while streaming.
    """

    id: Annotated[
        str | None,
        Field(
            description="Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."
        ),
    ] = None
    """Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."""

    index: Annotated[
        int | None,
        Field(
            description="Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."
        ),
    ] = None
    """Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."""

    output: Annotated[
        str, Field(description="Text generated since the previous chunk of this sample.")
    ]
    """Text generated since the previous chunk of this sample."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."
        ),
    ] = None
    """Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."""

    model_config_id: Annotated[
        str | None, Field(description="The model configuration used to create the generation.")
    ] = None
    """The model configuration used to create the generation."""

    project_id: Annotated[
        str | None, Field(description="Unique identifier of the parent project.")
    ] = None
    """Unique identifier of the parent project."""


class CreateDatapointsByLogsRequest(BaseModel):
    log_ids: Annotated[
        list[str], Field(description="The IDs of the logs to create datapoints from.")
    ]
    """The IDs of the logs to create datapoints from."""


class CreateDatasetRequest(BaseModel):
    description: Annotated[
        str, Field(description="The description of the dataset.", max_length=255)
    ]
    """The description of the dataset."""

    name: Annotated[str, Field(description="The name of the dataset.", max_length=255)]
    """The name of the dataset."""


class CreateEvaluatorRequest(BaseModel):
    description: Annotated[
        str, Field(description="The description of the evaluator.", max_length=255)
    ]
    """The description of the evaluator."""

    name: Annotated[str, Field(description="The name of the evaluator.", max_length=255)]
    """The name of the evaluator."""

    code: Annotated[
        str,
        Field(
            description="The code for the evaluator. This code will be executed in a sandboxed environment."
        ),
    ]
    """The code for the evaluator. This code will be executed in a sandboxed environment."""

    arguments_type: Annotated[
        EnumOrLiteral[EvaluatorArgumentsType, Literal["target_free", "target_required"]],
        Field(description="Whether this evaluator is target-free or target-required."),
    ]
    """Whether this evaluator is target-free or target-required."""

    return_type: Annotated[
        EnumOrLiteral[EvaluatorReturnTypeEnum, Literal["boolean", "number"]],
        Field(description="The type of the return value of the evaluator."),
    ]
    """The type of the return value of the evaluator."""


class CreateLogResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of logged datapoint. Starts with `data_`.")]
    """String ID of logged datapoint. Starts with `data_`."""

    project_id: Annotated[
        str, Field(description="String ID of project the datapoint belongs to. Starts with `pr_`.")
    ]
    """String ID of project the datapoint belongs to. Starts with `pr_`."""

    session_id: Annotated[
        str | None,
        Field(
            description="String ID of session the datapoint belongs to. Populated only if the datapoint was logged with `session_id` or `session_reference_id`, and is `None` otherwise. Starts with `sesh_`."
        ),
    ] = None
    """String ID of session the datapoint belongs to. Populated only if the datapoint was logged with `session_id` or `session_reference_id`, and is `None` otherwise. Starts with `sesh_`."""


class CreateSessionResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of session. Starts with `sesh_`.")]
    """String ID of session. Starts with `sesh_`."""


class DatasetResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of dataset. Starts with `evts_`.")]
    """String ID of dataset. Starts with `evts_`."""

    project_id: Annotated[
        str,
        Field(description="String ID of the project the dataset belongs to. Starts with `pr_`."),
    ]
    """String ID of the project the dataset belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="The name of the dataset.")]
    """The name of the dataset."""

    datapoint_count: Annotated[int, Field(description="Number of datapoints in the dataset.")]
    """Number of datapoints in the dataset."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    description: Annotated[str | None, Field(description="The description of the dataset.")] = None
    """The description of the dataset."""


class EnvironmentProjectConfigResponse(BaseModel):
    project_id: Annotated[
        str,
        Field(description="String ID of project the model config belongs to. Starts with `pr_`."),
    ]
    """String ID of project the model config belongs to. Starts with `pr_`."""

    project_name: Annotated[
        str, Field(description="Name of the project the model config belongs to.")
    ]
    """Name of the project the model config belongs to."""

    environment_id: Annotated[str, Field(description="The ID of the environment.")]
    """The ID of the environment."""

    environment_name: Annotated[str, Field(description="The name of the environment.")]
    """The name of the environment."""

    environment_tag: Annotated[
        str, Field(description="Tag for the environment e.g. 'default' or 'other'.")
    ]
    """Tag for the environment e.g. 'default' or 'other'."""

    model_config_id: Annotated[
        str | None, Field(description="Model config unique identifier generated by Humanloop.")
    ] = None
    """Model config unique identifier generated by Humanloop."""

    model_config_name: Annotated[
        str | None, Field(description="A friendly display name for the model config.")
    ] = None
    """A friendly display name for the model config."""

    experiment_id: Annotated[
        str | None, Field(description="String ID of experiment. Starts with `exp_`.")
    ] = None
    """String ID of experiment. Starts with `exp_`."""

    experiment_name: Annotated[str | None, Field(description="Display name of experiment.")] = None
    """Display name of experiment."""


class EnvironmentRequest(BaseModel):
    id: Annotated[str, Field(description="Str Id of the envrionment. Starts with `env_`.")]
    """Str Id of the envrionment. Starts with `env_`."""

    name: Annotated[str | None, Field(description="The environment name.")] = None
    """The environment name."""


class EvaluationResultResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of the evaluation result.")]
    """String ID of the evaluation result."""

    evaluator_id: Annotated[
        str, Field(description="String ID of the evaluator. Starts with `evfn_`.")
    ]
    """String ID of the evaluator. Starts with `evfn_`."""

    log_id: Annotated[
        str, Field(description="String ID of the evaluated log. Starts with `data_`.")
    ]
    """String ID of the evaluated log. Starts with `data_`."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    evaluation_id: Annotated[
        str | None, Field(description="String ID of the evaluation. Starts with `ev_`.")
    ] = None
    """String ID of the evaluation. Starts with `ev_`."""

    value: Annotated[
        bool | float | None, Field(description="The value returned by the evaluator.")
    ] = None
    """The value returned by the evaluator."""

    error: Annotated[str | None, Field(description="Error message if the evaluator failed.")] = None
    """Error message if the evaluator failed."""


class EvaluatorResponse(BaseModel):
    description: Annotated[
        str, Field(description="The description of the evaluator.", max_length=255)
    ]
    """The description of the evaluator."""

    name: Annotated[str, Field(description="The name of the evaluator.", max_length=255)]
    """The name of the evaluator."""

    code: Annotated[
        str,
        Field(
            description="The code for the evaluator. This code will be executed in a sandboxed environment."
        ),
    ]
    """The code for the evaluator. This code will be executed in a sandboxed environment."""

    arguments_type: Annotated[
        EnumOrLiteral[EvaluatorArgumentsType, Literal["target_free", "target_required"]],
        Field(description="Whether this evaluator is target-free or target-required."),
    ]
    """Whether this evaluator is target-free or target-required."""

    return_type: Annotated[
        EnumOrLiteral[EvaluatorReturnTypeEnum, Literal["boolean", "number"]],
        Field(description="The type of the return value of the evaluator."),
    ]
    """The type of the return value of the evaluator."""

    id: Annotated[str, Field(description="Unique ID for the evaluator. Starts with `evfn_`.")]
    """Unique ID for the evaluator. Starts with `evfn_`."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""


class Feedback(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    value: Annotated[
        float | str,
        Field(
            description="The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."
        ),
    ]
    """The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."""

    data_id: Annotated[
        str | None,
        Field(description="ID to associate the feedback to a previously logged datapoint."),
    ] = None
    """ID to associate the feedback to a previously logged datapoint."""

    user: Annotated[
        str | None, Field(description="A unique identifier to who provided the feedback.")
    ] = None
    """A unique identifier to who provided the feedback."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the feedback was created."),
    ] = None
    """User defined timestamp for when the feedback was created."""


class FeedbackLabelRequest(BaseModel):
    value: Annotated[str, Field(description="The label value.")]
    """The label value."""

    sentiment: Annotated[
        EnumOrLiteral[LabelSentiment, Literal["positive", "negative", "neutral", "unset"]],
        Field(description="Whether the feedback sentiment is positive or negative."),
    ] = "positive"
    """Whether the feedback sentiment is positive or negative."""


class FeedbackRequest(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    value: Annotated[
        str | None,
        Field(
            description="The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise."
        ),
    ] = None
    """The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise."""

    data_id: Annotated[
        str | None,
        Field(description="ID to associate the feedback to a previously logged datapoint."),
    ] = None
    """ID to associate the feedback to a previously logged datapoint."""

    user: Annotated[
        str | None, Field(description="A unique identifier to who provided the feedback.")
    ] = None
    """A unique identifier to who provided the feedback."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the feedback was created."),
    ] = None
    """User defined timestamp for when the feedback was created."""

    unset: Annotated[
        bool | None, Field(description="If true, the value for this feedback is unset.")
    ] = None
    """If true, the value for this feedback is unset."""


class FeedbackResponse(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    value: Annotated[
        float | str,
        Field(
            description="The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."
        ),
    ]
    """The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'."""

    id: Annotated[
        str,
        Field(description="String ID of user feedback. Starts with `ann_`, short for annotation."),
    ]
    """String ID of user feedback. Starts with `ann_`, short for annotation."""

    data_id: Annotated[
        str | None,
        Field(description="ID to associate the feedback to a previously logged datapoint."),
    ] = None
    """ID to associate the feedback to a previously logged datapoint."""

    user: Annotated[
        str | None, Field(description="A unique identifier to who provided the feedback.")
    ] = None
    """A unique identifier to who provided the feedback."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the feedback was created."),
    ] = None
    """User defined timestamp for when the feedback was created."""


class FeedbackSubmitRequest(RootModel[FeedbackRequest | list[FeedbackRequest]]):
    root: Annotated[
        FeedbackRequest | list[FeedbackRequest],
        Field(description="One feedback item, or a list of them."),
    ]
    """One feedback item, or a list of them."""


class FeedbackSubmitResponse(RootModel[FeedbackResponse | list[FeedbackResponse]]):
    root: Annotated[
        FeedbackResponse | list[FeedbackResponse],
        Field(
            description="An object when one feedback item was submitted, a list when a list was submitted."
        ),
    ]
    """An object when one feedback item was submitted, a list when a list was submitted."""


class FeedbackTypeModel(BaseModel):
    type: Annotated[
        EnumOrLiteral[FeedbackType, Literal["rating", "action", "issue", "correction", "comment"]]
        | str,
        Field(
            description="The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."
        ),
    ]
    """The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'."""

    values: Annotated[
        list[CategoricalFeedbackLabel] | None,
        Field(
            description="The allowed values for categorical feedback types. Not populated for `correction` and `comment`."
        ),
    ] = None
    """The allowed values for categorical feedback types. Not populated for `correction` and `comment`."""


class FeedbackTypeRequest(BaseModel):
    type: Annotated[str, Field(description="The type of feedback to update.")]
    """The type of feedback to update."""

    values: Annotated[
        list[FeedbackLabelRequest] | None,
        Field(
            description="The feedback values to be available. This field should only be populated when updating a 'select' or 'multi_select' feedback class."
        ),
    ] = None
    """The feedback values to be available. This field should only be populated when updating a 'select' or 'multi_select' feedback class."""

    class_: Annotated[
        EnumOrLiteral[FeedbackClass, Literal["select", "multi_select", "text", "number"]] | None,
        Field(
            alias="class",
            description="The data type associated to this feedback type; whether it is a 'text'/'select'/'multi_select'. This is optional when updating the default feedback types (i.e. when `type` is 'rating', 'action' or 'issue')",
        ),
    ] = None
    """The data type associated to this feedback type; whether it is a 'text'/'select'/'multi_select'. This is optional when updating the default feedback types (i.e. when `type` is 'rating', 'action' or 'issue')"""


class FinetuneConfig(BaseModel):
    base_model: Annotated[
        str, Field(description="Unique reference to the model the fine-tuning was based on.")
    ]
    """Unique reference to the model the fine-tuning was based on."""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider."
        ),
    ] = None
    """Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(
            description="The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided."
        ),
    ] = None
    """The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided."""


class FinetuneDataSummary(BaseModel):
    """
    Summary of a finetuning dataset.
    """

    data_count: Annotated[int, Field(description="Number of datapoints in the dataset.")]
    """Number of datapoints in the dataset."""

    error_count: Annotated[int, Field(description="Number of datapoints with errors.")]
    """Number of datapoints with errors."""

    truncated_data_count: Annotated[
        int, Field(description="Number of datapoints that will be truncated.")
    ]
    """Number of datapoints that will be truncated."""

    token_count: Annotated[int, Field(description="Number of tokens in the dataset.")]
    """Number of tokens in the dataset."""

    truncated_token_count: Annotated[int, Field(description="Number of tokens after truncation.")]
    """Number of tokens after truncation."""

    cost: Annotated[float, Field(description="Estimated cost of the fine-tuning run.")]
    """Estimated cost of the fine-tuning run."""

    errors: Annotated[list[dict[str, Any]], Field(description="The errors found in the data.")]
    """The errors found in the data."""

    dataset_name: Annotated[str, Field(description="Name of the dataset.")]
    """Name of the dataset."""

    dataset_id: Annotated[str, Field(description="String ID of the dataset. Starts with `evts_`.")]
    """String ID of the dataset. Starts with `evts_`."""


class FinetuneResponse(BaseModel):
    id: Annotated[str, Field(description="Unique identifier for fine-tuned model.")]
    """Unique identifier for fine-tuned model."""

    name: Annotated[str, Field(description="User defined friendly name for a fine-tuning run")]
    """User defined friendly name for a fine-tuning run"""

    status: Annotated[
        str,
        Field(
            description="The fine-tuning process is run async and so the resultingfine-tuned model won't be available for generations until it has completed."
        ),
    ]
    """The fine-tuning process is run async and so the resultingfine-tuned model won't be available for generations until it has completed."""

    config: Annotated[
        FinetuneConfig, Field(description="Configuration details for the fine-tuned model.")
    ]
    """Configuration details for the fine-tuned model."""

    dataset: Annotated[DatasetResponse, Field(description="The dataset used for fine-tuning.")]
    """The dataset used for fine-tuning."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    model_name: Annotated[
        str | None,
        Field(
            description="Unique reference for the fine-tuned required to make calls to the provider."
        ),
    ] = None
    """Unique reference for the fine-tuned required to make calls to the provider."""

    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Any additional metadata that you would like to log for reference."),
    ] = None
    """Any additional metadata that you would like to log for reference."""

    provider_id: Annotated[
        str | None,
        Field(
            description="Unique ID for the fine-tuned model required to make calls to the provider's API."
        ),
    ] = None
    """Unique ID for the fine-tuned model required to make calls to the provider's API."""

    provider_details: Annotated[
        dict[str, Any] | None, Field(description="Provider specific fine-tuning results.")
    ] = None
    """Provider specific fine-tuning results."""

    data_summary: Annotated[
        dict[str, Any] | None,
        Field(description="Summary stats about the data used for finetuning."),
    ] = None
    """Summary stats about the data used for finetuning."""


class GenericConfigRequest(BaseModel):
    """
    A generic config, for logging anything that is not a model, tool or agent.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Annotated[Literal["generic"], Field(description="Discriminator; always `generic`.")]
    """Discriminator; always `generic`."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""


class GenericConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["generic"], Field(description="Discriminator; always `generic`.")]
    """Discriminator; always `generic`."""

    name: Annotated[str, Field(description="Name of config.")]
    """Name of config."""

    description: Annotated[str | None, Field(description="Description of config.")] = None
    """Description of config."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""


class LogsLogResponse(RootModel[CreateLogResponse | list[CreateLogResponse]]):
    root: Annotated[
        CreateLogResponse | list[CreateLogResponse],
        Field(
            description="One result per logged datapoint: an object when one datapoint was logged, a list when a list was logged."
        ),
    ]
    """One result per logged datapoint: an object when one datapoint was logged, a list when a list was logged."""


class ModelConfigCompletionRequest(BaseModel):
    """
    Completion model config request
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    prompt_template: Annotated[
        str,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ]
    """Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = -1
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = 1
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""


class ModelConfigEvaluatorAggregateResponse(BaseModel):
    model_config_id: Annotated[
        str, Field(description="String ID of the model config. Starts with `config_`.")
    ]
    """String ID of the model config. Starts with `config_`."""

    evaluator_id: Annotated[
        str, Field(description="String ID of the evaluator. Starts with `evfn_`.")
    ]
    """String ID of the evaluator. Starts with `evfn_`."""

    aggregate_value: Annotated[
        Any | None, Field(description="Aggregate of the evaluator results for this model config.")
    ] = None
    """Aggregate of the evaluator results for this model config."""


class ModelConfigToolRequest(BaseModel):
    """
    Definition of tool within a model config. The subset of ToolConfig parameters received by the chat endpoint. Does not have things like the signature or setup schema.
    """

    name: Annotated[str, Field(description="The name of the tool shown to the model.")]
    """The name of the tool shown to the model."""

    description: Annotated[
        str | None, Field(description="The description of the tool shown to the model.")
    ] = None
    """The description of the tool shown to the model."""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    source: Annotated[str | None, Field(description="Code source of the tool.")] = None
    """Code source of the tool."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    preset_name: Annotated[
        str | None,
        Field(
            description="If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"
        ),
    ] = None
    """If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"""


class PositiveLabel(BaseModel):
    type: Annotated[str, Field(description="Feedback type, e.g. 'rating'.")]
    """Feedback type, e.g. 'rating'."""

    value: Annotated[str, Field(description="Feedback value, e.g. 'good'.")]
    """Feedback value, e.g. 'good'."""


class ProjectModelConfigFeedbackStatsResponse(BaseModel):
    feedback_type_id: Annotated[int, Field(description="ID of the feedback type.")]
    """ID of the feedback type."""

    feedback_type: Annotated[str, Field(description="Name of the feedback type.")]
    """Name of the feedback type."""

    feedback_value: Annotated[str, Field(description="The feedback value counted.")]
    """The feedback value counted."""

    feedback_count: Annotated[int, Field(description="Number of times the value was given.")]
    """Number of times the value was given."""


class ProjectUserResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of user. Starts with `usr_`.")]
    """String ID of user. Starts with `usr_`."""

    email_address: Annotated[str, Field(description="The user's email address.")]
    """The user's email address."""

    full_name: Annotated[str | None, Field(description="The user's full name.")] = None
    """The user's full name."""


class ProviderApiKeys(BaseModel):
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """

    openai: Annotated[str | None, Field(description="OpenAI API key.")] = None
    """OpenAI API key."""

    ai21: Annotated[str | None, Field(description="AI21 API key.")] = None
    """AI21 API key."""

    mock: Annotated[str | None, Field(description="API key for the mock provider (testing).")] = (
        None
    )
    """API key for the mock provider (testing)."""

    anthropic: Annotated[str | None, Field(description="Anthropic API key.")] = None
    """Anthropic API key."""

    cohere: Annotated[str | None, Field(description="Cohere API key.")] = None
    """Cohere API key."""

    openai_azure: Annotated[str | None, Field(description="Azure OpenAI API key.")] = None
    """Azure OpenAI API key."""

    openai_azure_endpoint: Annotated[
        str | None, Field(description="Azure OpenAI endpoint URL.")
    ] = None
    """Azure OpenAI endpoint URL."""


class SessionProjectResponse(BaseModel):
    id: Annotated[
        str, Field(description="String ID of project the datapoint belongs to. Starts with `pr_`.")
    ]
    """String ID of project the datapoint belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="Name of the project.")]
    """Name of the project."""


class SessionResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of session. Starts with `sesh_`.")]
    """String ID of session. Starts with `sesh_`."""

    projects: Annotated[
        list[SessionProjectResponse],
        Field(description="List of projects that have datapoints associated to this session."),
    ]
    """List of projects that have datapoints associated to this session."""

    datapoints_count: Annotated[
        int, Field(description="Number of datapoints associated to this session.")
    ]
    """Number of datapoints associated to this session."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    reference_id: Annotated[
        str | None, Field(description="Unique user-provided string identifying the session.")
    ] = None
    """Unique user-provided string identifying the session."""

    first_inputs: Annotated[
        dict[str, Any] | None, Field(description="Inputs for the first datapoint in the session.")
    ] = None
    """Inputs for the first datapoint in the session."""

    last_output: Annotated[
        str | None, Field(description="Output for the last datapoint in the session.")
    ] = None
    """Output for the last datapoint in the session."""


class ToolCall(BaseModel):
    """
    A tool call to be made.
    """

    name: Annotated[str, Field(description="Name of the tool to call.")]
    """Name of the tool to call."""

    arguments: Annotated[
        Any | None, Field(description="Arguments for the tool call, as produced by the model.")
    ] = None
    """Arguments for the tool call, as produced by the model."""


class ToolConfigRequest(BaseModel):
    """
    Config of a tool, for logging.
    """

    name: Annotated[str, Field(description="The name of the tool shown to the model.")]
    """The name of the tool shown to the model."""

    type: Annotated[Literal["tool"], Field(description="Discriminator; always `tool`.")]
    """Discriminator; always `tool`."""

    description: Annotated[
        str | None, Field(description="The description of the tool shown to the model.")
    ] = None
    """The description of the tool shown to the model."""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    source: Annotated[str | None, Field(description="Code source of the tool.")] = None
    """Code source of the tool."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    preset_name: Annotated[
        str | None,
        Field(
            description="If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"
        ),
    ] = None
    """If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool"""


class ToolConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["tool"], Field(description="Discriminator; always `tool`.")]
    """Discriminator; always `tool`."""

    name: Annotated[str, Field(description="Name for the tool referenced by the model")]
    """Name for the tool referenced by the model"""

    description: Annotated[
        str | None, Field(description="Description of the tool referenced by the model")
    ] = None
    """Description of the tool referenced by the model"""

    parameters: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    source: Annotated[str | None, Field(description="Code source of the tool.")] = None
    """Code source of the tool."""

    setup_schema: Annotated[
        dict[str, Any] | None,
        Field(
            description="Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"
        ),
    ] = None
    """Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/"""

    signature: Annotated[
        str | None, Field(description="The function signature of the tool when being called.")
    ] = None
    """The function signature of the tool when being called."""

    is_preset: Annotated[
        bool | None,
        Field(description="Whether the tool is one where Humanloop defines runtime or not."),
    ] = None
    """Whether the tool is one where Humanloop defines runtime or not."""

    preset_name: Annotated[
        str | None,
        Field(
            description="If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to lookup the Humanloop runtime of the tool"
        ),
    ] = None
    """If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to lookup the Humanloop runtime of the tool"""


class ToolResultResponse(BaseModel):
    """
    A result from a tool used to populate the prompt template
    """

    id: Annotated[str, Field(description="String ID of the tool result.")]
    """String ID of the tool result."""

    name: Annotated[str, Field(description="Name of the tool.")]
    """Name of the tool."""

    signature: Annotated[str, Field(description="Signature the tool was called with.")]
    """Signature the tool was called with."""

    result: Annotated[str, Field(description="Result returned by the tool.")]
    """Result returned by the tool."""


class UpdateDatasetRequest(BaseModel):
    description: Annotated[
        str | None, Field(description="The description of the dataset.", max_length=255)
    ] = None
    """The description of the dataset."""

    name: Annotated[str | None, Field(description="The name of the dataset.", max_length=255)] = (
        None
    )
    """The name of the dataset."""


class UpdateEvaluatorRequest(BaseModel):
    description: Annotated[
        str | None, Field(description="The description of the evaluator.", max_length=255)
    ] = None
    """The description of the evaluator."""

    name: Annotated[str | None, Field(description="The name of the evaluator.")] = None
    """The name of the evaluator."""

    code: Annotated[
        str | None,
        Field(
            description="The code for the evaluator. This code will be executed in a sandboxed environment."
        ),
    ] = None
    """The code for the evaluator. This code will be executed in a sandboxed environment."""

    arguments_type: Annotated[
        EnumOrLiteral[EvaluatorArgumentsType, Literal["target_free", "target_required"]] | None,
        Field(description="Whether this evaluator is target-free or target-required."),
    ] = None
    """Whether this evaluator is target-free or target-required."""

    return_type: Annotated[
        EnumOrLiteral[EvaluatorReturnTypeEnum, Literal["boolean", "number"]] | None,
        Field(description="The type of the return value of the evaluator."),
    ] = None
    """The type of the return value of the evaluator."""


class UpdateExperimentRequest(BaseModel):
    name: Annotated[str | None, Field(description="Name of experiment.")] = None
    """Name of experiment."""

    positive_labels: Annotated[
        list[PositiveLabel] | None,
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ] = None
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    config_ids_to_register: Annotated[
        list[str] | None, Field(description="Model configs to add to this experiment.")
    ] = None
    """Model configs to add to this experiment."""

    config_ids_to_deregister: Annotated[
        list[str] | None, Field(description="Model configs in this experiment to be deactivated.")
    ] = None
    """Model configs in this experiment to be deactivated."""


class UpdateFinetuneRequest(BaseModel):
    name: Annotated[
        str | None, Field(description="User defined friendly name for the fine-tuned model.")
    ] = None
    """User defined friendly name for the fine-tuned model."""


class UpdateLogRequest(BaseModel):
    output: Annotated[
        str | None, Field(description="Generated output from your model for the provided inputs.")
    ] = None
    """Generated output from your model for the provided inputs."""

    error: Annotated[str | None, Field(description="Error message if the log is an error.")] = None
    """Error message if the log is an error."""

    duration: Annotated[
        float | None, Field(description="Duration of the logged event in seconds.")
    ] = None
    """Duration of the logged event in seconds."""


class UpdateProjectRequest(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls."
        ),
    ] = None
    """The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls."""

    active_experiment_id: Annotated[
        str | None,
        Field(
            description="ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set."
        ),
    ] = None
    """ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set."""

    active_config_id: Annotated[
        str | None,
        Field(
            description="ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set."
        ),
    ] = None
    """ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set."""

    positive_labels: Annotated[
        list[PositiveLabel] | None,
        Field(description="The full list of labels to treat as positive user feedback."),
    ] = None
    """The full list of labels to treat as positive user feedback."""


class Usage(BaseModel):
    prompt_tokens: Annotated[int, Field(description="Number of tokens used in the prompt.")]
    """Number of tokens used in the prompt."""

    generation_tokens: Annotated[
        int, Field(description="Number of tokens produced by the generation.")
    ]
    """Number of tokens produced by the generation."""

    total_tokens: Annotated[
        int, Field(description="Total number of tokens used by the prompt and generation combined.")
    ]
    """Total number of tokens used by the prompt and generation combined."""


class ValidationError(BaseModel):
    loc: Annotated[
        list[str | int],
        Field(
            description="Location of the invalid value: the request part (`body`, `query`, `path`) followed by field names and list indices."
        ),
    ]
    """Location of the invalid value: the request part (`body`, `query`, `path`) followed by field names and list indices."""

    msg: Annotated[str, Field(description="Human-readable error message.")]
    """Human-readable error message."""

    type: Annotated[str, Field(description="Error type identifier.")]
    """Error type identifier."""


class ChatMessage(BaseModel):
    role: Annotated[
        EnumOrLiteral[ChatRole, Literal["user", "assistant", "system", "tool"]],
        Field(description="Role of the message author."),
    ]
    """Role of the message author."""

    content: Annotated[str | None, Field(description="The content of the message.")] = None
    """The content of the message."""

    name: Annotated[str | None, Field(description="Optional name of the message author.")] = None
    """Optional name of the message author."""

    tool_call: Annotated[
        ToolCall | None,
        Field(description="A tool call requested by the model (assistant messages)."),
    ] = None
    """A tool call requested by the model (assistant messages)."""


class ChatModelConfigRequest(BaseModel):
    """
    Chat request for a specific model configuration.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(description="The messages passed to the to provider chat endpoint."),
    ]
    """The messages passed to the to provider chat endpoint."""

    model_config_id: Annotated[
        str, Field(description="Identifies the model configuration used to create a chat response.")
    ]
    """Identifies the model configuration used to create a chat response."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of chat responses.")] = 1
    """The number of chat responses."""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""


class ChatResponseChunk(BaseModel):
    """
    One server-sent event of a streamed chat response (request body has `"stream": true`). The event's `data:` field is one JSON object of this shape. The published SDK has no model for stream chunks; the fields are those of ChatDataResponse that change while streaming.
    """

    id: Annotated[
        str | None,
        Field(
            description="Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."
        ),
    ] = None
    """Unique ID of the datapoint being generated; the same on every chunk of one sample. Use it to record feedback later."""

    index: Annotated[
        int | None,
        Field(
            description="Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."
        ),
    ] = None
    """Index of the sample this chunk belongs to. With `num_samples` > 1 the samples are streamed back independently and interleaved."""

    output: Annotated[
        str, Field(description="Text generated since the previous chunk of this sample.")
    ]
    """Text generated since the previous chunk of this sample."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."
        ),
    ] = None
    """Why the generation ended: 'stop', 'length' or 'tool_call'. Null on every chunk except the last one of a sample."""

    model_config_id: Annotated[
        str | None, Field(description="The model configuration used to create the generation.")
    ] = None
    """The model configuration used to create the generation."""

    project_id: Annotated[
        str | None, Field(description="Unique identifier of the parent project.")
    ] = None
    """Unique identifier of the parent project."""

    tool_call: Annotated[
        ToolCall | None,
        Field(
            description="Tool the model chose to call; populated on the final chunk when finish_reason is 'tool_call'."
        ),
    ] = None
    """Tool the model chose to call; populated on the final chunk when finish_reason is 'tool_call'."""


class CompletionDeployedRequest(BaseModel):
    """
    Completion request using the project's active deployment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of generations.")] = 1
    """The number of generations."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    environment: Annotated[
        str | None,
        Field(
            description="The environment name used to create a chat response. If not specified, the default environment will be used."
        ),
    ] = None
    """The environment name used to create a chat response. If not specified, the default environment will be used."""


class CompletionExperimentRequest(BaseModel):
    """
    Completion request for a specific experiment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    experiment_id: Annotated[
        str,
        Field(
            description="If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations."
        ),
    ]
    """If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[
        int,
        Field(
            description="The number of chat responses, where each chat response will use a model configuration sampled from the experiment."
        ),
    ] = 1
    """The number of chat responses, where each chat response will use a model configuration sampled from the experiment."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""


class CompletionModelConfigRequest(BaseModel):
    """
    Completion request for a specific model config.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model_config_id: Annotated[
        str, Field(description="Identifies the model configuration used to create a chat response.")
    ]
    """Identifies the model configuration used to create a chat response."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of generations.")] = 1
    """The number of generations."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""


class CompletionRequest(BaseModel):
    """
    Completion request with a provided model config.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model_config_: Annotated[
        ModelConfigCompletionRequest,
        Field(alias="model_config", description="The model configuration used to generate."),
    ]
    """The model configuration used to generate."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of generations.")] = 1
    """The number of generations."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""


class CreateDatapointRequest(BaseModel):
    inputs: Annotated[
        dict[str, str] | None,
        Field(description="The inputs to the prompt template for this datapoint."),
    ] = None
    """The inputs to the prompt template for this datapoint."""

    messages: Annotated[
        list[ChatMessage] | None, Field(description="The chat messages for this datapoint.")
    ] = None
    """The chat messages for this datapoint."""

    target: Annotated[
        dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None,
        Field(description="Object with criteria necessary to evaluate this datapoint."),
    ] = None
    """Object with criteria necessary to evaluate this datapoint."""


class CreateEvaluationRequest(BaseModel):
    config_id: Annotated[
        str, Field(description="ID of the config to evaluate. Starts with `config_`.")
    ]
    """ID of the config to evaluate. Starts with `config_`."""

    evaluator_ids: Annotated[
        list[str],
        Field(description="IDs of evaluators to run on the dataset. IDs start with `evfn_`"),
    ]
    """IDs of evaluators to run on the dataset. IDs start with `evfn_`"""

    dataset_id: Annotated[
        str, Field(description="ID of the dataset to use in this evaluation. Starts with `evts_`.")
    ]
    """ID of the dataset to use in this evaluation. Starts with `evts_`."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization."""


class CreateExperimentRequest(BaseModel):
    name: Annotated[str, Field(description="Name of experiment.")]
    """Name of experiment."""

    positive_labels: Annotated[
        list[PositiveLabel],
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ]
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    config_ids: Annotated[
        list[str] | None,
        Field(description="Configs to add to this experiment. Further configs can be added later."),
    ] = None
    """Configs to add to this experiment. Further configs can be added later."""

    set_active: Annotated[
        bool,
        Field(description="Whether to set the created project as the project's active experiment."),
    ] = False
    """Whether to set the created project as the project's active experiment."""


class CreateProjectRequest(BaseModel):
    name: Annotated[str, Field(description="Unique project name.")]
    """Unique project name."""

    feedback_types: Annotated[
        list[FeedbackTypeRequest] | None, Field(description="Feedback types to be created.")
    ] = None
    """Feedback types to be created."""


class DataResponse(BaseModel):
    """
    One sampled completion.
    """

    id: Annotated[
        str,
        Field(
            description="Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."
        ),
    ]
    """Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."""

    index: Annotated[
        int,
        Field(
            description="The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."
        ),
    ]
    """The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."""

    output: Annotated[
        str,
        Field(
            description="Output text returned from the provider model with leading and trailing whitespaces stripped."
        ),
    ]
    """Output text returned from the provider model with leading and trailing whitespaces stripped."""

    raw_output: Annotated[
        str, Field(description="Raw output text returned from the provider model.")
    ]
    """Raw output text returned from the provider model."""

    inputs: Annotated[
        dict[str, Any], Field(description="The inputs passed to the prompt template.")
    ]
    """The inputs passed to the prompt template."""

    model_config_id: Annotated[
        str, Field(description="The model configuration used to create the generation.")
    ]
    """The model configuration used to create the generation."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."
        ),
    ] = None
    """Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."""

    tool_results: Annotated[
        list[ToolResultResponse] | None,
        Field(description="Results of any tools run during the generation."),
    ] = None
    """Results of any tools run during the generation."""


class DatapointResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of datapoint. Starts with `evtc_`.")]
    """String ID of datapoint. Starts with `evtc_`."""

    dataset_id: Annotated[
        str,
        Field(
            description="String ID of the dataset the datapoint belongs to. Starts with `evts_`."
        ),
    ]
    """String ID of the dataset the datapoint belongs to. Starts with `evts_`."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    inputs: Annotated[
        dict[str, str] | None,
        Field(description="The inputs to the prompt template for this datapoint."),
    ] = None
    """The inputs to the prompt template for this datapoint."""

    messages: Annotated[
        list[ChatMessage] | None, Field(description="The chat messages for this datapoint.")
    ] = None
    """The chat messages for this datapoint."""

    target: Annotated[
        dict[str, dict[str, Any] | list[Any] | bool | float | int | str] | None,
        Field(description="Object with criteria necessary to evaluate this datapoint."),
    ] = None
    """Object with criteria necessary to evaluate this datapoint."""

    source_project_data_id: Annotated[
        str | None,
        Field(
            description="ID of the logged datapoint this datapoint was created from, if any. Starts with `data_`."
        ),
    ] = None
    """ID of the logged datapoint this datapoint was created from, if any. Starts with `data_`."""


class DatasetsCreateDatapointRequest(
    RootModel[CreateDatapointsByLogsRequest | CreateDatapointRequest | list[CreateDatapointRequest]]
):
    root: Annotated[
        CreateDatapointsByLogsRequest | CreateDatapointRequest | list[CreateDatapointRequest],
        Field(
            description='Either `{"log_ids": [...]}` to copy logged datapoints into the dataset, one datapoint, or a list of datapoints. `anyOf`, not `oneOf`: a `log_ids` object is also a valid (empty) CreateDatapointRequest.'
        ),
    ]
    """Either `{"log_ids": [...]}` to copy logged datapoints into the dataset, one datapoint, or a list of datapoints. `anyOf`, not `oneOf`: a `log_ids` object is also a valid (empty) CreateDatapointRequest."""


class EnvironmentProjectConfigRequest(BaseModel):
    config_id: Annotated[
        str | None, Field(description="Model config unique identifier generated by Humanloop.")
    ] = None
    """Model config unique identifier generated by Humanloop."""

    experiment_id: Annotated[
        str | None, Field(description="String ID of experiment. Starts with `exp_`.")
    ] = None
    """String ID of experiment. Starts with `exp_`."""

    environments: Annotated[
        list[EnvironmentRequest] | None,
        Field(description="List of environments to associate with the model config."),
    ] = None
    """List of environments to associate with the model config."""


class FinetuneRequest(BaseModel):
    name: Annotated[str, Field(description="User defined friendly name for a finetuning run")]
    """User defined friendly name for a finetuning run"""

    dataset_id: Annotated[str, Field(description="ID of dataset used for finetuning")]
    """ID of dataset used for finetuning"""

    config: Annotated[
        FinetuneConfig,
        Field(description="Configuration and hyper-parameters for the fine-tuning process"),
    ]
    """Configuration and hyper-parameters for the fine-tuning process"""

    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Any additional metadata that you would like to log for reference."),
    ] = None
    """Any additional metadata that you would like to log for reference."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""


class HTTPValidationError(BaseModel):
    """
    The request failed validation (HTTP 422).
    """

    detail: Annotated[
        list[ValidationError] | None, Field(description="One entry per invalid field.")
    ] = None
    """One entry per invalid field."""


class ModelConfigChatRequest(BaseModel):
    """
    Chat model config request.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = -1
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = 1
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."""

    tools: Annotated[
        list[ModelConfigToolRequest] | None,
        Field(description="Make tools available to OpenAIs chat model as functions."),
    ] = None
    """Make tools available to OpenAIs chat model as functions."""


class ModelConfigRequest(BaseModel):
    """
    Model config used for logging both chat and completion.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = -1
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = 1
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""

    prompt_template: Annotated[
        str | None,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}."""

    tools: Annotated[
        list[ModelConfigToolRequest] | None,
        Field(description="Make tools available to OpenAIs chat model as functions."),
    ] = None
    """Make tools available to OpenAIs chat model as functions."""

    type: Annotated[Literal["model"], Field(description="Discriminator; always `model`.")] = "model"
    """Discriminator; always `model`."""


class ModelConfigResponse(BaseModel):
    """
    A model config: the model, its parameters and templates.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["model"], Field(description="Discriminator; always `model`.")]
    """Discriminator; always `model`."""

    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int | None,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = None
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float | None,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = None
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float | None,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float | None,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    prompt_template: Annotated[
        str | None,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Prompt template that will take your specified inputs to form your final request to the model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the template should be specified with syntax: {{INPUT_NAME}}."""

    tool_configs: Annotated[
        list[ToolConfigResponse] | None,
        Field(description="Definition of tools shown to the model."),
    ] = None
    """Definition of tools shown to the model."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(description="The provider model endpoint used."),
    ] = None
    """The provider model endpoint used."""


class PaginatedDataDatapointResponse(BaseModel):
    records: Annotated[list[DatapointResponse], Field(description="The items on this page.")]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""


class PaginatedDataSessionResponse(BaseModel):
    records: Annotated[list[SessionResponse], Field(description="The items on this page.")]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""


class ProjectModelConfigRequest(BaseModel):
    """
    Model config request. Contains fields that are common to all (i.e. both chat and complete) endpoints.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Annotated[str, Field(description="The model instance used. E.g. text-davinci-002.")]
    """The model instance used. E.g. text-davinci-002."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    provider: Annotated[
        EnumOrLiteral[
            ModelProviders,
            Literal[
                "openai",
                "openai_azure",
                "ai21",
                "mock",
                "anthropic",
                "langchain",
                "cohere",
                "replicate",
            ],
        ]
        | None,
        Field(description="The company providing the underlying model service."),
    ] = None
    """The company providing the underlying model service."""

    max_tokens: Annotated[
        int,
        Field(
            description="The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"
        ),
    ] = -1
    """The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt"""

    temperature: Annotated[
        float,
        Field(
            description="What sampling temperature to use when making a generation. Higher values means the model will be more creative."
        ),
    ] = 1
    """What sampling temperature to use when making a generation. Higher values means the model will be more creative."""

    top_p: Annotated[
        float,
        Field(
            description="An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."
        ),
    ] = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""

    stop: Annotated[
        str | list[str] | None,
        Field(
            description="The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."
        ),
    ] = None
    """The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence."""

    presence_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far."""

    frequency_penalty: Annotated[
        float,
        Field(
            description="Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."
        ),
    ] = 0
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far."""

    other: Annotated[
        dict[str, Any] | None,
        Field(description="Other parameter values to be passed to the provider call."),
    ] = None
    """Other parameter values to be passed to the provider call."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If it does not exist, a new project will be created."
        ),
    ] = None
    """Unique project name. If it does not exist, a new project will be created."""

    project_id: Annotated[str | None, Field(description="Unique project ID")] = None
    """Unique project ID"""

    experiment: Annotated[
        str | None,
        Field(
            description="If specified, the model config will be added to this experiment. Experiments are used for A/B testing and optimizing hyperparameters."
        ),
    ] = None
    """If specified, the model config will be added to this experiment. Experiments are used for A/B testing and optimizing hyperparameters."""

    prompt_template: Annotated[
        str | None,
        Field(
            description="Prompt template that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Prompt template that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    chat_template: Annotated[
        list[ChatMessage] | None,
        Field(
            description="Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."
        ),
    ] = None
    """Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}."""

    endpoint: Annotated[
        EnumOrLiteral[ModelEndpoints, Literal["complete", "chat", "edit"]] | None,
        Field(
            description="Which of the providers model endpoints to use. For example Complete or Edit."
        ),
    ] = None
    """Which of the providers model endpoints to use. For example Complete or Edit."""

    tools: Annotated[
        list[ModelConfigToolRequest] | None,
        Field(description="Make tools available to OpenAIs chat model as functions."),
    ] = None
    """Make tools available to OpenAIs chat model as functions."""


class UpdateDatapointRequest(BaseModel):
    inputs: Annotated[
        dict[str, Any] | None,
        Field(description="The inputs to the prompt template for this datapoint."),
    ] = None
    """The inputs to the prompt template for this datapoint."""

    messages: Annotated[
        list[ChatMessage] | None, Field(description="The chat messages for this datapoint.")
    ] = None
    """The chat messages for this datapoint."""

    target: Annotated[
        dict[str, Any] | None,
        Field(description="Object with criteria necessary to evaluate this datapoint."),
    ] = None
    """Object with criteria necessary to evaluate this datapoint."""


class AgentConfigRequest(BaseModel):
    """
    Config of an agent: a model config plus tools, for logging.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Annotated[Literal["agent"], Field(description="Discriminator; always `agent`.")]
    """Discriminator; always `agent`."""

    agent_class: Annotated[str, Field(description="Class of the agent.")]
    """Class of the agent."""

    model_config_: Annotated[
        ModelConfigRequest,
        Field(alias="model_config", description="Model config to associate with the agent."),
    ]
    """Model config to associate with the agent."""

    description: Annotated[str | None, Field(description="A description of the model config.")] = (
        None
    )
    """A description of the model config."""

    name: Annotated[
        str | None,
        Field(
            description="A friendly display name for the model config. If not provided, a name will be generated."
        ),
    ] = None
    """A friendly display name for the model config. If not provided, a name will be generated."""

    tools: Annotated[
        list[ToolConfigRequest] | None, Field(description="Tools to associate with the agent.")
    ] = None
    """Tools to associate with the agent."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""


class AgentConfigResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of config. Starts with `config_`.")]
    """String ID of config. Starts with `config_`."""

    type: Annotated[Literal["agent"], Field(description="Discriminator; always `agent`.")]
    """Discriminator; always `agent`."""

    name: Annotated[str, Field(description="Name of config.")]
    """Name of config."""

    agent_class: Annotated[str, Field(description="Class of the agent.")]
    """Class of the agent."""

    model_config_: Annotated[
        ModelConfigRequest,
        Field(alias="model_config", description="Model config associated with the agent."),
    ]
    """Model config associated with the agent."""

    description: Annotated[str | None, Field(description="Description of config.")] = None
    """Description of config."""

    other: Annotated[
        dict[str, Any] | None, Field(description="Other parameters that define the config.")
    ] = None
    """Other parameters that define the config."""

    tools: Annotated[
        list[ToolConfigRequest] | None, Field(description="Tools associated with the agent.")
    ] = None
    """Tools associated with the agent."""


class ChatDataResponse(BaseModel):
    """
    One sampled chat response.
    """

    id: Annotated[
        str,
        Field(
            description="Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."
        ),
    ]
    """Unique ID for the model inputs and output logged to Humanloop. Use this when recording feedback later."""

    index: Annotated[
        int,
        Field(
            description="The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."
        ),
    ]
    """The index for the sampled generation for a given input. The num_samples request parameter controls how many samples are generated."""

    output: Annotated[
        str,
        Field(
            description="Output text returned from the provider model with leading and trailing whitespaces stripped."
        ),
    ]
    """Output text returned from the provider model with leading and trailing whitespaces stripped."""

    raw_output: Annotated[
        str, Field(description="Raw output text returned from the provider model.")
    ]
    """Raw output text returned from the provider model."""

    model_config_id: Annotated[
        str, Field(description="The model configuration used to create the generation.")
    ]
    """The model configuration used to create the generation."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the chat template.")
    ] = None
    """The inputs passed to the chat template."""

    finish_reason: Annotated[
        str | None,
        Field(
            description="Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."
        ),
    ] = None
    """Why the generation ended. One of 'stop' (indicating a stop token was encountered), or 'length' (indicating the max tokens limit has been reached), or 'tool_call' (indicating that the model has chosen to call a tool - in which case the tool_call parameter of the response will be populated). It will be set as null for the intermediary responses during a stream, and will only be set as non-null for the final streamed token."""

    tool_results: Annotated[
        list[ToolResultResponse] | None,
        Field(description="Results of any tools run during the generation."),
    ] = None
    """Results of any tools run during the generation."""

    messages: Annotated[
        list[ChatMessage] | None,
        Field(description="The messages passed to the to provider chat endpoint."),
    ] = None
    """The messages passed to the to provider chat endpoint."""

    tool_call: Annotated[
        ToolCall | None,
        Field(
            description="JSON definition of the tool to call and the corresponding argument values. Will be populated when finish_reason='tool_call'."
        ),
    ] = None
    """JSON definition of the tool to call and the corresponding argument values. Will be populated when finish_reason='tool_call'."""


class ChatDeployedRequest(BaseModel):
    """
    Chat request for active deployment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(description="The messages passed to the to provider chat endpoint."),
    ]
    """The messages passed to the to provider chat endpoint."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of chat responses.")] = 1
    """The number of chat responses."""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""

    environment: Annotated[
        str | None,
        Field(
            description="The environment name used to create a chat response. If not specified, the default environment will be used."
        ),
    ] = None
    """The environment name used to create a chat response. If not specified, the default environment will be used."""


class ChatExperimentRequest(BaseModel):
    """
    Chat request for a specific experiment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(description="The messages passed to the to provider chat endpoint."),
    ]
    """The messages passed to the to provider chat endpoint."""

    experiment_id: Annotated[
        str,
        Field(
            description="If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations."
        ),
    ]
    """If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[
        int,
        Field(
            description="The number of chat responses, where each chat response will use a model configuration sampled from the experiment."
        ),
    ] = 1
    """The number of chat responses, where each chat response will use a model configuration sampled from the experiment."""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""


class ChatRequest(BaseModel):
    """
    Chat request with the model configuration given inline.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    messages: Annotated[
        list[ChatMessage],
        Field(description="The messages passed to the to provider chat endpoint."),
    ]
    """The messages passed to the to provider chat endpoint."""

    model_config_: Annotated[
        ModelConfigChatRequest,
        Field(
            alias="model_config",
            description="The model configuration used to create a chat response.",
        ),
    ]
    """The model configuration used to create a chat response."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    provider_api_keys: Annotated[
        ProviderApiKeys | None,
        Field(
            description="API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."
        ),
    ] = None
    """API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization."""

    num_samples: Annotated[int, Field(description="The number of chat responses.")] = 1
    """The number of chat responses."""

    stream: Annotated[
        bool,
        Field(
            description="If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."
        ),
    ] = False
    """If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""


class ChatResponse(BaseModel):
    """
    Chat response, with one entry in `data` per sample.
    """

    data: Annotated[
        list[ChatDataResponse], Field(description="Array containing the chat responses.")
    ]
    """Array containing the chat responses."""

    provider_responses: Annotated[
        list[Any], Field(description="The raw responses returned by the model provider.")
    ]
    """The raw responses returned by the model provider."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"
        ),
    ] = None
    """Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"""

    num_samples: Annotated[int | None, Field(description="The number of chat responses.")] = None
    """The number of chat responses."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    usage: Annotated[
        Usage | None, Field(description="Counts of the number of tokens used and related stats.")
    ] = None
    """Counts of the number of tokens used and related stats."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    tool_call: Annotated[
        str | dict[str, Any] | None,
        Field(
            description="Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."
        ),
    ] = None
    """Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name."""


class CompletionResponse(BaseModel):
    """
    Completion response, with one entry in `data` per sample.
    """

    data: Annotated[
        list[DataResponse], Field(description="Array containing the generation responses.")
    ]
    """Array containing the generation responses."""

    provider_responses: Annotated[
        list[Any], Field(description="The raw responses returned by the model provider.")
    ]
    """The raw responses returned by the model provider."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"
        ),
    ] = None
    """Unique identifier of the parent project. Will not be provided if the request was made without providing a project name or id"""

    num_samples: Annotated[
        int | None, Field(description="How many completions to make for each set of inputs.")
    ] = None
    """How many completions to make for each set of inputs."""

    logprobs: Annotated[
        int | None,
        Field(
            description="Include the log probabilities of the top n tokens in the provider_response"
        ),
    ] = None
    """Include the log probabilities of the top n tokens in the provider_response"""

    suffix: Annotated[
        str | None,
        Field(
            description="The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."
        ),
    ] = None
    """The suffix that comes after a completion of inserted text. Useful for completions that act like inserts."""

    user: Annotated[
        str | None, Field(description="End-user ID passed through to provider call.")
    ] = None
    """End-user ID passed through to provider call."""

    usage: Annotated[
        Usage | None, Field(description="Counts of the number of tokens used and related stats.")
    ] = None
    """Counts of the number of tokens used and related stats."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""


class ConfigResponse(
    RootModel[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse
    ]
):
    root: Annotated[
        ModelConfigResponse | ToolConfigResponse | AgentConfigResponse | GenericConfigResponse,
        Field(discriminator="type"),
    ]


class EvaluationResponse(BaseModel):
    id: Annotated[str, Field(description="Unique ID for the evaluation. Starts with `ev_`.")]
    """Unique ID for the evaluation. Starts with `ev_`."""

    status: Annotated[
        EnumOrLiteral[EvaluationStatus, Literal["pending", "running", "completed", "failed"]],
        Field(description="Status of the evaluation."),
    ]
    """Status of the evaluation."""

    config: Annotated[ConfigResponse, Field(description="The config that was evaluated.")]
    """The config that was evaluated."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    evaluators: Annotated[
        list[EvaluatorResponse], Field(description="Evaluators run in this evaluation.")
    ]
    """Evaluators run in this evaluation."""

    dataset: Annotated[DatasetResponse, Field(description="The dataset used in this evaluation.")]
    """The dataset used in this evaluation."""

    dataset_snapshot: Annotated[
        DatasetResponse | None,
        Field(description="Snapshot of the dataset taken when the evaluation ran."),
    ] = None
    """Snapshot of the dataset taken when the evaluation ran."""

    evaluator_aggregates: Annotated[
        list[ModelConfigEvaluatorAggregateResponse] | None,
        Field(
            description="Aggregated evaluator results, if requested with `evaluator_aggregates=true`."
        ),
    ] = None
    """Aggregated evaluator results, if requested with `evaluator_aggregates=true`."""


class ExperimentConfigResponse(BaseModel):
    trials_count: Annotated[
        int, Field(description="Number of datapoints with feedback associated to the experiment.")
    ]
    """Number of datapoints with feedback associated to the experiment."""

    active: Annotated[
        bool,
        Field(
            description="Whether the model config is active in the experiment. Only active model configs can be sampled from the experiment."
        ),
    ]
    """Whether the model config is active in the experiment. Only active model configs can be sampled from the experiment."""

    id: Annotated[str, Field(description="String ID of model config. Starts with `config_`.")]
    """String ID of model config. Starts with `config_`."""

    display_name: Annotated[
        str,
        Field(
            description="Display name of model config. If this is not set by the user, a friendly name is generated."
        ),
    ]
    """Display name of model config. If this is not set by the user, a friendly name is generated."""

    config: Annotated[
        ConfigResponse, Field(description="Definition of the config used in the experiment.")
    ]
    """Definition of the config used in the experiment."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    mean: Annotated[
        float | None, Field(description="The mean performance of the model config.")
    ] = None
    """The mean performance of the model config."""

    spread: Annotated[
        float | None, Field(description="The spread of performance of the model config.")
    ] = None
    """The spread of performance of the model config."""


class ExperimentResponse(BaseModel):
    id: Annotated[str, Field(description="String ID of experiment. Starts with `exp_`.")]
    """String ID of experiment. Starts with `exp_`."""

    project_id: Annotated[
        str, Field(description="String ID of project the experiment belongs to. Starts with `pr_`.")
    ]
    """String ID of project the experiment belongs to. Starts with `pr_`."""

    name: Annotated[str, Field(description="Name of experiment.")]
    """Name of experiment."""

    status: Annotated[
        EnumOrLiteral[ExperimentStatus, Literal["Initialized", "In progress"]],
        Field(description="Status of experiment."),
    ]
    """Status of experiment."""

    metric: Annotated[
        BaseMetricResponse, Field(description="Metric used as the experiment's objective.")
    ]
    """Metric used as the experiment's objective."""

    positive_labels: Annotated[
        list[PositiveLabel],
        Field(
            description="Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."
        ),
    ]
    """Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    configs: Annotated[
        list[ExperimentConfigResponse] | None,
        Field(description="List of configs associated to the experiment."),
    ] = None
    """List of configs associated to the experiment."""


class GetModelConfigResponse(BaseModel):
    """
    A selected model configuration. If the model configuration was selected in the context of an experiment, the response will include a trial_id to associate a subsequent log() call.
    """

    project_id: Annotated[
        str,
        Field(description="String ID of project the model config belongs to. Starts with `pr_`."),
    ]
    """String ID of project the model config belongs to. Starts with `pr_`."""

    project_name: Annotated[
        str, Field(description="Name of the project the model config belongs to.")
    ]
    """Name of the project the model config belongs to."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    last_used: Annotated[
        AwareDatetime,
        Field(description="When the config was last used to generate or log a datapoint."),
    ]
    """When the config was last used to generate or log a datapoint."""

    config: Annotated[ConfigResponse, Field(description="The selected config.")]
    """The selected config."""

    feedback_stats: Annotated[
        list[ProjectModelConfigFeedbackStatsResponse] | None,
        Field(description="Feedback statistics for the project model config."),
    ] = None
    """Feedback statistics for the project model config."""

    num_datapoints: Annotated[
        int | None,
        Field(description="Number of datapoints associated with this project model config."),
    ] = None
    """Number of datapoints associated with this project model config."""

    experiment_id: Annotated[
        str | None,
        Field(
            description="The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."
        ),
    ] = None
    """The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."""

    evaluation_aggregates: Annotated[
        list[ModelConfigEvaluatorAggregateResponse] | None,
        Field(description="Aggregates of evaluators for the model config."),
    ] = None
    """Aggregates of evaluators for the model config."""

    trial_id: Annotated[
        str | None, Field(description="ID of trial to reference in subsequent log calls.")
    ] = None
    """ID of trial to reference in subsequent log calls."""


class LogRequest(BaseModel):
    """
    Request model for logging a datapoint.
    """

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    reference_id: Annotated[
        str | None,
        Field(
            description="A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request."
        ),
    ] = None
    """A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request."""

    trial_id: Annotated[
        str | None, Field(description="Unique ID of an experiment trial to associate to the log.")
    ] = None
    """Unique ID of an experiment trial to associate to the log."""

    messages: Annotated[
        list[ChatMessage] | None,
        Field(description="The messages passed to the to provider chat endpoint."),
    ] = None
    """The messages passed to the to provider chat endpoint."""

    output: Annotated[
        str | None,
        Field(
            description="Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"
        ),
    ] = None
    """Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"""

    config: Annotated[
        ModelConfigRequest | ToolConfigRequest | GenericConfigRequest | AgentConfigRequest | None,
        Field(
            description="The model config used for this generation. Required unless `trial_id` is provided."
        ),
    ] = None
    """The model config used for this generation. Required unless `trial_id` is provided."""

    feedback: Annotated[
        Feedback | list[Feedback] | None,
        Field(description="Optional parameter to provide feedback with your logged datapoint."),
    ] = None
    """Optional parameter to provide feedback with your logged datapoint."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the log was created."),
    ] = None
    """User defined timestamp for when the log was created."""

    error: Annotated[str | None, Field(description="Error message if the log is an error.")] = None
    """Error message if the log is an error."""

    duration: Annotated[
        float | None, Field(description="Duration of the logged event in seconds.")
    ] = None
    """Duration of the logged event in seconds."""


class ProjectConfigResponse(BaseModel):
    project_id: Annotated[
        str,
        Field(description="String ID of project the model config belongs to. Starts with `pr_`."),
    ]
    """String ID of project the model config belongs to. Starts with `pr_`."""

    project_name: Annotated[
        str, Field(description="Name of the project the model config belongs to.")
    ]
    """Name of the project the model config belongs to."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    last_used: Annotated[
        AwareDatetime,
        Field(description="When the config was last used to generate or log a datapoint."),
    ]
    """When the config was last used to generate or log a datapoint."""

    config: Annotated[ConfigResponse, Field(description="The config.")]
    """The config."""

    feedback_stats: Annotated[
        list[ProjectModelConfigFeedbackStatsResponse] | None,
        Field(description="Feedback statistics for the project model config."),
    ] = None
    """Feedback statistics for the project model config."""

    num_datapoints: Annotated[
        int | None,
        Field(description="Number of datapoints associated with this project model config."),
    ] = None
    """Number of datapoints associated with this project model config."""

    experiment_id: Annotated[
        str | None,
        Field(
            description="The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."
        ),
    ] = None
    """The ID of the experiment the model config has been registered to. Only populated when registering a model config to an experiment."""

    evaluation_aggregates: Annotated[
        list[ModelConfigEvaluatorAggregateResponse] | None,
        Field(description="Aggregates of evaluators for the model config."),
    ] = None
    """Aggregates of evaluators for the model config."""


class ProjectResponse(BaseModel):
    id: Annotated[str, Field(description="Project ID")]
    """Project ID"""

    name: Annotated[str, Field(description="Unique project name.")]
    """Unique project name."""

    users: Annotated[
        list[ProjectUserResponse], Field(description="Users associated to the project.")
    ]
    """Users associated to the project."""

    data_count: Annotated[
        int, Field(description="The count of datapoints that have been logged to the project.")
    ]
    """The count of datapoints that have been logged to the project."""

    feedback_types: Annotated[
        list[FeedbackTypeModel], Field(description="Feedback types set up for the project.")
    ]
    """Feedback types set up for the project."""

    team_id: Annotated[
        str, Field(description="Unique ID of the team the project belongs to. Starts with `tm_`.")
    ]
    """Unique ID of the team the project belongs to. Starts with `tm_`."""

    created_at: Annotated[AwareDatetime, Field(description="When the object was created.")]
    """When the object was created."""

    updated_at: Annotated[AwareDatetime, Field(description="When the object was last updated.")]
    """When the object was last updated."""

    active_experiment: Annotated[
        ExperimentResponse | None,
        Field(
            description="Experiment that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set."
        ),
    ] = None
    """Experiment that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set."""

    active_config: Annotated[
        ProjectConfigResponse | None,
        Field(
            description="Config that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set."
        ),
    ] = None
    """Config that has been set as the project's active deployment. At most one of active_experiment and active_model_config can be set."""

    config_type: Annotated[
        EnumOrLiteral[ConfigType, Literal["generic", "model", "tool", "agent"]] | None,
        Field(description="Type of the project's configs."),
    ] = None
    """Type of the project's configs."""

    active_evaluators: Annotated[
        list[EvaluatorResponse] | None,
        Field(description="Evaluators that have been set as active for the project."),
    ] = None
    """Evaluators that have been set as active for the project."""


class LogDatapointRequest(RootModel[LogRequest | list[LogRequest]]):
    root: Annotated[
        LogRequest | list[LogRequest], Field(description="One datapoint to log, or a list of them.")
    ]
    """One datapoint to log, or a list of them."""


class LogResponse(BaseModel):
    """
    A logged datapoint.
    """

    config: Annotated[ConfigResponse, Field(description="The config used for this datapoint.")]
    """The config used for this datapoint."""

    id: Annotated[str, Field(description="String ID of logged datapoint. Starts with `data_`.")]
    """String ID of logged datapoint. Starts with `data_`."""

    project: Annotated[
        str | None,
        Field(
            description="Unique project name. If no project exists with this name, a new project will be created."
        ),
    ] = None
    """Unique project name. If no project exists with this name, a new project will be created."""

    project_id: Annotated[
        str | None,
        Field(
            description="Unique ID of a project to associate to the log. Either this or `project` must be provided."
        ),
    ] = None
    """Unique ID of a project to associate to the log. Either this or `project` must be provided."""

    session_id: Annotated[
        str | None, Field(description="ID of the session to associate the datapoint.")
    ] = None
    """ID of the session to associate the datapoint."""

    session_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."
        ),
    ] = None
    """A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`."""

    parent_id: Annotated[
        str | None, Field(description="ID associated to the parent datapoint in a session.")
    ] = None
    """ID associated to the parent datapoint in a session."""

    parent_reference_id: Annotated[
        str | None,
        Field(
            description="A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."
        ),
    ] = None
    """A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request."""

    inputs: Annotated[
        dict[str, Any] | None, Field(description="The inputs passed to the prompt template.")
    ] = None
    """The inputs passed to the prompt template."""

    source: Annotated[
        str | None, Field(description="Identifies where the model was called from.")
    ] = None
    """Identifies where the model was called from."""

    metadata: Annotated[
        dict[str, Any] | None, Field(description="Any additional metadata to record.")
    ] = None
    """Any additional metadata to record."""

    reference_id: Annotated[
        str | None, Field(description="Unique user-provided string identifying the datapoint.")
    ] = None
    """Unique user-provided string identifying the datapoint."""

    trial_id: Annotated[
        str | None, Field(description="Unique ID of an experiment trial to associate to the log.")
    ] = None
    """Unique ID of an experiment trial to associate to the log."""

    messages: Annotated[
        list[ChatMessage] | None,
        Field(description="The messages passed to the to provider chat endpoint."),
    ] = None
    """The messages passed to the to provider chat endpoint."""

    output: Annotated[
        str | None,
        Field(
            description="Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"
        ),
    ] = None
    """Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later"""

    feedback: Annotated[
        Feedback | list[Feedback] | None,
        Field(description="Optional parameter to provide feedback with your logged datapoint."),
    ] = None
    """Optional parameter to provide feedback with your logged datapoint."""

    created_at: Annotated[
        AwareDatetime | None,
        Field(description="User defined timestamp for when the log was created."),
    ] = None
    """User defined timestamp for when the log was created."""

    error: Annotated[str | None, Field(description="Error message if the log is an error.")] = None
    """Error message if the log is an error."""

    duration: Annotated[
        float | None, Field(description="Duration of the logged event in seconds.")
    ] = None
    """Duration of the logged event in seconds."""

    model_config_: Annotated[
        ProjectConfigResponse | None,
        Field(alias="model_config", description="The config used for this datapoint."),
    ] = None
    """The config used for this datapoint."""

    user: Annotated[
        str | None, Field(description="User email address provided when creating the datapoint.")
    ] = None
    """User email address provided when creating the datapoint."""

    provider_response: Annotated[
        dict[str, Any] | str | None, Field(description="Original response from the provider.")
    ] = None
    """Original response from the provider."""

    provider_latency: Annotated[
        float | None, Field(description="Latency of provider response.")
    ] = None
    """Latency of provider response."""

    raw_output: Annotated[str | None, Field(description="Raw output from the provider.")] = None
    """Raw output from the provider."""

    finish_reason: Annotated[str | None, Field(description="Reason the generation finished.")] = (
        None
    )
    """Reason the generation finished."""


class PaginatedDataLogResponse(BaseModel):
    records: Annotated[list[LogResponse], Field(description="The items on this page.")]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""


class PaginatedDataProjectResponse(BaseModel):
    records: Annotated[list[ProjectResponse], Field(description="The items on this page.")]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""


class EvaluationDatapointSnapshotResponse(BaseModel):
    datapoint: Annotated[DatapointResponse, Field(description="The datapoint that was evaluated.")]
    """The datapoint that was evaluated."""

    evaluation_results: Annotated[
        list[EvaluationResultResponse],
        Field(description="Results of each evaluator on this datapoint."),
    ]
    """Results of each evaluator on this datapoint."""

    log: Annotated[
        LogResponse | None,
        Field(description="The log generated for this datapoint during the evaluation."),
    ] = None
    """The log generated for this datapoint during the evaluation."""


class PaginatedDataEvaluationDatapointSnapshotResponse(BaseModel):
    records: Annotated[
        list[EvaluationDatapointSnapshotResponse], Field(description="The items on this page.")
    ]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""
