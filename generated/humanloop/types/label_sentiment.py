"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class LabelSentiment(OpenEnum):
    """How a label should be treated in calculating model config performance. Used by a project's PAPV metric."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    UNSET = "unset"
