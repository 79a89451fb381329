import ast
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import GeneratorError
from generator.ir.python_literals import docstring
from generator.render.environment import anchor, python_snippet
from tests.support.helpers import FIXTURES, settings_for


def test_docstring_filter_cannot_close_the_string() -> None:
    text = docstring('evil """ + __import__("os") + """ \\')
    source = f'"""{text}"""'
    assert isinstance(ast.parse(source).body[0], ast.Expr)
    assert ast.literal_eval(source) == 'evil """ + __import__("os") + """ \\'


def test_every_rendered_python_file_parses(tmp_path: Path) -> None:
    files = pipeline.render_sdk(
        settings_for(FIXTURES / "mini.yaml", tmp_path / "out"), formatted=False
    )
    python = [p for p in files if p.endswith(".py")]
    assert "mini/resources/items.py" in python and "mini/_client.py" in python
    for path in python:
        ast.parse(files[path], filename=path)
    assert '\\"\\"\\"' in files["mini/_client.py"] or "Mini API" in files["mini/_client.py"]


def test_template_error_names_template_and_line(tmp_path: Path) -> None:
    user = tmp_path / "user" / "{package}"
    user.mkdir(parents=True)
    (user / "_version.py.jinja").write_text('"""v"""\n\n__version__ = {{ api.no_such_field }}\n')
    settings = settings_for(
        FIXTURES / "mini.yaml", tmp_path / "out", templates=(tmp_path / "user",)
    )
    with pytest.raises(GeneratorError) as caught:
        pipeline.render_sdk(settings, formatted=False)
    assert "_version.py.jinja:3" in str(caught.value)
    assert "no_such_field" in str(caught.value)


def test_template_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "README.md.jinja").write_text("# title\n\n{% if %}\n")
    settings = settings_for(FIXTURES / "mini.yaml", tmp_path / "out", templates=(user,))
    with pytest.raises(GeneratorError) as caught:
        pipeline.render_sdk(settings, formatted=False)
    assert "README.md.jinja:3" in str(caught.value)


@pytest.mark.parametrize(
    ("heading", "slug"),
    [
        ("`client.projects.list_configs`", "clientprojectslist_configs"),
        ("Getting started", "getting-started"),
        ("`types.HTTPValidationError`", "typeshttpvalidationerror"),
        ("Errors & retries (v2)", "errors--retries-v2"),
    ],
)
def test_anchor_is_githubs_heading_slug(heading: str, slug: str) -> None:
    assert anchor(heading) == slug


def test_python_snippet_is_formatted_and_invalid_code_is_an_error() -> None:
    assert python_snippet("x = {'a':1}\n\n") == 'x = {"a": 1}'
    with pytest.raises(GeneratorError):
        python_snippet("x = (")
