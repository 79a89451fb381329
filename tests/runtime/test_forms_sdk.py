"""A generated SDK whose bodies and answers are not JSON, run against the live server."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.ir.build import build
from generator.spec.load import load
from tests.support.helpers import FIXTURES, settings_for

from .server import LiveServer, ServerState

SPEC = FIXTURES / "forms.yaml"


def test_the_ir_says_how_bodies_are_sent_and_what_comes_back(tmp_path: Path) -> None:
    api = build(load(SPEC), settings_for(SPEC, tmp_path / "out"))
    ops = {op.name: op for op in api.all_operations}
    assert (
        ops["send_message"].body_encoding == "form"
        and ops["upload_file"].body_encoding == "multipart"
    )
    assert (
        ops["get_text"].return_annotation == "str" and ops["get_blob"].return_annotation == "bytes"
    )
    assert (
        next(p for p in ops["upload_file"].parameters if p.name == "file").annotation == "FileTypes"
    )
    assert (ops["upload_asset"].body_encoding, ops["upload_asset"].body_media_type) == (
        "content",
        "application/octet-stream",
    )
    assert ops["upload_asset"].parameters[0].annotation == "FileContent"


def generated_package(spec: Path, output: Path, package: str) -> Any:
    """``spec`` generated into ``output`` as ``package``, imported (the path is left as it was)."""
    pipeline.generate(settings_for(spec, output, package=package))
    sys.path.insert(0, str(output))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(output))


@pytest.fixture(scope="module")
def forms_sdk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return generated_package(SPEC, tmp_path_factory.mktemp("forms") / "sdk", "forms_sdk")


def test_a_form_operation_sends_a_url_encoded_body(
    forms_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    client.send_message(to="+1 555", body="hi", retry=True, tags=["a", "b"])
    assert state.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert state.last.body == "To=%2B1+555&Body=hi&Retry=true&Tags=a&Tags=b"


def test_a_multipart_operation_uploads_a_file(
    forms_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    client.upload_file(item_id="it 1", file=("report.csv", b"a,b\n1,2"), purpose="batch")
    assert state.last.raw_path == "/echo/files/it%201"
    assert state.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert (
        'name="file"; filename="report.csv"' in state.last.body
        and "a,b\r\n1,2" not in state.last.body
    )
    assert "a,b\n1,2" in state.last.body and 'name="purpose"\r\n\r\nbatch' in state.last.body


def test_a_multipart_body_without_a_file_stays_multipart(
    forms_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    """httpx would URL-encode it; an API that takes only multipart/form-data refuses that."""
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    client.upload_file(item_id="x", file=None, purpose="batch")
    assert state.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert 'name="purpose"\r\n\r\nbatch' in state.last.body and "filename" not in state.last.body


def test_a_file_object_inside_a_tuple_is_read_and_sent(
    forms_sdk: Any, server: LiveServer, state: ServerState, tmp_path: Path
) -> None:
    upload = tmp_path / "data.bin"
    upload.write_bytes(b"binary\x00content")
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    with upload.open("rb") as handle:
        client.upload_file(item_id="x", file=("renamed.bin", handle, "application/octet-stream"))
    assert 'filename="renamed.bin"\r\nContent-Type: application/octet-stream' in state.last.body
    assert "binary\x00content" in state.last.body


def test_a_raw_body_is_sent_as_it_is_with_its_media_type(
    forms_sdk: Any, server: LiveServer, state: ServerState, tmp_path: Path
) -> None:
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    asset = tmp_path / "asset.txt"
    asset.write_bytes(b"raw file bytes")
    with asset.open("rb") as handle:
        client.upload_asset(request_body=handle)
    assert state.last.headers["content-type"] == "application/octet-stream"
    assert state.last.body == "raw file bytes"  # the server records text it can decode


def test_text_and_binary_answers_are_str_and_bytes(
    forms_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    client = forms_sdk.FormsSdk(base_url=server.base_url)
    assert client.get_text() == "hello"
    assert state.last.headers["accept"] == "text/*, */*;q=0.5"
    blob = client.get_blob()
    assert isinstance(blob, bytes) and b'"method":"GET"' in blob
    assert state.last.headers["accept"] == "*/*"


def test_an_api_without_authentication_needs_no_key(
    forms_sdk: Any, server: LiveServer, state: ServerState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORMS_SDK_API_KEY", raising=False)
    assert (
        "The API takes no credentials."
        in (Path(forms_sdk.__file__).parents[1] / "README.md").read_text()
    )
    forms_sdk.FormsSdk(base_url=server.base_url).get_text()
    assert not {"authorization", "x-api-key"} & set(state.last.headers)


@pytest.mark.parametrize(
    "package, scheme, header",
    [
        ("basic_sdk", "{type: http, scheme: basic}", "Basic dXNlcjpwYXNzd29yZA=="),
        (
            "oauth_sdk",
            "{type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://x.example/t', scopes: {}}}}",
            "Bearer user:password",
        ),
        ("query_sdk", "{type: apiKey, in: query, name: api-key}", None),
        ("cookie_sdk", "{type: apiKey, in: cookie, name: session}", "cookie"),
    ],
)
def test_basic_oauth2_query_and_cookie_schemes_send_the_key_as_the_spec_says(
    package: str,
    scheme: str,
    header: str | None,
    server: LiveServer,
    state: ServerState,
    tmp_path: Path,
) -> None:
    spec = tmp_path / "auth.yaml"
    spec.write_text(
        SPEC.read_text()
        + f"components: {{securitySchemes: {{main: {scheme}}}}}\nsecurity: [{{main: []}}]\n"
    )
    client_class = getattr(
        generated_package(spec, tmp_path / "sdk", package), package.title().replace("_", "")
    )
    readme = (tmp_path / "sdk" / "README.md").read_text()
    assert ("reads your `username:password` from" in readme) == (package == "basic_sdk")
    client_class(api_key="user:password", base_url=server.base_url).get_text()
    if header is None:  # the key goes in the query
        assert (
            state.last.query == [("api-key", "user:password")]
            and "authorization" not in state.last.headers
        )
    elif header == "cookie":
        assert state.last.headers["cookie"] == "session=user:password"
    else:
        assert state.last.headers["authorization"] == header


def test_an_optional_raw_body_left_out_sends_no_body(
    forms_sdk: Any, server: LiveServer, state: ServerState
) -> None:
    from forms_sdk._types import NOT_GIVEN, RawBody

    client = forms_sdk.FormsSdk(base_url=server.base_url)
    client._client.request(
        "POST", "/echo/assets", body=RawBody(NOT_GIVEN, "text/plain"), cast_to=None
    )
    assert state.last.body is None and "content-type" not in state.last.headers


def test_a_relative_server_url_asks_for_a_base_url(server: LiveServer, tmp_path: Path) -> None:
    spec = tmp_path / "relative.yaml"
    spec.write_text(
        SPEC.read_text().replace(
            'servers: [{url: "https://forms.example.com"}]', "servers: [{url: /v1}]"
        )
    )
    sdk = generated_package(spec, tmp_path / "sdk", "relative_sdk")
    with pytest.raises(
        sdk.APIError, match="'/v1' is relative; pass base_url= or set the RELATIVE_SDK_BASE_URL"
    ):
        sdk.RelativeSdk()
    assert sdk.RelativeSdk(base_url=server.base_url).get_text() == "hello"
