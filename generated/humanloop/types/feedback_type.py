"""Models of the Humanloop API (4.0.1), generated from its OpenAPI document."""

from __future__ import annotations

from .._enums import OpenEnum


class FeedbackType(OpenEnum):
    RATING = "rating"
    ACTION = "action"
    ISSUE = "issue"
    CORRECTION = "correction"
    COMMENT = "comment"
