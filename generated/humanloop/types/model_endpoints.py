"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class ModelEndpoints(OpenEnum):
    """Supported model provider endpoints."""

    COMPLETE = "complete"
    CHAT = "chat"
    EDIT = "edit"
