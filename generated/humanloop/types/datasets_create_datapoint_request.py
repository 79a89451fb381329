"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .create_datapoint_request import CreateDatapointRequest
from .create_datapoints_by_logs_request import CreateDatapointsByLogsRequest


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
