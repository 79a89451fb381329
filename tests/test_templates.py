"""Customising templates: eject, list, extend one block, and clear errors for a wrong block."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import pipeline
from generator.cli import main
from generator.config import load_settings
from generator.errors import GeneratorError
from generator.ir.nodes import CONTEXT_CHANGES, CONTEXT_VERSION
from generator.pipeline import build_api
from generator.render import catalog
from generator.render import environment as render_module
from generator.render.context_docs import context_reference
from generator.render.environment import CONTEXT_VARIABLES, template_context
from tests.support.helpers import FIXTURES, ROOT, settings_for

RESOURCE_TEMPLATE = "{package}/resources/{resource}.py.jinja"


def render(tmp_path: Path, *templates: Path, style: str = "python") -> dict[str, str]:
    settings = settings_for(
        FIXTURES / "mini.yaml", tmp_path / "out", templates=templates, style=style
    )
    return pipeline.render_sdk(settings, formatted=False)


def user_template(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return folder


@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_ejected_templates_unedited_give_identical_output(tmp_path: Path, style: str) -> None:
    copied = catalog.eject((), style, tmp_path / "ejected")
    assert len(copied) == len(catalog.entries((), style, "mini"))
    assert render(tmp_path, tmp_path / "ejected", style=style) == render(tmp_path, style=style)


def test_eject_copies_only_matching_templates_and_refuses_to_clobber(tmp_path: Path) -> None:
    copied = catalog.eject(("*_client*",), "python", tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in copied) == [
        "{package}/_base_client.py",
        "{package}/_client.py.jinja",
    ]
    (tmp_path / "{package}" / "_client.py.jinja").write_text("edited\n")
    with pytest.raises(GeneratorError, match="already exist with other content"):
        catalog.eject(("*_client*",), "python", tmp_path)
    assert (tmp_path / "{package}" / "_client.py.jinja").read_text() == "edited\n"
    catalog.eject(("*_client*",), "python", tmp_path, force=True)
    assert (tmp_path / "{package}" / "_client.py.jinja").read_text() != "edited\n"
    with pytest.raises(GeneratorError, match="no built-in template matches"):
        catalog.eject(("no-such-*",), "python", tmp_path)


def test_list_says_what_each_template_renders_and_who_overrides_it(tmp_path: Path) -> None:
    user = user_template(tmp_path / "mine", "{package}/_version.py.jinja", '__version__ = "x"\n')
    user_template(user, "extra.txt.jinja", "hello\n")
    found = {e.name: e for e in catalog.entries((user,), "python", "mini")}
    assert found["{package}/_version.py.jinja"].overridden_by == user
    assert found["{package}/_client.py.jinja"].overridden_by is None
    assert (
        found[RESOURCE_TEMPLATE].renders == "mini/resources/<resource>.py (one per resource group)"
    )
    assert {"method_docstring", "method_body", "class_header"} <= set(
        found[RESOURCE_TEMPLATE].blocks
    )
    assert found["_macros/method.jinja"].renders == "partial (macros)"
    assert found["extra.txt.jinja"].style == "" and found["extra.txt.jinja"].renders == "extra.txt"


def test_a_user_file_replaces_the_builtin_making_the_same_output_rendered_or_not(
    tmp_path: Path,
) -> None:
    """Plain files are copied as they are (Jinja-looking text too); ``x.py.jinja`` and ``x.py`` make
    the same file, so either replaces the other."""
    user = user_template(
        tmp_path / "mine", "{package}/_types.py.jinja", "TYPES = {{ api.package | pyrepr }}\n"
    )
    user_template(user, "{package}/_client.py", "CLIENT = '{{ not rendered }}'\n")
    files = render(tmp_path, user)
    assert files["mini/_types.py"] == 'TYPES = "mini"\n'
    assert files["mini/_client.py"] == "CLIENT = '{{ not rendered }}'\n"
    found = {e.name: e for e in catalog.entries((user,), "python", "mini")}
    assert found["{package}/_types.py"].overridden_by == user
    assert found["{package}/_client.py.jinja"].overridden_by == user
    assert found["{package}/_types.py"].renders == "mini/_types.py (copied as it is)"
    assert "{package}/_client.py" not in found and "{package}/_types.py.jinja" not in found
    user_template(user, "{package}/_types.py", "TYPES = 1\n")
    with pytest.raises(
        GeneratorError, match=r"both \{package\}/_types.py and \{package\}/_types.py.jinja make"
    ):
        render(tmp_path, user)


def test_extending_the_builtin_replaces_one_block_in_sync_and_async_classes(tmp_path: Path) -> None:
    user = user_template(
        tmp_path / "mine",
        RESOURCE_TEMPLATE,
        (
            '{% extends "builtin:python/' + RESOURCE_TEMPLATE + '" %}\n'
            "{% block method_docstring %}\n"
            '        """{{ op.call_name }}: {{ "async" if is_async else "sync" }} flavour."""\n'
            "{% endblock %}\n"
        ),
    )
    default, custom = render(tmp_path), render(tmp_path, user)
    changed = {path for path in default if default[path] != custom[path]}
    assert changed == {"mini/resources/items.py", "mini/resources/_root.py"}
    items = custom["mini/resources/items.py"]
    assert (
        '"""items.list: sync flavour."""' in items and '"""items.list: async flavour."""' in items
    )
    assert "Args:" not in items  # the built-in docstring is gone, the rest is kept:
    assert items.count("def list(") == default["mini/resources/items.py"].count("def list(")


def test_a_block_the_builtin_lacks_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    user = user_template(
        tmp_path / "mine",
        RESOURCE_TEMPLATE,
        (
            '{% extends "builtin:python/' + RESOURCE_TEMPLATE + '" %}\n\n'
            "{% block method_docstrin %}x{% endblock %}\n"
        ),
    )
    with pytest.raises(GeneratorError) as caught:
        render(tmp_path, user)
    message = str(caught.value)
    assert "method_docstrin" in message and f"{RESOURCE_TEMPLATE}:3" in message
    assert "method_docstring" in message  # the hint lists the blocks that exist


@pytest.mark.parametrize("style", render_module.builtin_styles())
def test_every_block_of_a_builtin_template_is_in_the_template_it_extends(style: str) -> None:
    """A run checks only the user's templates (see ``render._render``); this checks the built-ins."""
    folders = render_module.search_path((), style)
    env = render_module.environment(folders)
    templates = [
        env.get_template(source.name) for source in render_module.output_templates(folders)
    ]
    extending = [t for t in templates if render_module._extended(env, t) is not None]
    assert len(templates) > 10 and (style == "python" or extending)
    for template in templates:
        render_module._check_blocks(env, template)


def test_cli_list_and_eject(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["templates", "list"])
    assert listed.exit_code == 0, listed.output
    assert "renders  humanloop/_client.py" in listed.output
    assert "blocks   module_docstring" in listed.output
    ejected = runner.invoke(main, ["templates", "eject", "_macros/*", "--to", str(tmp_path)])
    assert ejected.exit_code == 0, ejected.output
    assert (tmp_path / "_macros" / "method.jinja").is_file()
    relisted = runner.invoke(main, ["templates", "list", "--templates", str(tmp_path)])
    assert f"overridden by {tmp_path}" in relisted.output


def test_docs_templates_md_matches_the_code() -> None:
    document = (ROOT / "docs" / "templates.md").read_text()
    assert (
        context_reference() in document
    ), "regenerate: python -m generator.render.context_docs docs/templates.md"


def test_the_documented_variables_are_what_templates_get() -> None:
    api = build_api(load_settings(ROOT))[1]
    assert set(template_context(api, None, "x.py")) == set(CONTEXT_VARIABLES)
    assert max(CONTEXT_CHANGES) == CONTEXT_VERSION
