"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .log_request import LogRequest


class LogDatapointRequest(RootModel[LogRequest | list[LogRequest]]):
    root: Annotated[
        LogRequest | list[LogRequest], Field(description="One datapoint to log, or a list of them.")
    ]
    """One datapoint to log, or a list of them."""
