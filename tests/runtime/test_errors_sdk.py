"""A generated SDK's per-operation error tables and header parameters, against the live server."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.helpers import FIXTURES

from .server import LiveServer, ServerState
from .test_forms_sdk import generated_package


@pytest.fixture(scope="module")
def errors_sdk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    output = tmp_path_factory.mktemp("errors") / "sdk"
    return generated_package(FIXTURES / "edge_errors.yaml", output, "errors_sdk")


def test_each_operation_parses_an_error_body_into_its_own_model(
    errors_sdk: Any, server: LiveServer
) -> None:
    client = errors_sdk.ErrorsSdk(base_url=server.base_url, max_retries=0)
    with pytest.raises(errors_sdk.UnprocessableEntityError) as validation:
        client.validate(code=422, kind="validation")
    assert isinstance(validation.value.body, errors_sdk.types.ValidationProblem)
    assert validation.value.body.detail[0].msg == "field required"
    with pytest.raises(errors_sdk.UnprocessableEntityError) as failure:
        client.fail(code=422)
    assert isinstance(failure.value.body, errors_sdk.types.Problem)
    assert failure.value.body.detail == "status 422"


def test_header_parameters_are_sent_as_text_and_left_out_when_not_given(
    errors_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    client = errors_sdk.ErrorsSdk(base_url=server.base_url)
    client.traced(x_trace_depth=2, x_sampled=False)
    assert (state.last.headers["x-trace-depth"], state.last.headers["x-sampled"]) == ("2", "false")
    client.traced()
    assert "x-trace-depth" not in state.last.headers and "x-sampled" not in state.last.headers
