"""Exceptions raised by the SDK.

Every error derives from ``APIError``. HTTP error statuses become a subclass of
``APIStatusError`` chosen by ``status_error_for``:

======  ============================
Status  Exception
======  ============================
400     ``BadRequestError``
401     ``AuthenticationError``
403     ``PermissionDeniedError``
404     ``NotFoundError``
409     ``ConflictError``
422     ``UnprocessableEntityError``
429     ``RateLimitError``
>=500   ``InternalServerError``
other   ``APIStatusError``
======  ============================

Messages are built from the status and the response body only, never from
request headers, so credentials cannot leak into logs or tracebacks.
"""

from __future__ import annotations

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "status_error_for",
]


class APIError(Exception):
    """Base class of every error raised by the SDK.

    ``body`` holds the decoded error payload when there is one (parsed JSON, an
    error model, or text), else ``None``.
    """

    message: str
    request: httpx.Request | None
    body: object

    def __init__(
        self, message: str, request: httpx.Request | None = None, *, body: object = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a complete response."""

    def __init__(
        self, *, request: httpx.Request | None, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out (after all retries)."""

    def __init__(
        self, *, request: httpx.Request | None, message: str = "Request timed out."
    ) -> None:
        super().__init__(request=request, message=message)


class APIResponseValidationError(APIError):
    """The server answered successfully, but the body is not what the API describes."""

    response: httpx.Response
    status_code: int

    def __init__(self, *, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request failed validation; ``body`` is usually the validation error model."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """Any HTTP status of 500 or above."""


_ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_for(response: httpx.Response, body: object, message: str) -> APIStatusError:
    """Build the ``APIStatusError`` subclass that matches ``response.status_code``."""
    status = response.status_code
    if status >= 500:
        error_cls: type[APIStatusError] = InternalServerError
    else:
        error_cls = _ERRORS_BY_STATUS.get(status, APIStatusError)
    return error_cls(message, response=response, body=body)


def connection_error_for(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """Translate an httpx transport failure into ``APITimeoutError`` or ``APIConnectionError``.

    httpx's own message is kept (it names the failure, not the headers) so that
    "connection refused" and "peer closed connection" stay distinguishable.
    """
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    detail = str(error) or type(error).__name__
    return APIConnectionError(request=request, message=f"Connection error: {detail}")
