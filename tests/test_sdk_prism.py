"""Every operation of the generated SDK, sync and async, against Prism validating each request.

The arguments are the spec's own examples for every required parameter, taken from the IR, so a
new operation in the spec is exercised without editing this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir import Operation
from tests.helpers import bound_method, humanloop_api, required_arguments

humanloop = pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")

OPERATIONS = {op.call_name: op for op in humanloop_api().all_operations}


def check_result(op: Operation, result: Any) -> None:
    if op.pagination is not None:
        assert isinstance(result.items, list)
    elif op.return_annotation == "None":
        assert result is None
    else:
        assert result is not None


def test_every_seed_method_is_covered() -> None:
    assert len(OPERATIONS) == 58


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
def test_sync(prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    with humanloop.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(op, bound_method(client, call_name)(**required_arguments(op)))


@pytest.mark.parametrize("call_name", sorted(OPERATIONS))
async def test_async(prism_url: str, call_name: str) -> None:
    op = OPERATIONS[call_name]
    async with humanloop.AsyncHumanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        check_result(op, await bound_method(client, call_name)(**required_arguments(op)))


def test_prism_rejects_a_request_that_breaks_the_spec(prism_url: str) -> None:
    """Proves the check is live: a body missing a required field is refused by Prism."""
    with humanloop.Humanloop(api_key="test-key", base_url=prism_url, max_retries=0) as client:
        with pytest.raises(humanloop.APIStatusError):
            client.projects.create(name=123)  # type: ignore[arg-type]
