"""Humanloop API Python SDK.

from humanloop import Humanloop

client = Humanloop()  # reads HUMANLOOP_API_KEY
"""

from ._client import AsyncHumanloop, Humanloop
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._exceptions import APIError as HumanloopError  # the base of every SDK error
from ._pagination import AsyncPage, SyncPage
from ._response import APIResponse, AsyncAPIResponse
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "Humanloop",
    "AsyncHumanloop",
    "HumanloopError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "Stream",
    "AsyncStream",
    "SyncPage",
    "AsyncPage",
    "APIResponse",
    "AsyncAPIResponse",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
]
