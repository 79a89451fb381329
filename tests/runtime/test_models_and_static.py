"""Models, small types, and static properties of the runtime templates (no Jinja, mypy --strict)."""

from __future__ import annotations

import ast
import copy
import pickle
import sys
import warnings
from pathlib import Path

import pytest
from sdkcore._enums import OpenEnum
from sdkcore._models import BaseModel, type_adapter
from sdkcore._types import NOT_GIVEN, NotGiven, RequestOptions

from generator.render.environment import builtin_styles
from tests.support.helpers import mypy_strict

from .conftest import CORE_PACKAGES, runtime_templates


class Provider(OpenEnum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"


class Config(BaseModel):
    model_config_id: str  # would clash with pydantic's protected `model_` namespace
    provider: Provider
    providers: list[Provider] | None = None


def test_models_tolerate_unknown_fields_and_enum_values() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        config = Config.model_validate(
            {
                "model_config_id": "c1",
                "provider": "brand-new",
                "providers": ["openai", "newer"],
                "added_later": {"x": 1},
            }
        )
    assert config.provider == "brand-new" and isinstance(config.provider, Provider)
    assert config.providers == [Provider.OPENAI, "newer"]
    assert config.providers is not None and config.providers[0] is Provider.OPENAI
    assert config.model_extra == {"added_later": {"x": 1}}
    assert config.model_dump(mode="json") == {
        "model_config_id": "c1",
        "provider": "brand-new",
        "providers": ["openai", "newer"],
        "added_later": {"x": 1},
    }


def test_open_enum_behaves_like_a_string_enum() -> None:
    assert Provider("openai") is Provider.OPENAI
    assert list(Provider) == [Provider.OPENAI, Provider.ANTHROPIC]  # unknowns are not added
    unknown = Provider("mistral")
    assert (unknown.value, unknown.name, str(unknown), f"{unknown}") == ("mistral",) * 4
    assert str(Provider.OPENAI) == "openai"
    with pytest.raises(ValueError):
        Provider(3)


def test_models_accept_field_names_and_aliases() -> None:
    from pydantic import Field

    class Message(BaseModel):
        tool_name: str | None = Field(default=None, alias="toolName")

    assert Message(tool_name="a").tool_name == Message.model_validate({"toolName": "a"}).tool_name


def test_type_adapters_are_cached() -> None:
    assert type_adapter(list[int]) is type_adapter(list[int])
    assert type_adapter(list[Config]) is type_adapter(list[Config])


def test_not_given_sentinel() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    options = RequestOptions()
    assert options.timeout is NOT_GIVEN and options.max_retries is NOT_GIVEN


#: What each style's generated package depends on, beside the standard library.
DEPENDENCIES = {
    "python": {"httpx", "pydantic", "pydantic_core"},
    "python-msgspec": {"httpx", "msgspec"},
}


def test_every_built_in_style_core_is_tested() -> None:
    assert set(CORE_PACKAGES) == set(DEPENDENCIES) == set(builtin_styles())


@pytest.mark.parametrize("style", CORE_PACKAGES)
def test_runtime_imports_are_relative_or_dependencies(style: str) -> None:
    """The core must work under any package name, with only its style's dependencies installed.

    Imports under ``if TYPE_CHECKING:`` never run; type checkers bring typing_extensions along.
    """
    allowed = DEPENDENCIES[style] | set(sys.stdlib_module_names)
    for module, template in runtime_templates(style).items():
        tree = ast.parse(template.read_text())
        checking_only = {
            id(child)
            for node in ast.walk(tree)
            if _is_type_checking_block(node)
            for child in ast.walk(node)
            if isinstance(child, ast.Import | ast.ImportFrom)
        }
        for node in ast.walk(tree):
            if id(node) in checking_only:
                continue
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, f"{style} {module} imports {name}"


def _is_type_checking_block(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )


@pytest.mark.slow
@pytest.mark.parametrize("style", CORE_PACKAGES)
def test_mypy_strict_passes_on_the_copied_package(
    style: str, sdkcore_dir: Path, mypy_cache: Path
) -> None:
    result = mypy_strict(
        CORE_PACKAGES[style], sdkcore_dir.parent, mypy_cache, "--python-version", "3.10"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
