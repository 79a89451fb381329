"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class EvaluatorArgumentsType(OpenEnum):
    """Enum representing the possible argument types of an evaluator."""

    TARGET_FREE = "target_free"
    TARGET_REQUIRED = "target_required"
