"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from .._models import BaseModel


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
