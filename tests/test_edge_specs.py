"""Shapes of real public specs that once broke the generator, each generated and type-checked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from tests.support.helpers import (
    FIXTURES,
    assert_imports_type_checks_and_lints,
    model_modules,
    run_python,
    settings_for,
)


@pytest.mark.slow
@pytest.mark.parametrize("style", ["python", "python-msgspec"])
@pytest.mark.parametrize(
    "spec, package",
    [
        ("edge.yaml", "edge"),
        ("edge_31.yaml", "edge_31"),
        ("forms.yaml", "forms"),
        ("no_schemas.yaml", "no_schemas"),
        ("no_operations.yaml", "no_operations"),
        ("edge_requests.yaml", "edge_requests"),
        ("inline_schemas.yaml", "inline_schemas"),
        ("edge_errors.yaml", "edge_errors"),
        ("edge_openai_like.yaml", "edge_openai_like"),
    ],
)
def test_generates_a_package_that_imports_and_passes_mypy_strict(
    tmp_path: Path, spec: str, package: str, style: str, mypy_cache: Path
) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / spec, output, package=package, style=style))
    assert_imports_type_checks_and_lints(output, package, mypy_cache)


def test_yaml_dates_stay_strings_email_stays_str_and_extension_refs_are_not_followed(
    tmp_path: Path,
) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / "edge.yaml", output, package="edge"))
    models = "".join(model_modules(output / "edge").values())
    assert "EmailStr" not in models  # pydantic's needs email-validator, which the SDK lacks
    assert (
        "examples=" not in models and "    format: Annotated[str | None" in models
    )  # a property named format stays
    assert 'version = "0.1.0"' in (output / "pyproject.toml").read_text()
    assert "2024-01-15" in (output / "README.md").read_text()  # info.version, read as text
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import edge.types as t; print(t.Contact(email='x', since='2020-01-01').since)",
        ],
        cwd=output,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    resource = (output / "edge" / "resources" / "_root.py").read_text()
    assert '"response": response,' in resource  # the body parameter, not shadowed by a local
    assert re.search(r"^ +response(: [^=\n]+)? = ", resource, re.MULTILINE) is None


def test_request_shapes_methods_named_like_builtins_and_body_forms(tmp_path: Path) -> None:
    """edge_requests.yaml: methods `str`/`datetime` get a `_`, a body form that another accepts
    whole is no overload, read-only fields are not asked for, enums take their values."""
    output = tmp_path / "sdk"
    api = pipeline.build_api(
        settings_for(FIXTURES / "edge_requests.yaml", output, package="edge_requests")
    )[1]
    ops = {op.call_name: op for op in api.all_operations}
    assert {"things.str_", "things.datetime_", "things.list"} <= set(ops)
    forms = [[p.name for p in form] for form in ops["things.datetime_"].body_forms]
    assert forms == [["ids"], ["query", "limit"]]  # ByQuery is ByQueryAndLimit without `limit`
    pipeline.generate(
        settings_for(FIXTURES / "edge_requests.yaml", output, package="edge_requests")
    )
    params = (output / "edge_requests" / "types" / "_params.py").read_text()
    thing = params[
        params.index('"ThingParam"') : params.index("class ByIdsParam")
    ]  # functional: `from` is a key
    assert '"id"' not in thing and '"kind": Kind | Literal["small", "large"]' in thing
    assert '"priority": NotRequired[Priority | Literal[1, 2, 3]]' in thing
    assert '"due": NotRequired[datetime | str]' in thing and '"homepage": NotRequired[str]' in thing
    assert "class StreamRequestParam(TypedDict):" in params  # allOf merged: it narrows `stream`


@pytest.mark.slow
def test_msgspec_decodes_any_of_several_events_with_a_field_of_its_own(tmp_path: Path) -> None:
    """edge_openai_like.yaml's `SpeechStreamEvent`: `allOf: [{anyOf: [events]}, {stream_id}]` is
    one Struct per event with `stream_id` too, tagged by the event's `type`."""
    output = tmp_path / "sdk"
    spec = FIXTURES / "edge_openai_like.yaml"
    pipeline.generate(
        settings_for(spec, output, package="edge_openai_like", style="python-msgspec")
    )
    code = (
        "from edge_openai_like._models import validate\n"
        "from edge_openai_like.types import SpeechStreamEvent\n"
        "done = validate(SpeechStreamEvent, {'type': 'speech.audio.done', 'stream_id': 's1'})\n"
        "delta = validate(SpeechStreamEvent, {'type': 'speech.audio.delta', 'audio': 'AA'})\n"
        "assert done.stream_id == 's1' and delta.audio == 'AA', (done, delta)\n"
    )
    run = run_python(code, output)
    assert run.returncode == 0, run.stderr
