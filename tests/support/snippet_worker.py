"""Run every ```python snippet of a generated SDK's README, as a user would, and report each outcome.

Run as ``python -m tests.support.snippet_worker REQUEST.json RESULT.json`` by tests/support/readme_smoke.py: one
process per SDK, so that SDKs of different specs (and their module caches) never meet. The
request names the SDK's folder and README, the base URLs (Prism, and the stream front for
snippets that stream) and the environment the README tells users to set. Each snippet runs
unmodified in a fresh namespace, with a time limit; its outcome is a line in the result.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType
from typing import Any

from tests.support.readme_doc import snippets_of

#: Seconds one snippet may take; Prism answers in milliseconds, so more means a hang.
SNIPPET_SECONDS = 30


class SnippetTimeout(Exception):
    """The snippet ran longer than ``SNIPPET_SECONDS``."""


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise SnippetTimeout(f"no result within {SNIPPET_SECONDS} s")


def describe(exc: BaseException) -> str:
    """The failure in one line: for an HTTP error, the status and what Prism found wrong (its
    ``sl-violations`` header lists each violation with its location), else the exception."""
    response = getattr(exc, "response", None)
    body = getattr(exc, "body", None)
    violations = response.headers.get("sl-violations") if response is not None else None
    listed = (
        json.loads(violations)
        if violations
        else body.get("validation") if isinstance(body, dict) else None
    )
    if response is not None and listed:
        found = [
            f"{'.'.join(map(str, v.get('location') or []))}: {v.get('message')}" for v in listed
        ]
        return f"{type(exc).__name__} {response.status_code}: " + "; ".join(found)
    lines = "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()
    return " | ".join(line.strip() for line in lines)


def run(request: dict[str, Any]) -> list[dict[str, str | bool]]:
    sys.path.insert(0, request["folder"])
    os.environ.update(request["environment"])
    signal.signal(signal.SIGALRM, _on_alarm)
    outcomes: list[dict[str, str | bool]] = []
    for snippet in snippets_of(Path(request["readme"])):
        streams = "stream=True" in snippet.code or " as stream:" in snippet.code
        os.environ[request["base_url_variable"]] = request["stream_url" if streams else "prism_url"]
        output = io.StringIO()
        error = ""
        signal.alarm(SNIPPET_SECONDS)
        try:
            with contextlib.redirect_stdout(output):
                code = compile(snippet.code, f"README.md:{snippet.line}", "exec")
                exec(
                    code, {"__name__": "__main__"}
                )  # noqa: S102 -- the point: run it as a script would
        except BaseException as exc:  # noqa: BLE001 -- every failure is an outcome to report
            error = describe(exc)
        finally:
            signal.alarm(0)
        outcomes.append(
            {
                "heading": snippet.heading,
                "line": str(snippet.line),
                "passed": not error,
                "error": error[-2000:],
                "output": output.getvalue()[-2000:],
            }
        )
    return outcomes


def main() -> None:
    request_path, result_path = sys.argv[1:3]
    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    Path(result_path).write_text(json.dumps(run(request), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
