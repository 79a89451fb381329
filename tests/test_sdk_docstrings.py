"""Docstrings of the generated SDK, found by walking the client as ``help()`` and editors do.

Every public method of the sync and async clients documents each of its parameters, what it
returns and what it raises; every model and field carries its description from the spec.
"""

from __future__ import annotations

import inspect
import re
from functools import cached_property
from typing import Any

import httpx
import pytest

from generator.config import load_settings
from generator.ir import status_errors
from generator.ir.build import build
from generator.spec.load import load
from tests.support.prism import ROOT

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")

API = build(load(ROOT / "spec" / "humanloop.yaml"), load_settings(ROOT))
OPERATIONS = {op.call_name: op for op in API.all_operations}
SECTIONS = ("Args:", "Returns:", "Raises:")


def public_methods(client: Any) -> dict[str, Any]:
    """``call name → bound method`` for every API method: on the client and on each resource."""
    found: dict[str, Any] = {}
    owners = [("", client)] + [
        (name + ".", getattr(client, name))
        for name, value in inspect.getmembers(type(client))
        if isinstance(value, cached_property) and name != "with_raw_response"
    ]
    for prefix, owner in owners:
        for name, method in inspect.getmembers(owner, inspect.ismethod):
            module = getattr(method, "__module__", "")
            if not name.startswith("_") and module.startswith("humanloop.resources"):
                found[prefix + name] = method
    return found


def clients() -> list[Any]:
    return [humanloop.Humanloop(api_key="k"), humanloop.AsyncHumanloop(api_key="k")]


METHODS = {
    f"{type(client).__name__}.{call_name}": (call_name, method)
    for client in clients()
    for call_name, method in public_methods(client).items()
}


def test_the_walk_finds_every_operation_on_both_clients() -> None:
    assert len(METHODS) == 2 * (
        58 + 3
    )  # the seed's, and the list forms of feedback, log, create_datapoint
    assert {call_name for call_name, _ in METHODS.values()} == set(OPERATIONS)


def section(doc: str, title: str) -> str:
    """The text of one Google-style section (up to the next one)."""
    start = doc.index(title) + len(title)
    ends = [doc.index(t, start) for t in SECTIONS if t in doc[start:]]
    return doc[start : min(ends, default=len(doc))]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_method_docstring_is_complete(name: str) -> None:
    call_name, method = METHODS[name]
    op = OPERATIONS[call_name]
    doc = inspect.cleandoc(method.__doc__ or "")
    headline = doc.splitlines()[0]
    assert headline and len(headline) <= 100
    assert f"{op.http_method.upper()} {op.path}" in doc
    assert op.summary in doc
    documented = set(re.findall(r"^  (\w+): ", section(doc, "Args:"), flags=re.MULTILINE))
    parameters = set(inspect.signature(method).parameters)
    assert parameters == documented
    assert section(doc, "Returns:").strip()
    raises = set(re.findall(r"^  (\w+): ", section(doc, "Raises:"), flags=re.MULTILINE))
    assert {"APIStatusError", "APIConnectionError"} <= raises
    assert {e.exception for e in op.errors} <= raises
    if any(e.status == "422" for e in op.errors):
        assert "UnprocessableEntityError" in raises
    for exception in raises:
        assert issubclass(getattr(humanloop, exception), humanloop.APIError)


def test_help_of_projects_create_reads_well() -> None:
    text = inspect.cleandoc(humanloop.Humanloop(api_key="k").projects.create.__doc__ or "")
    assert text.startswith(
        "Create a new project.\n\nCreate: ``POST /projects``\n\nArgs:\n  name: Unique project name.\n"
    )
    assert (
        "UnprocessableEntityError: 422, Validation Error; its ``body`` parses into ``HTTPValidationError``."
        in text
    )


def test_docs_name_the_exception_the_runtime_raises() -> None:
    from humanloop._exceptions import _ERRORS_BY_STATUS, status_error_for

    assert {
        code: cls.__name__ for code, cls in _ERRORS_BY_STATUS.items()
    } == status_errors.EXCEPTIONS_BY_STATUS
    request = httpx.Request("GET", "http://127.0.0.1/")
    for status in ("418", "503", "422"):
        error = status_error_for(httpx.Response(int(status), request=request), None, "m")
        assert type(error).__name__ == status_errors.exception_for(status)


@pytest.mark.parametrize("model", API.models, ids=lambda m: m.name)
def test_model_and_fields_carry_their_descriptions(model: Any) -> None:
    import humanloop.types

    cls = getattr(humanloop.types, model.name)
    fields = getattr(cls, "model_fields", {})
    if model.description:
        # a root model (union or list alias) carries it on its `root` field, like any other field
        root = fields["root"].description if "root" in fields else None
        documented = " ".join((root or cls.__doc__ or "").split())
        assert " ".join(model.description.split()) in documented
    by_wire_name = {(info.alias or name): info for name, info in fields.items()}
    for field in model.fields:
        assert by_wire_name[field.name].description == field.description
