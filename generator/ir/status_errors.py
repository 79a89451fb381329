"""Which exception the generated SDK raises for which HTTP status, for docstrings and the README.

It mirrors ``_ERRORS_BY_STATUS`` of the runtime module ``templates/python/{package}/_exceptions.py``
(which the generator copies into the SDK, so it cannot import this); tests/test_sdk_docstrings.py keeps the two equal.
"""

from __future__ import annotations

#: Status → exception class raised for it; any other non-success status raises ``GENERIC``.
EXCEPTIONS_BY_STATUS: dict[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
SERVER_ERROR = "InternalServerError"
GENERIC = "APIStatusError"


def exception_for(status: str) -> str:
    """The exception class for a documented status (``"422"``, ``"5XX"``, ``"default"``)."""
    if status.isdigit():
        code = int(status)
        return EXCEPTIONS_BY_STATUS.get(code, SERVER_ERROR if code >= 500 else GENERIC)
    return SERVER_ERROR if status.upper() == "5XX" else GENERIC
