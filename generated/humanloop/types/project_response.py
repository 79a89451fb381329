"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from .._enums import EnumOrLiteral
from .._models import BaseModel
from .config_type import ConfigType
from .evaluator_response import EvaluatorResponse
from .experiment_response import ExperimentResponse
from .feedback_type_model import FeedbackTypeModel
from .project_config_response import ProjectConfigResponse
from .project_user_response import ProjectUserResponse


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
