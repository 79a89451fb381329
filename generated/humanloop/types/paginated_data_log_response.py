"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .log_response import LogResponse


class PaginatedDataLogResponse(BaseModel):
    records: Annotated[list[LogResponse], Field(description="The items on this page.")]
    """The items on this page."""

    page: Annotated[int, Field(description="The page number of this page.")]
    """The page number of this page."""

    size: Annotated[int, Field(description="Maximum number of items per page.")]
    """Maximum number of items per page."""

    total: Annotated[int, Field(description="Total number of items across all pages.")]
    """Total number of items across all pages."""
