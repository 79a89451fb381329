"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


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
