"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class EvaluatorReturnTypeEnum(OpenEnum):
    """Enum representing the possible return types of an evaluator."""

    BOOLEAN = "boolean"
    NUMBER = "number"
