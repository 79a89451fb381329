"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from .validation_error import ValidationError


class HTTPValidationError(BaseModel):
    """
    The request failed validation (HTTP 422).
    """

    detail: Annotated[
        list[ValidationError] | None, Field(description="One entry per invalid field.")
    ] = None
    """One entry per invalid field."""
