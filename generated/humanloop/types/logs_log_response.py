"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .create_log_response import CreateLogResponse


class LogsLogResponse(RootModel[CreateLogResponse | list[CreateLogResponse]]):
    root: Annotated[
        CreateLogResponse | list[CreateLogResponse],
        Field(
            description="One result per logged datapoint: an object when one datapoint was logged, a list when a list was logged."
        ),
    ]
    """One result per logged datapoint: an object when one datapoint was logged, a list when a list was logged."""
