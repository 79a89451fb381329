"""Cutting the models module into one module per model (generator/models/modules.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.models.modules import split

SOURCE = '''\
"""Models of the Shop API."""

from __future__ import annotations

from enum import Enum
from typing import Annotated
from pydantic import BaseModel, Field


class Kind(Enum):
    CAT = "cat"


class PetOwner(BaseModel):
    name: str


class Pet(BaseModel):
    kind: Kind = Kind.CAT
    owner: PetOwner | None = None
    friends: list["Pet"] = []


class Node(BaseModel):
    children: list[Tree] = []


class Tree(BaseModel):
    root: Annotated[Node | None, Field(description="where it starts")] = None


Tempo = float
"""Beats per minute."""
'''
PUBLIC = {"Kind": "kind", "Pet": "pet", "Node": "node", "Tree": "tree", "Tempo": "tempo"}


def test_each_public_model_has_its_module_and_an_inline_model_goes_with_its_user() -> None:
    modules = split(SOURCE, PUBLIC)
    assert sorted(modules) == ["kind", "node", "pet", "tempo", "tree"]
    assert modules["tempo"].endswith(
        'Tempo = float\n"""Beats per minute."""\n'
    )  # an alias keeps its docstring
    assert (
        "class PetOwner(BaseModel)" in modules["pet"]
        and "from .kind import Kind\n" in modules["pet"]
    )
    assert (
        "Annotated" not in modules["pet"] and "from enum import Enum\n" not in modules["pet"]
    )  # only what it uses
    assert modules["kind"].startswith(
        '"""Models of the Shop API."""\n\nfrom __future__ import annotations\n'
    )


def test_models_in_a_cycle_share_the_first_ones_module_and_the_others_re_export(
    tmp_path: Path,
) -> None:
    modules = split(SOURCE, PUBLIC)
    assert "class Node(" in modules["node"] and "class Tree(" in modules["node"]
    assert "from .node import Tree as Tree\n" in modules["tree"] and "class" not in modules["tree"]
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in modules.items():
        (package / f"{name}.py").write_text(text)
    probe = "from shop.tree import Tree; from shop.pet import Pet; print(Tree(root={'children': [{}]}), Pet().kind)"
    ran = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert "Kind.CAT" in ran.stdout


def test_the_same_source_is_cut_the_same_way() -> None:
    assert split(SOURCE, PUBLIC) == split(SOURCE, dict(reversed(PUBLIC.items())))


def test_a_model_datamodel_code_generator_did_not_make_is_an_error() -> None:
    with pytest.raises(GeneratorError, match="no class for Missing"):
        split(SOURCE, {**PUBLIC, "Missing": "missing"})


def test_a_quoted_forward_reference_keeps_its_import_and_a_literal_value_does_not() -> None:
    """msgspec's aliases quote a class defined later (edge_openai_like.yaml's `Item`)."""
    from generator.output.imports import tidy_module_imports

    source = (
        '"""Models."""\n\nfrom __future__ import annotations\n\n'
        "from typing import Literal, TypeAlias, Union\n\n"
        "from .message import Message\nfrom .search_call import SearchCall\nfrom .date import date\n\n"
        'Item: TypeAlias = Union[Message, "SearchCall"]\nKind: TypeAlias = Literal["date"]\n'
    )
    tidied = tidy_module_imports(source, "shop", "..")
    assert "from .search_call import SearchCall" in tidied and "import date" not in tidied
