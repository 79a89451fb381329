"""What ``import humanloop`` and constructing a client load: only the core, not the models.

Start-up time and memory are measured in benchmarks/sdk.py; this guards the mechanism behind
them (resources, models and pydantic's model machinery load on first use) in a fresh process.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")

LOADED = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def modules_after(code: str) -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-c", f"{code}\n{LOADED}"], capture_output=True, text=True, check=True
    )
    return set(json.loads(completed.stdout))


def test_import_and_construction_load_no_models_or_resources() -> None:
    loaded = modules_after("import humanloop; humanloop.Humanloop(api_key='k')")
    baseline = modules_after("import httpx, pydantic; httpx.Client()")
    assert "humanloop._base_client" in loaded
    # Heavy modules the SDK would add to what httpx and pydantic load by themselves.
    assert {"pydantic.main", "asyncio"} & (loaded - baseline) == set()
    assert not {m for m in loaded if m.startswith(("humanloop.types", "humanloop._models"))}
    assert {m for m in loaded if m.startswith("humanloop.resources.")} == {
        "humanloop.resources._root"  # the client's own methods
    }


def test_a_resource_loads_on_first_touch_and_alone() -> None:
    loaded = modules_after("import humanloop; humanloop.Humanloop(api_key='k').projects")
    resources = {m for m in loaded if m.startswith("humanloop.resources.")}
    assert resources == {"humanloop.resources._root", "humanloop.resources.projects"}
    assert "pydantic.main" not in loaded - modules_after("import httpx, pydantic; httpx.Client()")
