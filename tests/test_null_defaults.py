"""``default: null`` on schemas that do not admit null (tests/fixtures/edge_openai_like.yaml, the
shape of OpenAI's Realtime sessions): the property takes null, in both styles, while a request
still sends only the fields the caller set (see generator/ir/null_defaults.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator import pipeline
from generator.spec.load import load
from tests.support.helpers import FIXTURES, run_python, settings_for

SPEC = FIXTURES / "edge_openai_like.yaml"


def test_a_null_default_is_a_value_of_a_property_and_dropped_elsewhere() -> None:
    schemas = pipeline.named_inline_schemas(load(SPEC)).data["components"]["schemas"]
    session = schemas["SessionRequest"]["properties"]
    assert session["max_tokens"] == {"type": ["integer", "null"], "default": None}
    assert {"type": "null"} in session["input_audio_noise_reduction"]["anyOf"]
    assert {"type": "null"} in session["conversation_object"]["anyOf"]
    assert "default" not in schemas["ConversationParam"]  # a root model has no field to omit
    unchanged = load(FIXTURES / "mini.yaml")
    assert pipeline.named_inline_schemas(unchanged).data == unchanged.data


@pytest.mark.slow
@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_a_property_defaulting_to_null_takes_null_and_is_sent_only_when_set(
    tmp_path: Path, style: str
) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(SPEC, output, package="edge_openai_like", style=style))
    code = textwrap.dedent("""
        from edge_openai_like._models import to_jsonable, validate
        from edge_openai_like.types import SessionRequest

        nulls = {"input_audio_noise_reduction": None, "conversation_object": None, "max_tokens": None}
        answer = validate(SessionRequest, nulls)
        assert answer.input_audio_noise_reduction is None and answer.max_tokens is None
        assert to_jsonable(SessionRequest()) == {}, to_jsonable(SessionRequest())
        turned_off = to_jsonable(SessionRequest(input_audio_noise_reduction=None))
        assert turned_off == {"input_audio_noise_reduction": None}, turned_off
        """)
    run = run_python(code, output)
    assert run.returncode == 0, run.stderr
