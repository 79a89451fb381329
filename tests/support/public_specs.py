"""The real public specs beside the project (../shared/specs): not committed, so the tests that
use them skip where the folder is absent, as in a clone of this project alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.helpers import ROOT

SPECS = ROOT.parent / "shared" / "specs"

#: Every public spec (docs/compatibility.md has their figures).
PUBLIC = [
    "callback-example.yaml",
    "petstore.yaml",
    "link-example.yaml",
    "petstore-expanded.yaml",
    "uspto.yaml",
    "museum.yaml",
    "train-travel.yaml",
    "spotify.yaml",
    "twilio-verify-v2.json",
    "mistral.yaml",
    "docker-engine.yaml",
    "github.json",
    "openai.yaml",
]
#: The one Swagger 2.0 spec: it needs swagger2openapi (the ``swagger_converter`` fixture).
SWAGGER_2 = "docker-engine.yaml"


def spec_path(name: str) -> Path:
    """The public spec ``name``; skips the test where it is not beside the project."""
    path = SPECS / name
    if not path.is_file():
        pytest.skip(f"the public specs are not beside the project ({SPECS} has no {name})")
    return path
