"""Every operation of the generated SDK, sync and async, against Prism validating each request.

The arguments are the spec's own examples for every required parameter, taken from the IR, so a
new operation in the spec is exercised without editing this file. Every test runs once per
built-in style (the ``sdk`` fixture).
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir import Operation
from tests.helpers import bound_method, humanloop_api, required_arguments
from tests.styles import StyleSdk

OPERATIONS = {op.call_name: op for op in humanloop_api().all_operations}


def model_class(sdk: StyleSdk, annotation: str) -> type | None:
    """The model class an annotation names, if it names one (not a type alias or a list)."""
    found = getattr(sdk.package.types, annotation, None) if annotation.isidentifier() else None
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
    assert len(OPERATIONS) == 58


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
def test_sync(sdk: StyleSdk, prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(sdk, op, bound_method(client, call_name)(**required_arguments(op)))


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
async def test_async(sdk: StyleSdk, prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    async with sdk.package.AsyncHumanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(sdk, op, await bound_method(client, call_name)(**required_arguments(op)))


def test_prism_rejects_a_request_that_breaks_the_spec(sdk: StyleSdk, prism_url: str) -> None:
    """Proves the check is live: a body missing a required field is refused by Prism."""
    with sdk.package.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        with pytest.raises(sdk.package.APIStatusError):
            client.projects.create(name=123)  # type: ignore[arg-type]
