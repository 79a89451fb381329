from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.output import formatting as fmt


def test_formats_python_only_and_caches(tmp_path: Path) -> None:
    files = {"a.py": "x=( 1, )\n", "b.md": "x=( 1, )\n"}
    cache = tmp_path / "cache"
    first = fmt.format_files(files, cache)
    assert first == {"a.py": "x = (1,)\n", "b.md": "x=( 1, )\n"}
    assert len(list(cache.iterdir())) == 1
    # A poisoned cache entry proves the second run reads the cache instead of running black.
    entry = next(cache.iterdir())
    entry.write_text("cached = True\n")
    assert fmt.format_files(files, cache)["a.py"] == "cached = True\n"


def test_parallel_formatting_matches_serial(tmp_path: Path) -> None:
    files = {f"m{i}.py": "def f( a ):\n    return  a\n" * 2000 for i in range(3)}
    result = fmt.format_files(files, None)
    assert set(result) == set(files)
    assert all(text.startswith("def f(a):\n    return a\n") for text in result.values())


def test_invalid_python_names_the_file() -> None:
    with pytest.raises(GeneratorError) as caught:
        fmt.format_files({"pkg/broken.py": "def f(:\n"}, None)
    assert "pkg/broken.py" in str(caught.value)


@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_templates_render_code_that_black_leaves_as_it_is(style: str) -> None:
    """Black formats a file twice when its first pass changes it: our templates spare it that.

    The model modules come from datamodel-code-generator and are left to black.
    """
    files = unformatted_sdk(style)
    python = {p: t for p, t in files.items() if p.endswith(".py") and not is_model_module(p)}
    assert len(python) > 15
    changed = [p for p, text in python.items() if fmt.format_source(p, text) != text]
    assert changed == []


@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_pieces_of_black_clean_files_are_black_clean_too(style: str) -> None:
    """A piece black changes costs a second pass; a piece must not end with the blank lines
    that separate it from the next, since black would strip them."""
    files = unformatted_sdk(style)
    python = [t for p, t in files.items() if p.endswith(".py") and not is_model_module(p)]
    cut = [piece for text in python for piece in fmt.pieces(text)]
    assert len(cut) > 100
    changed = [piece for piece in cut if fmt._format_piece((piece, "m.py"))[1] != piece]
    assert changed == []


@pytest.mark.parametrize("style", ["python", "python-msgspec"])
def test_formatting_class_by_class_gives_what_black_gives_the_whole_file(
    style: str, tmp_path: Path
) -> None:
    files = unformatted_sdk(style)
    big = {p: t for p, t in files.items() if p.endswith(".py") and len(fmt.pieces(t)) > 1}
    assert any("resources/" in p for p in big)
    by_pieces = fmt.format_files(big, tmp_path / "cache")
    assert by_pieces == {p: fmt.format_source(p, t) for p, t in big.items()}
    assert fmt.format_files(big, tmp_path / "cache") == by_pieces  # from the cache, piece by piece


def test_a_cut_inside_a_string_falls_back_to_the_whole_file(tmp_path: Path) -> None:
    source = 'TEXT = """\n' + "class NotCode:\n" + "x\n" * 12_000 + '"""\n\n\nclass A:\n    pass\n'
    assert len(fmt.pieces(source)) == 3  # the first cut is inside the string
    assert fmt.format_files({"m.py": source}, tmp_path) == {
        "m.py": fmt.format_source("m.py", source)
    }


def unformatted_sdk(style: str) -> dict[str, str]:
    from generator import pipeline
    from generator.config import load_settings
    from tests.support.helpers import ROOT

    return pipeline.render_sdk(load_settings(ROOT).with_options(style=style), formatted=False)


@pytest.mark.parametrize(
    "annotation",
    [
        "str",
        "Dict[str, Dict[str, Any] | Sequence[Any] | bool | float | int | str] | None | NotGiven",
        "ModelConfigRequest | Dict[str, Any] | ToolConfigRequest | Dict[str, Any] | GenericConfigRequest"
        " | Dict[str, Any] | AgentConfigRequest | Dict[str, Any] | NotGiven",
        'ModelProviders | Literal["openai", "openai_azure", "ai21", "mock", "anthropic", "langchain",'
        ' "cohere", "replicate", "a | b"] | NotGiven',
        # GitHub's: a subscript's item is a union too long for its line, one operand per line
        "Sequence[CampaignsCreateCampaignRequestCodeScanningAlertsItem"
        " | CampaignsCreateCampaignRequestCodeScanningAlertsItemParam] | NotGiven",
    ],
)
@pytest.mark.parametrize("default", [None, "NOT_GIVEN"])
def test_parameter_lines_are_split_as_black_splits_them(
    annotation: str, default: str | None
) -> None:
    from generator.ir.python_literals import parameter

    source = f"class C:\n    def f(\n        self,\n        *,\n{parameter('argument_name', annotation, default)}\n    ) -> None:\n        pass\n"
    assert fmt.format_source("probe.py", source) == source


@pytest.mark.parametrize(
    "value",
    [
        "a",
        "it's",
        'say "hi"',
        "both ' and \"",
        "back\\slash\t",
        ("x",),
        ("x", "y"),
        {"a": [1, None, True, "q"]},
        1.5,
        "ünï",
    ],
)
def test_python_literals_round_trip_in_black_style(value: object) -> None:
    import ast

    from generator.ir.python_literals import python_literal

    literal = python_literal(value)
    assert ast.literal_eval(literal) == value
    assert fmt.format_source("probe.py", f"x = {literal}\n") == f"x = {literal}\n"


@pytest.mark.parametrize("is_async", [False, True])
@pytest.mark.parametrize("kind", ["raw", "streamed"])
@pytest.mark.parametrize("length", [20, 60, 70, 85, 95])
def test_response_view_attributes_are_split_as_black_splits_them(
    is_async: bool, kind: str, length: int
) -> None:
    """GitHub's long method names put ``self.<name> = <wrapper>(`` past the line: black then
    wraps the call in parentheses, and a template that did not cost black a second pass over
    the whole ``__init__``."""
    from types import SimpleNamespace

    from generator.render.environment import Renderer

    renderer = Renderer((), "python")
    macros = renderer.env.get_template("_macros/method.jinja").module
    name = ("get_" + "x" * length)[:length]
    line = macros.raw_attribute(SimpleNamespace(name=name), "resource", is_async, kind)  # type: ignore[attr-defined]
    source = f"class C:\n    def __init__(self, resource: R) -> None:\n{line}\n"
    assert fmt.format_source("probe.py", source) == source


def is_model_module(path: str) -> bool:
    """A module of ``types/`` that datamodel-code-generator's output was cut into."""
    return "/types/" in path and not path.endswith("/__init__.py")
