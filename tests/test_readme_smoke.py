"""A user's first call works: README snippets and typed answers against Prism (tests/support/readme_smoke.py).

Small fixtures reproduce what broke SDKs of real specs, and always run, in both styles:
edge_github_like.yaml (a required nullable field, an answer that breaks its own schema),
edge_discord_like.yaml (integer enums as oneOf of consts, patterned snowflake ids),
edge_security.yaml (per-operation security) and edge_examples.yaml (examples that must satisfy
patterns, formats, bounds and oneOf branches). The public specs beside the project run too
(marked slow); each snippet that fails there must be one benchmarks/snippet_defects.yaml names
as a defect of the spec, of Prism or of the offline machine (docs/compatibility.md lists them).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from tests.support.helpers import FIXTURES, ROOT
from tests.support.prism import prism
from tests.support.public_specs import PUBLIC, SWAGGER_2, spec_path
from tests.support.readme_smoke import TEST_KEY, TEST_LOGIN, generate, package_for, smoke

STYLES = ("python", "python-msgspec")
SMOKE_FIXTURES = [
    "edge_github_like.yaml",
    "edge_discord_like.yaml",
    "edge_security.yaml",
    "edge_examples.yaml",
]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("fixture", SMOKE_FIXTURES)
def test_every_readme_snippet_of_a_fixture_passes_against_prism(
    fixture: str, style: str, tmp_path: Path
) -> None:
    outcomes = smoke(FIXTURES / fixture, tmp_path, style)
    assert len(outcomes) >= 7  # the guide's sections and one per method
    assert [(o.heading, o.error) for o in outcomes if not o.passed] == []


def _sdk(fixture: str, style: str, folder: Path) -> ModuleType:
    """The fixture's SDK in ``style``, imported; its ``Client`` attribute is the sync client."""
    name = package_for(FIXTURES / fixture, style)
    api, _ = generate(FIXTURES / fixture, folder / name, style)
    sys.path.insert(0, str(folder / name))
    try:
        package = importlib.import_module(name)
    finally:
        sys.path.pop(0)
    package.Client = getattr(package, api.client_class)
    return package


@pytest.fixture(scope="module", params=STYLES)
def github_like(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ModuleType, str]]:
    package = _sdk("edge_github_like.yaml", request.param, tmp_path_factory.mktemp("github"))
    with prism(FIXTURES / "edge_github_like.yaml", errors=False) as url:
        yield package, url


@pytest.fixture(scope="module", params=STYLES)
def discord_like(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ModuleType, str]]:
    package = _sdk("edge_discord_like.yaml", request.param, tmp_path_factory.mktemp("discord"))
    with prism(FIXTURES / "edge_discord_like.yaml") as url:
        yield package, url


def _client(package: ModuleType, url: str, **options: Any) -> Any:
    return package.Client(base_url=url, max_retries=0, **options)


def test_an_open_issue_with_closed_at_null_parses_strictly(
    github_like: tuple[ModuleType, str],
) -> None:
    package, url = github_like
    with _client(package, url, strict_response_validation=True) as client:
        issue = client.issues.get(owner="octocat", repo="hello-world", issue_number=1)
    assert type(issue).__name__ == "Issue" and issue.closed_at is None and issue.milestone is None
    assert issue.labels[0].color == "f29513" and str(issue.state) == "open"


def test_an_answer_that_breaks_its_schema_is_returned_leniently_and_refused_strictly(
    github_like: tuple[ModuleType, str],
) -> None:
    """The label's example has no color and a string id: the model is built as far as it goes."""
    package, url = github_like
    with _client(package, url) as client:
        label = client.issues.get_label(owner="octocat", repo="hello-world", name="bug")
    assert type(label).__name__ == "Label" and label.name == "bug" and label.id == "not-a-number"
    with (
        _client(package, url, strict_response_validation=True) as client,
        pytest.raises(package.APIResponseValidationError),
    ):
        client.issues.get_label(owner="octocat", repo="hello-world", name="bug")


def test_a_discord_integer_enum_parses_as_an_integer_enum(
    discord_like: tuple[ModuleType, str],
) -> None:
    package, url = discord_like
    types = importlib.import_module(f"{package.__name__}.types")
    with _client(
        package, url, api_key="Bot " + TEST_KEY, strict_response_validation=True
    ) as client:
        guild = client.get_guild(guild_id="197038439483310086")
    assert guild.explicit_content_filter is types.GuildExplicitContentFilterTypes.DISABLED
    assert (
        guild.explicit_content_filter == 0
        and guild.verification_level == 3
        and guild.description is None
    )
    assert types.VerificationLevels(99) == 99  # a value newer than the SDK still parses (open enum)


@pytest.mark.parametrize("style", STYLES)
def test_each_operation_sends_the_credentials_its_security_names(
    style: str, tmp_path: Path
) -> None:
    package = _sdk("edge_security.yaml", style, tmp_path)
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with prism(FIXTURES / "edge_security.yaml") as url:
        client = _client(
            package,
            url,
            http_client=http,
            petstore_auth="token-0123",
            api_key="key-0123",
            query_key="query-0123",
            session="cookie-0123",
            login=TEST_LOGIN,
        )
        client.list_pets()  # the document's: OAuth 2, as a bearer token
        client.get_inventory()  # its own: the api_key header
        client.health()  # security: [] sends none
        client.search()  # two schemes together: a query parameter and a cookie
        client.admin()  # HTTP basic
    http.close()
    auth = [
        (
            r.headers.get("authorization"),
            r.headers.get("api_key"),
            r.url.params.get("key"),
            r.headers.get("cookie"),
        )
        for r in sent
    ]
    assert auth == [
        ("Bearer token-0123", None, None, None),
        (None, "key-0123", None, None),
        (None, None, None, None),
        (None, None, "query-0123", "session=cookie-0123"),
        ("Basic dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ=", None, None, None),
    ]


def test_a_client_without_credentials_names_each_argument_and_variable(tmp_path: Path) -> None:
    package = _sdk("edge_security.yaml", "python", tmp_path)
    with pytest.raises(
        package.APIError, match="petstore_auth= or api_key=.*SMOKE_EDGE_SECURITY_LOGIN"
    ):
        _client(package, "http://127.0.0.1:9")


def known_defects() -> dict[str, set[str]]:
    """Spec file → the README sections whose snippets fail through a defect of the spec or of
    Prism, as benchmarks/snippet_defects.yaml names them (docs/compatibility.md shows each)."""
    data = (
        yaml.safe_load((ROOT / "benchmarks" / "snippet_defects.yaml").read_text(encoding="utf-8"))
        or {}
    )
    return {spec: set(sections or {}) for spec, sections in data.items()}


@pytest.mark.slow
@pytest.mark.parametrize("name", PUBLIC)
def test_readme_snippets_of_a_public_spec_pass_but_for_named_defects(
    name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    spec = spec_path(name)
    if name == SWAGGER_2:
        request.getfixturevalue("swagger_converter")  # skips without swagger2openapi
    outcomes = smoke(spec, tmp_path)
    failing = {o.heading for o in outcomes if not o.passed}
    assert failing <= known_defects().get(name, set()), [
        o for o in outcomes if o.heading in failing
    ]


@pytest.mark.parametrize("style", STYLES)
def test_an_operation_that_answers_only_with_events_returns_a_stream(
    style: str, tmp_path: Path
) -> None:
    from tests.runtime.server import LiveServer
    from tests.support.readme_smoke import stream_chunks
    from tests.support.stream_front import example_events, make_stream_front

    package = _sdk("edge_examples.yaml", style, tmp_path)
    api, document = generate(FIXTURES / "edge_examples.yaml", tmp_path / "again", style)
    with (
        prism(FIXTURES / "edge_examples.yaml") as url,
        LiveServer(make_stream_front(url, example_events(stream_chunks(document, api)))) as front,
        _client(package, front.base_url) as client,
        client.stream_events(since="2024-01-15T09:30:00Z") as stream,
    ):
        chunks = list(stream)
    assert [(type(c).__name__, str(c.kind)) for c in chunks] == [("Event", "created")]
