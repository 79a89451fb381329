"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


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
