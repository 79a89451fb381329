"""Every operation of the generated SDK, sync and async, against Prism validating each request.

The arguments are the spec's own examples for every required parameter, taken from the IR, so a
new operation in the spec is exercised without editing this file. Every test runs once per
built-in style (the ``sdk`` fixture).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest

from generator.ir.nodes import Operation
from tests.support.helpers import bound_method, humanloop_api, required_arguments
from tests.support.styles import StyleSdk

OPERATIONS = {op.call_name: op for op in humanloop_api().all_operations}


#: `Model | ModelParam`, `Sequence[Model | ModelParam]` or `Enum | Literal[...]`.
_MODEL_ARGUMENT = re.compile(r"(Sequence\[)?(\w+) \| (\w+Param|Literal\[.*?\](?: \| str)?)(?(1)\])")


def model_arguments(sdk: StyleSdk, op: Operation) -> dict[str, Any]:
    """``required_arguments(op)`` with every model- or enum-typed example built as that style's model."""
    values = required_arguments(op)
    for p in op.parameters:
        match = _MODEL_ARGUMENT.fullmatch(p.annotation)
        if p.required and match:
            model = getattr(sdk.module("types"), match.group(2))
            build = (
                functools.partial(sdk.module("_models").validate, model)
                if match.group(3).endswith("Param")
                else model
            )
            values[p.name] = (
                [build(v) for v in values[p.name]] if match.group(1) else build(values[p.name])
            )
    return values


#: Operations with a model- or enum-typed required argument.
MODEL_ARGUMENT_CALLS = sorted(
    name
    for name, op in OPERATIONS.items()
    if any(p.required and _MODEL_ARGUMENT.fullmatch(p.annotation) for p in op.parameters)
)


def model_class(sdk: StyleSdk, annotation: str) -> type | None:
    """The model class an annotation names, if it names one (not a type alias or a list)."""
    found = getattr(sdk.module("types"), annotation, None) if annotation.isidentifier() else None
    return found if isinstance(found, type) else None


def check_result(sdk: StyleSdk, op: Operation, result: Any) -> None:
    if op.pagination is not None:
        assert isinstance(result.items, list)
        item_model = model_class(sdk, op.pagination.item_annotation)
        assert item_model is None or all(isinstance(item, item_model) for item in result.items)
    elif op.return_annotation == "None":
        assert result is None
    else:
        assert result is not None
        model = model_class(sdk, op.return_annotation)
        assert model is None or isinstance(result, model), f"{type(result)} is not {model}"


def test_every_seed_method_is_covered() -> None:
    assert (
        len(OPERATIONS) == 58 + 3
    )  # and the list forms of feedback, log, datasets.create_datapoint


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
def test_sync(sdk: StyleSdk, prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(sdk, op, bound_method(client, call_name)(**required_arguments(op)))


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
async def test_async(sdk: StyleSdk, prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    async with sdk.package.AsyncHumanloop(
        api_key="test-key", base_url=prism_url, max_retries=0
    ) as client:
        check_result(sdk, op, await bound_method(client, call_name)(**required_arguments(op)))


def test_operations_with_model_arguments_are_found() -> None:
    assert {"chat", "feedback", "evaluators.create", "projects.update_feedback_types"} <= set(
        MODEL_ARGUMENT_CALLS
    )


@pytest.mark.parametrize("call_name", MODEL_ARGUMENT_CALLS)
def test_sync_with_model_arguments(sdk: StyleSdk, prism_url: str, call_name: str) -> None:
    """Bodies built from model instances instead of dicts are sent as the spec says (Prism checks)."""
    if sdk.style == "python-msgspec" and call_name == "log_many":
        pytest.skip(
            "msgspec cannot build a LogRequest from a dict: its `config` is a union of untagged Structs"
        )
    op = OPERATIONS[call_name]
    values = model_arguments(sdk, op)
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(sdk, op, bound_method(client, call_name)(**values))


#: (call name, form number) of every form of a body that may be one of several objects.
BODY_FORMS = [
    (name, index) for name, op in sorted(OPERATIONS.items()) for index in range(len(op.body_forms))
]


def test_the_forms_of_a_one_of_body_are_found() -> None:
    forms = OPERATIONS["datasets.create_datapoint"].body_forms
    assert [[p.name for p in form if p.location == "body"] for form in forms] == [
        ["log_ids"],
        ["inputs", "messages", "target"],
    ]
    assert ("datasets.create_datapoint", 1) in BODY_FORMS


@pytest.mark.parametrize(("call_name", "form"), BODY_FORMS)
def test_each_form_of_a_one_of_body_is_sent_as_the_spec_says(
    sdk: StyleSdk, prism_url: str, call_name: str, form: int
) -> None:
    """Every field of one form, with its example (Prism checks the body against the spec)."""
    op = OPERATIONS[call_name]
    values = {p.name: p.example for p in op.body_forms[form] if p.required or p.location == "body"}
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(sdk, op, bound_method(client, call_name)(**values))


def test_prism_rejects_a_request_that_breaks_the_spec(sdk: StyleSdk, prism_url: str) -> None:
    """Proves the check is live: a body missing a required field is refused by Prism."""
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        with pytest.raises(sdk.package.APIStatusError):
            client.projects.create(name=123)  # type: ignore[arg-type]
