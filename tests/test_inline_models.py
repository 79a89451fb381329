"""Inline schemas become models named by us: methods return them, and every class in the models
module is one the IR named (so datamodel-code-generator never names, nor clashes on, a class)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.ir.build import build
from generator.spec.load import load
from tests.support.helpers import FIXTURES, settings_for

SPEC = FIXTURES / "inline_schemas.yaml"
#: OpenAI's clash: inline schemas datamodel-code-generator names after their field (`ToolChoice`)
#: ahead of the components of those names.
CLASH = FIXTURES / "hostile" / "inline_name_clash.yaml"


def test_methods_return_the_models_made_of_their_inline_schemas(tmp_path: Path) -> None:
    api = build(pipeline.named_inline_schemas(load(SPEC)), settings_for(SPEC, tmp_path / "out"))
    ops = {op.name: op for op in api.all_operations}
    assert (
        ops["get_bookings"].return_annotation == "GetBookingsResponse2"
    )  # the component has that name
    assert ops["create_booking"].return_annotation == "CreateBookingResponse"
    assert ops["get_booking"].return_annotation == "Booking | GetBookingResponseDeletedBooking"
    assert ops["batch"].return_annotation == "List[BatchResponseItem]"
    assert ops["get_booking"].errors[0].model == "NotFoundResponse"  # a shared response's schema
    assert ops["create_call"].return_annotation == "str"  # not JSON, but a string: its text
    arguments = {p.name: p.annotation for op in api.all_operations for p in op.parameters}
    assert arguments["filter"] == "GetBookingsFilter | GetBookingsFilterParam"
    assert (
        arguments["seat"] == "CreateBookingRequestSeat | CreateBookingRequestSeatParam | None"
    )  # still nullable
    assert arguments["request_body"] == "Sequence[BatchRequestItem | BatchRequestItemParam]"


def test_the_document_read_is_left_unchanged() -> None:
    document = load(SPEC)
    before = copy.deepcopy(document.data)
    named = pipeline.named_inline_schemas(document)
    assert (
        document.data == before
        and "GetBookingResponseDeletedBooking" in named.data["components"]["schemas"]
    )
    assert (
        pipeline.named_inline_schemas(load(FIXTURES / "mini.yaml")).data
        == load(FIXTURES / "mini.yaml").data
    )


@pytest.mark.parametrize("spec", [SPEC, CLASH])
def test_every_model_class_is_one_the_ir_named(spec: Path, tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    settings = settings_for(spec, output, package="inline")
    pipeline.generate(settings)
    modules = (path.read_text() for path in (output / "inline" / "types").glob("*.py"))
    classes = sorted(name for text in modules for name in re.findall(r"^class (\w+)", text, re.M))
    api = build(pipeline.named_inline_schemas(load(spec)), settings)
    assert classes == sorted(
        [m.name for m in api.models] + [m.param_name for m in api.models if m.param_name]
    )


def test_a_method_parses_its_inline_response_into_its_model(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(SPEC, output, package="inline"))
    code = (
        "import httpx, inline\n"
        "from inline.types import GetBookingResponseDeletedBooking\n"
        "body = {'deleted_at': '2024-01-01'}\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))\n"
        "client = inline.Inline(api_key='k', base_url='http://test', http_client=httpx.Client(transport=transport))\n"
        "booking = client.get_booking(id='b1')\n"
        "assert isinstance(booking, GetBookingResponseDeletedBooking), type(booking)\n"
        "print(booking.deleted_at)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=output, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "2024-01-01", json.dumps(run.stdout)


def test_refs_into_moved_schemas_follow_each_move() -> None:
    """A ``$ref`` to or into a hoisted schema follows every move on its way, nested ones too;
    a pointer that only shares a prefix of characters with a moved one stays."""
    from generator.ir.inline_models import _follow_moves

    moved = {
        "/a/properties/x": "/components/schemas/AX",
        "/components/schemas/AX/properties/y": "/components/schemas/AXY",
    }
    data = {
        "deep": {"$ref": "#/a/properties/x/properties/y/properties/z"},
        "exact": {"$ref": "#/a/properties/x"},
        "sibling": {"$ref": "#/a/properties/xx"},
        "example": {"$ref": "#/a/properties/x"},  # a value, not a reference
    }
    _follow_moves(data, moved)
    assert data == {
        "deep": {"$ref": "#/components/schemas/AXY/properties/z"},
        "exact": {"$ref": "#/components/schemas/AX"},
        "sibling": {"$ref": "#/a/properties/xx"},
        "example": {"$ref": "#/a/properties/x"},
    }
