"""Check a parsed document: every finding of openapi-spec-validator, classified (see
:mod:`generator.spec.classify`), and every part of the API the SDK leaves out (see
:mod:`generator.spec.unsupported`), each located in the file the user gave.

Runs in a worker process beside the pipeline's other work (see :mod:`generator.spec.load`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from generator.spec import classify, unsupported
from generator.spec.findings import Finding, deduplicated

if TYPE_CHECKING:
    from generator.spec.load import Document

VALIDATOR_CRASH_HINT = (
    'a keyword probably has a value of the wrong type, e.g. `minimum: "0"`; fix it and run again'
)


def check(document: Document) -> tuple[Finding, ...]:
    """Every finding about ``document``, errors first, each with its line."""
    found = deduplicated(
        _without_summaries([*_validation(document.data), *unsupported.findings(document.data)])
    )
    return located(document, found)


def located(
    document: Document, findings: list[Finding] | tuple[Finding, ...]
) -> tuple[Finding, ...]:
    """The findings with pointers into the user's file (see :meth:`Document.source_pointer`) and lines."""
    pointers = document.source_pointers([f.pointer for f in findings])
    return with_lines(
        document, [replace(f, pointer=p) for f, p in zip(findings, pointers, strict=True)]
    )


def with_lines(
    document: Document, findings: list[Finding] | tuple[Finding, ...]
) -> tuple[Finding, ...]:
    """The findings (their pointers into the user's file) with their lines; the file is read once."""
    if not findings:
        return ()
    from generator.spec.pointers import Lines

    lines = Lines(document.path)
    return tuple(replace(f, line=lines.line(f.pointer)) for f in findings)


#: How validators say that a node failed because something inside it did ("not valid under any of
#: the given schemas": one of its alternatives' errors is the real one).
_SUMMARY_MESSAGES = (
    "is not valid under any of",
    "Unevaluated properties are not allowed",
    "is valid under each of",
)


def _without_summaries(findings: list[Finding]) -> list[Finding]:
    """The findings less each error that only sums up findings deeper inside the same node.

    The whole document is checked against OpenAPI's schema as well as each schema on its own: a
    ``required`` list naming a property twice is found at the list (a warning) and again as
    "the schema is not valid under any of the given schemas" at the schema. The deeper finding
    says what is wrong, and whether it matters.
    """
    pointers = [f.pointer for f in findings]
    return [
        f
        for f in findings
        if not (
            f.severity == "error"
            and any(m in f.message for m in _SUMMARY_MESSAGES)
            and any(p.startswith(f.pointer + "/") for p in pointers)
        )
    ]


def _validation(data: dict[str, Any]) -> Iterator[Finding]:
    # Imported here: it is slow to import, and a no-op regenerate never validates.
    from generator.spec.validators import OpenAPI30Validator, OpenAPI31Validator

    version = str(data.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPI31Validator(data)
    elif version.startswith("3.0"):
        validator = OpenAPI30Validator(data)
    else:
        yield Finding(
            "error",
            "invalid",
            f"unsupported OpenAPI version {version!r}",
            "/openapi",
            "sdkgen reads OpenAPI 3.0 and 3.1 documents, and Swagger 2.0 converted to 3.0",
        )
        return
    try:
        for error in validator.iter_errors():
            yield classify.finding(data, error)
    except (
        Exception
    ) as exc:  # the validator's own crash on input it did not expect (found on real specs)
        yield Finding(
            "error",
            "invalid",
            f"openapi-spec-validator could not check this document: "
            f"{type(exc).__name__}: {exc}",
            "",
            VALIDATOR_CRASH_HINT,
        )
