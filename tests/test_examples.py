"""The worked examples of docs/customizing.md, generated with the Humanloop spec and checked.

Each example folder under docs/examples/ is what a user would pass to ``--templates``.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import load_settings
from tests.support.helpers import ROOT, model_modules

pytestmark = pytest.mark.slow

EXAMPLES = ROOT / "docs" / "examples"


def generate(tmp_path: Path, example: str, **options: str) -> Path:
    """Generate the Humanloop SDK with the example's templates; return the output folder."""
    settings = load_settings(ROOT).with_options(
        output=tmp_path / "sdk", templates=(EXAMPLES / example,), **options
    )
    pipeline.generate(settings)
    return settings.output


def python_files(output: Path) -> list[Path]:
    return sorted(output.rglob("*.py"))


def test_licence_header_heads_every_file_in_its_own_comment_syntax(tmp_path: Path) -> None:
    output = generate(tmp_path, "licence-header")
    for path in python_files(output) + [output / "pyproject.toml"]:
        assert path.read_text().startswith("# Copyright (c) 2026 Example Corp."), path
    assert (output / "README.md").read_text().startswith("<!--\n  Copyright (c) 2026 Example Corp.")
    assert (output / "humanloop" / "py.typed").read_text() == ""
    for models in model_modules(output / "humanloop").values():
        assert "from Humanloop API 4.0.1: do not edit." in models.splitlines()[1]
    for path in python_files(output):
        ast.parse(path.read_text(), str(path))


def test_sphinx_docstrings_replace_the_google_style_and_nothing_else(tmp_path: Path) -> None:
    output = generate(tmp_path, "sphinx-docstrings")
    projects = (output / "humanloop" / "resources" / "projects.py").read_text()
    tree = ast.parse(projects)
    methods = [
        n
        for c in tree.body
        if isinstance(c, ast.ClassDef)
        for n in c.body
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "create"
    ]
    assert len(methods) == 2  # sync and async
    for method in methods:
        doc = ast.get_docstring(method) or ""
        assert ":param name:" in doc and ":rtype: ``ProjectResponse``" in doc
        assert "Args:" not in doc
    assert (output / "humanloop" / "_client.py").read_text() == (
        ROOT / "generated" / "humanloop" / "_client.py"
    ).read_text()


def test_renamed_client_with_an_added_method_works_against_prism(
    tmp_path: Path, prism_url: str
) -> None:
    output = generate(
        tmp_path, "custom-client", client_name="HumanloopClient", package_name="humanloop_custom"
    )
    script = textwrap.dedent(f"""
        import asyncio
        from humanloop_custom import AsyncHumanloopClient, HumanloopClient

        client = HumanloopClient(api_key="k", base_url={prism_url!r}, max_retries=0)
        print(type(client).__name__, client.find_project("sdk-example"), client.find_project("missing"))

        async def main() -> None:
            async with AsyncHumanloopClient(api_key="k", base_url={prism_url!r}, max_retries=0) as aclient:
                found, missing = await aclient.find_project("sdk-example"), await aclient.find_project("missing")
                print(type(aclient).__name__, found, missing)

        asyncio.run(main())
    """)
    ran = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(output)},
    )
    assert ran.returncode == 0, ran.stderr
    # Prism answers with the spec's example page, whose one project is called "sdk-example"
    sync_line, async_line = ran.stdout.splitlines()
    for line, name in ((sync_line, "HumanloopClient"), (async_line, "AsyncHumanloopClient")):
        assert (
            line.startswith(f"{name} id=")
            and "name='sdk-example'" in line
            and line.endswith(" None")
        )
    readme = (output / "README.md").read_text()
    assert "from humanloop_custom import HumanloopClient" in readme
