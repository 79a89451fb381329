"""Request TypedDicts of the Humanloop API (4.0.1), generated from its OpenAPI document: the dicts a request argument takes in place of a model, keys as on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

from ..types import (
    ChatRole,
    EvaluatorArgumentsType,
    EvaluatorReturnTypeEnum,
    FeedbackClass,
    FeedbackType,
    LabelSentiment,
    ModelEndpoints,
    ModelProviders,
)


class CreateDatapointsByLogsRequestParam(TypedDict):
    log_ids: list[str]
    """
    The IDs of the logs to create datapoints from.
    """


class CreateDatasetRequestParam(TypedDict):
    description: str
    """
    The description of the dataset.
    """
    name: str
    """
    The name of the dataset.
    """


class CreateEvaluatorRequestParam(TypedDict):
    description: str
    """
    The description of the evaluator.
    """
    name: str
    """
    The name of the evaluator.
    """
    code: str
    """
    The code for the evaluator. This code will be executed in a sandboxed environment.
    """
    arguments_type: EvaluatorArgumentsType | Literal["target_free", "target_required"]
    """
    Whether this evaluator is target-free or target-required.
    """
    return_type: EvaluatorReturnTypeEnum | Literal["boolean", "number"]
    """
    The type of the return value of the evaluator.
    """


class EnvironmentRequestParam(TypedDict):
    id: str
    """
    Str Id of the envrionment. Starts with `env_`.
    """
    name: NotRequired[str]
    """
    The environment name.
    """


class FeedbackParam(TypedDict):
    type: FeedbackType | Literal["rating", "action", "issue", "correction", "comment"] | str
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    value: float | str
    """
    The feedback value to set. This would be the appropriate text for 'correction' or 'comment', or a label to apply for 'rating', 'action', or 'issue'.
    """
    data_id: NotRequired[str]
    """
    ID to associate the feedback to a previously logged datapoint.
    """
    user: NotRequired[str]
    """
    A unique identifier to who provided the feedback.
    """
    created_at: NotRequired[datetime | str]
    """
    User defined timestamp for when the feedback was created.
    """


class FeedbackLabelRequestParam(TypedDict):
    value: str
    """
    The label value.
    """
    sentiment: NotRequired[LabelSentiment | Literal["positive", "negative", "neutral", "unset"]]
    """
    Whether the feedback sentiment is positive or negative.
    """


class FeedbackRequestParam(TypedDict):
    type: FeedbackType | Literal["rating", "action", "issue", "correction", "comment"] | str
    """
    The type of feedback. The default feedback types available are 'rating', 'action', 'issue', 'correction', and 'comment'.
    """
    value: NotRequired[str]
    """
    The feedback value to be set. This field should be left blank when unsetting 'rating', 'correction' or 'comment', but is required otherwise.
    """
    data_id: NotRequired[str]
    """
    ID to associate the feedback to a previously logged datapoint.
    """
    user: NotRequired[str]
    """
    A unique identifier to who provided the feedback.
    """
    created_at: NotRequired[datetime | str]
    """
    User defined timestamp for when the feedback was created.
    """
    unset: NotRequired[bool]
    """
    If true, the value for this feedback is unset.
    """


FeedbackSubmitRequestParam: TypeAlias = FeedbackRequestParam | list[FeedbackRequestParam]
"""
One feedback item, or a list of them.
"""


FeedbackTypeRequestParam = TypedDict(
    "FeedbackTypeRequestParam",
    {
        "type": str,
        "values": NotRequired[list[FeedbackLabelRequestParam]],
        "class": NotRequired[FeedbackClass | Literal["select", "multi_select", "text", "number"]],
    },
)


class FinetuneConfigParam(TypedDict):
    base_model: str
    """
    Unique reference to the model the fine-tuning was based on.
    """
    parameters: NotRequired[dict[str, Any]]
    """
    Provider specific hyper-parameter settings that along with your base model will configure the fine-tuning process with the provider.
    """
    provider: NotRequired[
        ModelProviders
        | Literal[
            "openai",
            "openai_azure",
            "ai21",
            "mock",
            "anthropic",
            "langchain",
            "cohere",
            "replicate",
        ]
    ]
    """
    The company who is hosting the target model.This is used only if an existing experiment_id or model_config_id are not provided.
    """


class GenericConfigRequestParam(TypedDict, closed=True):
    """
    A generic config, for logging anything that is not a model, tool or agent.
    """

    type: Literal["generic"]
    """
    Discriminator; always `generic`.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameters that define the config.
    """


class ModelConfigCompletionRequestParam(TypedDict, closed=True):
    """
    Completion model config request
    """

    model: str
    """
    The model instance used. E.g. text-davinci-002.
    """
    prompt_template: str
    """
    Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: NotRequired[
        ModelProviders
        | Literal[
            "openai",
            "openai_azure",
            "ai21",
            "mock",
            "anthropic",
            "langchain",
            "cohere",
            "replicate",
        ]
    ]
    """
    The company providing the underlying model service.
    """
    max_tokens: NotRequired[int]
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: NotRequired[float]
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: NotRequired[float]
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: NotRequired[str | list[str]]
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: NotRequired[ModelEndpoints | Literal["complete", "chat", "edit"]]
    """
    The provider model endpoint used.
    """


class ModelConfigToolRequestParam(TypedDict):
    """
    Definition of tool within a model config. The subset of ToolConfig parameters received by the chat endpoint. Does not have things like the signature or setup schema.
    """

    name: str
    """
    The name of the tool shown to the model.
    """
    description: NotRequired[str]
    """
    The description of the tool shown to the model.
    """
    parameters: NotRequired[dict[str, Any]]
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    source: NotRequired[str]
    """
    Code source of the tool.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameters that define the config.
    """
    preset_name: NotRequired[str]
    """
    If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool
    """


class PositiveLabelParam(TypedDict):
    type: str
    """
    Feedback type, e.g. 'rating'.
    """
    value: str
    """
    Feedback value, e.g. 'good'.
    """


class ProviderApiKeysParam(TypedDict):
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """

    openai: NotRequired[str]
    """
    OpenAI API key.
    """
    ai21: NotRequired[str]
    """
    AI21 API key.
    """
    mock: NotRequired[str]
    """
    API key for the mock provider (testing).
    """
    anthropic: NotRequired[str]
    """
    Anthropic API key.
    """
    cohere: NotRequired[str]
    """
    Cohere API key.
    """
    openai_azure: NotRequired[str]
    """
    Azure OpenAI API key.
    """
    openai_azure_endpoint: NotRequired[str]
    """
    Azure OpenAI endpoint URL.
    """


class ToolCallParam(TypedDict):
    """
    A tool call to be made.
    """

    name: str
    """
    Name of the tool to call.
    """
    arguments: NotRequired[Any]
    """
    Arguments for the tool call, as produced by the model.
    """


class ToolConfigRequestParam(TypedDict):
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
    description: NotRequired[str]
    """
    The description of the tool shown to the model.
    """
    parameters: NotRequired[dict[str, Any]]
    """
    Definition of parameters needed to run the tool. Provided in jsonschema format: https://json-schema.org/
    """
    source: NotRequired[str]
    """
    Code source of the tool.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameters that define the config.
    """
    preset_name: NotRequired[str]
    """
    If is_preset = true, this is the name of the preset tool on Humanloop. This is used as the key to look up the Humanloop runtime of the tool
    """


class UpdateDatasetRequestParam(TypedDict):
    description: NotRequired[str]
    """
    The description of the dataset.
    """
    name: NotRequired[str]
    """
    The name of the dataset.
    """


class UpdateEvaluatorRequestParam(TypedDict):
    description: NotRequired[str]
    """
    The description of the evaluator.
    """
    name: NotRequired[str]
    """
    The name of the evaluator.
    """
    code: NotRequired[str]
    """
    The code for the evaluator. This code will be executed in a sandboxed environment.
    """
    arguments_type: NotRequired[EvaluatorArgumentsType | Literal["target_free", "target_required"]]
    """
    Whether this evaluator is target-free or target-required.
    """
    return_type: NotRequired[EvaluatorReturnTypeEnum | Literal["boolean", "number"]]
    """
    The type of the return value of the evaluator.
    """


class UpdateExperimentRequestParam(TypedDict):
    name: NotRequired[str]
    """
    Name of experiment.
    """
    positive_labels: NotRequired[list[PositiveLabelParam]]
    """
    Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment.
    """
    config_ids_to_register: NotRequired[list[str]]
    """
    Model configs to add to this experiment.
    """
    config_ids_to_deregister: NotRequired[list[str]]
    """
    Model configs in this experiment to be deactivated.
    """


class UpdateFinetuneRequestParam(TypedDict):
    name: NotRequired[str]
    """
    User defined friendly name for the fine-tuned model.
    """


class UpdateLogRequestParam(TypedDict):
    output: NotRequired[str]
    """
    Generated output from your model for the provided inputs.
    """
    error: NotRequired[str]
    """
    Error message if the log is an error.
    """
    duration: NotRequired[float]
    """
    Duration of the logged event in seconds.
    """


class UpdateProjectRequestParam(TypedDict):
    name: NotRequired[str]
    """
    The new unique project name. Caution, if you are using the project name as the unique identifier in your API calls, changing the name will break the calls.
    """
    active_experiment_id: NotRequired[str]
    """
    ID for an experiment to set as the project's active deployment. Starts with 'exp_'. At most one of 'active_experiment_id' and 'active_model_config_id' can be set.
    """
    active_config_id: NotRequired[str]
    """
    ID for a config to set as the project's active deployment. Starts with 'config_'. At most one of 'active_experiment_id' and 'active_config_id' can be set.
    """
    positive_labels: NotRequired[list[PositiveLabelParam]]
    """
    The full list of labels to treat as positive user feedback.
    """


class ChatMessageParam(TypedDict):
    role: ChatRole | Literal["user", "assistant", "system", "tool"]
    """
    Role of the message author.
    """
    content: NotRequired[str]
    """
    The content of the message.
    """
    name: NotRequired[str | None]
    """
    Optional name of the message author.
    """
    tool_call: NotRequired[ToolCallParam]
    """
    A tool call requested by the model (assistant messages).
    """


class ChatModelConfigRequestParam(TypedDict, closed=True):
    """
    Chat request for a specific model configuration.
    """

    messages: list[ChatMessageParam]
    """
    The messages passed to the to provider chat endpoint.
    """
    model_config_id: str
    """
    Identifies the model configuration used to create a chat response.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of chat responses.
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """
    tool_call: NotRequired[str | dict[str, Any]]
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class CompletionDeployedRequestParam(TypedDict, closed=True):
    """
    Completion request using the project's active deployment.
    """

    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of generations.
    """
    logprobs: NotRequired[int]
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: NotRequired[str]
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """
    environment: NotRequired[str]
    """
    The environment name used to create a chat response. If not specified, the default environment will be used.
    """


class CompletionExperimentRequestParam(TypedDict, closed=True):
    """
    Completion request for a specific experiment.
    """

    experiment_id: str
    """
    If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of chat responses, where each chat response will use a model configuration sampled from the experiment.
    """
    logprobs: NotRequired[int]
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: NotRequired[str]
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """


class CompletionModelConfigRequestParam(TypedDict, closed=True):
    """
    Completion request for a specific model config.
    """

    model_config_id: str
    """
    Identifies the model configuration used to create a chat response.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of generations.
    """
    logprobs: NotRequired[int]
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: NotRequired[str]
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """


class CompletionRequestParam(TypedDict, closed=True):
    """
    Completion request with a provided model config.
    """

    model_config: ModelConfigCompletionRequestParam
    """
    The model configuration used to generate.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of generations.
    """
    logprobs: NotRequired[int]
    """
    Include the log probabilities of the top n tokens in the provider_response
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    suffix: NotRequired[str]
    """
    The suffix that comes after a completion of inserted text. Useful for completions that act like inserts.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """


class CreateDatapointRequestParam(TypedDict):
    inputs: NotRequired[dict[str, str]]
    """
    The inputs to the prompt template for this datapoint.
    """
    messages: NotRequired[list[ChatMessageParam]]
    """
    The chat messages for this datapoint.
    """
    target: NotRequired[dict[str, dict[str, Any] | list[Any] | bool | float | int | str]]
    """
    Object with criteria necessary to evaluate this datapoint.
    """


class CreateEvaluationRequestParam(TypedDict):
    config_id: str
    """
    ID of the config to evaluate. Starts with `config_`.
    """
    evaluator_ids: list[str]
    """
    IDs of evaluators to run on the dataset. IDs start with `evfn_`
    """
    dataset_id: str
    """
    ID of the dataset to use in this evaluation. Starts with `evts_`.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization. Ensure you provide an API key for the provider for the model config you are evaluating, or have one saved to your organization.
    """


class CreateExperimentRequestParam(TypedDict):
    name: str
    """
    Name of experiment.
    """
    positive_labels: list[PositiveLabelParam]
    """
    Feedback labels to treat as positive user feedback. Used to monitor the performance of model configs in the experiment.
    """
    config_ids: NotRequired[list[str]]
    """
    Configs to add to this experiment. Further configs can be added later.
    """
    set_active: NotRequired[bool]
    """
    Whether to set the created project as the project's active experiment.
    """


class CreateProjectRequestParam(TypedDict):
    name: str
    """
    Unique project name.
    """
    feedback_types: NotRequired[list[FeedbackTypeRequestParam]]
    """
    Feedback types to be created.
    """


DatasetsCreateDatapointRequestParam: TypeAlias = (
    CreateDatapointsByLogsRequestParam
    | CreateDatapointRequestParam
    | list[CreateDatapointRequestParam]
)
"""
Either `{"log_ids": [...]}` to copy logged datapoints into the dataset, one datapoint, or a list of datapoints. `anyOf`, not `oneOf`: a `log_ids` object is also a valid (empty) CreateDatapointRequest.
"""


class EnvironmentProjectConfigRequestParam(TypedDict):
    config_id: NotRequired[str]
    """
    Model config unique identifier generated by Humanloop.
    """
    experiment_id: NotRequired[str]
    """
    String ID of experiment. Starts with `exp_`.
    """
    environments: NotRequired[list[EnvironmentRequestParam]]
    """
    List of environments to associate with the model config.
    """


class FinetuneRequestParam(TypedDict):
    name: str
    """
    User defined friendly name for a finetuning run
    """
    dataset_id: str
    """
    ID of dataset used for finetuning
    """
    config: FinetuneConfigParam
    """
    Configuration and hyper-parameters for the fine-tuning process
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata that you would like to log for reference.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """


class ModelConfigChatRequestParam(TypedDict, closed=True):
    """
    Chat model config request.
    """

    model: str
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: NotRequired[
        ModelProviders
        | Literal[
            "openai",
            "openai_azure",
            "ai21",
            "mock",
            "anthropic",
            "langchain",
            "cohere",
            "replicate",
        ]
    ]
    """
    The company providing the underlying model service.
    """
    max_tokens: NotRequired[int]
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: NotRequired[float]
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: NotRequired[float]
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: NotRequired[str | list[str]]
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: NotRequired[ModelEndpoints | Literal["complete", "chat", "edit"]]
    """
    The provider model endpoint used.
    """
    chat_template: NotRequired[list[ChatMessageParam]]
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}.
    """
    tools: NotRequired[list[ModelConfigToolRequestParam]]
    """
    Make tools available to OpenAIs chat model as functions.
    """


class ModelConfigRequestParam(TypedDict, closed=True):
    """
    Model config used for logging both chat and completion.
    """

    model: str
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: NotRequired[
        ModelProviders
        | Literal[
            "openai",
            "openai_azure",
            "ai21",
            "mock",
            "anthropic",
            "langchain",
            "cohere",
            "replicate",
        ]
    ]
    """
    The company providing the underlying model service.
    """
    max_tokens: NotRequired[int]
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: NotRequired[float]
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: NotRequired[float]
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: NotRequired[str | list[str]]
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameter values to be passed to the provider call.
    """
    endpoint: NotRequired[ModelEndpoints | Literal["complete", "chat", "edit"]]
    """
    The provider model endpoint used.
    """
    prompt_template: NotRequired[str]
    """
    Prompt template that will take your specified inputs to form your final request to the model. Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    chat_template: NotRequired[list[ChatMessageParam]]
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. Input variables within the template should be specified with syntax: {{INPUT_NAME}}.
    """
    tools: NotRequired[list[ModelConfigToolRequestParam]]
    """
    Make tools available to OpenAIs chat model as functions.
    """
    type: NotRequired[Literal["model"]]
    """
    Discriminator; always `model`.
    """


class ProjectModelConfigRequestParam(TypedDict, closed=True):
    """
    Model config request. Contains fields that are common to all (i.e. both chat and complete) endpoints.
    """

    model: str
    """
    The model instance used. E.g. text-davinci-002.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    provider: NotRequired[
        ModelProviders
        | Literal[
            "openai",
            "openai_azure",
            "ai21",
            "mock",
            "anthropic",
            "langchain",
            "cohere",
            "replicate",
        ]
    ]
    """
    The company providing the underlying model service.
    """
    max_tokens: NotRequired[int]
    """
    The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically calculate the maximum number of tokens to generate given the length of the prompt
    """
    temperature: NotRequired[float]
    """
    What sampling temperature to use when making a generation. Higher values means the model will be more creative.
    """
    top_p: NotRequired[float]
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
    """
    stop: NotRequired[str | list[str]]
    """
    The string (or list of strings) after which the model will stop generating. The returned text will not contain the stop sequence.
    """
    presence_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the generation so far.
    """
    frequency_penalty: NotRequired[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on how frequently they appear in the generation so far.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameter values to be passed to the provider call.
    """
    project: NotRequired[str]
    """
    Unique project name. If it does not exist, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique project ID
    """
    experiment: NotRequired[str]
    """
    If specified, the model config will be added to this experiment. Experiments are used for A/B testing and optimizing hyperparameters.
    """
    prompt_template: NotRequired[str]
    """
    Prompt template that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    chat_template: NotRequired[list[ChatMessageParam]]
    """
    Messages prepended to the list of messages sent to the provider. These messages that will take your specified inputs to form your final request to the provider model. NB: Input variables within the prompt template should be specified with syntax: {{INPUT_NAME}}.
    """
    endpoint: NotRequired[ModelEndpoints | Literal["complete", "chat", "edit"]]
    """
    Which of the providers model endpoints to use. For example Complete or Edit.
    """
    tools: NotRequired[list[ModelConfigToolRequestParam]]
    """
    Make tools available to OpenAIs chat model as functions.
    """


class UpdateDatapointRequestParam(TypedDict):
    inputs: NotRequired[dict[str, Any] | None]
    """
    The inputs to the prompt template for this datapoint.
    """
    messages: NotRequired[list[ChatMessageParam] | None]
    """
    The chat messages for this datapoint.
    """
    target: NotRequired[dict[str, Any] | None]
    """
    Object with criteria necessary to evaluate this datapoint.
    """


class AgentConfigRequestParam(TypedDict, closed=True):
    """
    Config of an agent: a model config plus tools, for logging.
    """

    type: Literal["agent"]
    """
    Discriminator; always `agent`.
    """
    agent_class: str
    """
    Class of the agent.
    """
    model_config: ModelConfigRequestParam
    """
    Model config to associate with the agent.
    """
    description: NotRequired[str]
    """
    A description of the model config.
    """
    name: NotRequired[str]
    """
    A friendly display name for the model config. If not provided, a name will be generated.
    """
    tools: NotRequired[list[ToolConfigRequestParam]]
    """
    Tools to associate with the agent.
    """
    other: NotRequired[dict[str, Any]]
    """
    Other parameters that define the config.
    """


class ChatDeployedRequestParam(TypedDict, closed=True):
    """
    Chat request for active deployment.
    """

    messages: list[ChatMessageParam]
    """
    The messages passed to the to provider chat endpoint.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of chat responses.
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """
    tool_call: NotRequired[str | dict[str, Any]]
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """
    environment: NotRequired[str]
    """
    The environment name used to create a chat response. If not specified, the default environment will be used.
    """


class ChatExperimentRequestParam(TypedDict, closed=True):
    """
    Chat request for a specific experiment.
    """

    messages: list[ChatMessageParam]
    """
    The messages passed to the to provider chat endpoint.
    """
    experiment_id: str
    """
    If an experiment ID is provided a model configuration will be sampled from the experiments active model configurations.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of chat responses, where each chat response will use a model configuration sampled from the experiment.
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """
    tool_call: NotRequired[str | dict[str, Any]]
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class ChatRequestParam(TypedDict, closed=True):
    """
    Chat request with the model configuration given inline.
    """

    messages: list[ChatMessageParam]
    """
    The messages passed to the to provider chat endpoint.
    """
    model_config: ModelConfigChatRequestParam
    """
    The model configuration used to create a chat response.
    """
    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    provider_api_keys: NotRequired[ProviderApiKeysParam]
    """
    API keys required by each provider to make API calls. The API keys provided here are not stored by Humanloop. If not specified here, Humanloop will fall back to the key saved to your organization.
    """
    num_samples: NotRequired[int]
    """
    The number of chat responses.
    """
    stream: NotRequired[bool]
    """
    If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples are streamed back independently.
    """
    user: NotRequired[str]
    """
    End-user ID passed through to provider call.
    """
    tool_call: NotRequired[str | dict[str, Any]]
    """
    Controls how the model uses tools - has the same behaviour as OpenAIs function_call parameter. The following options are supported: 'none' forces the model to not call a tool; the default when no tools are provided as part of the model config. 'auto' the model can decide to call one of the provided tools; the default when tools are provided as part of the model config. Providing {'name': <TOOL_NAME>} forces the model to use the provided tool of the same name.
    """


class LogRequestParam(TypedDict):
    """
    Request model for logging a datapoint.
    """

    project: NotRequired[str]
    """
    Unique project name. If no project exists with this name, a new project will be created.
    """
    project_id: NotRequired[str]
    """
    Unique ID of a project to associate to the log. Either this or `project` must be provided.
    """
    session_id: NotRequired[str]
    """
    ID of the session to associate the datapoint.
    """
    session_reference_id: NotRequired[str]
    """
    A unique string identifying the session to associate the datapoint to. Allows you to log multiple datapoints to a session (using an ID kept by your internal systems) by passing the same `session_reference_id` in subsequent log requests. Specify at most one of this or `session_id`.
    """
    parent_id: NotRequired[str]
    """
    ID associated to the parent datapoint in a session.
    """
    parent_reference_id: NotRequired[str]
    """
    A unique string identifying the previously-logged parent datapoint in a session. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a prior log request. Specify at most one of this or `parent_id`. Note that this cannot refer to a datapoint being logged in the same request.
    """
    inputs: NotRequired[dict[str, Any]]
    """
    The inputs passed to the prompt template.
    """
    source: NotRequired[str]
    """
    Identifies where the model was called from.
    """
    metadata: NotRequired[dict[str, Any]]
    """
    Any additional metadata to record.
    """
    reference_id: NotRequired[str]
    """
    A unique string to reference the datapoint. Allows you to log nested datapoints with your internal system IDs by passing the same reference ID as `parent_id` in a subsequent log request.
    """
    trial_id: NotRequired[str]
    """
    Unique ID of an experiment trial to associate to the log.
    """
    messages: NotRequired[list[ChatMessageParam]]
    """
    The messages passed to the to provider chat endpoint.
    """
    output: NotRequired[str | None]
    """
    Generated output from your model for the provided inputs. Can be `None` if logging an error, or if logging a parent datapoint with the intention to populate it later
    """
    config: NotRequired[
        ModelConfigRequestParam
        | ToolConfigRequestParam
        | GenericConfigRequestParam
        | AgentConfigRequestParam
    ]
    """
    The model config used for this generation. Required unless `trial_id` is provided.
    """
    feedback: NotRequired[FeedbackParam | list[FeedbackParam]]
    """
    Optional parameter to provide feedback with your logged datapoint.
    """
    created_at: NotRequired[datetime | str]
    """
    User defined timestamp for when the log was created.
    """
    error: NotRequired[str]
    """
    Error message if the log is an error.
    """
    duration: NotRequired[float]
    """
    Duration of the logged event in seconds.
    """


LogDatapointRequestParam: TypeAlias = LogRequestParam | list[LogRequestParam]
"""
One datapoint to log, or a list of them.
"""
