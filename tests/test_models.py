"""The models stage: how datamodel-code-generator is configured, its cache, and its errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.ir.build import build
from generator.models import datamodel
from generator.spec.load import load, load_validating_in_background
from tests.support.helpers import ROOT, humanloop_api, model_modules, mypy_strict, settings_for

SPEC = """\
openapi: 3.1.0
info: {title: Models API, version: 1.0.0}
paths: {}
components:
  schemas:
    Pet:
      type: object
      description: A pet, as the shop knows it.
      required: [petName, kind]
      properties:
        petName: {type: string, maxLength: 20, description: What the pet answers to.}
        kind: {$ref: '#/components/schemas/Kind'}
        class: {type: integer, minimum: 1}
    Kind:
      type: string
      description: What sort of animal.
      enum: [cat, dog]
"""


def models_of(tmp_path: Path, spec: str = SPEC, cache: Path | None = None) -> dict[str, str]:
    """The model modules of ``spec``, which is parsed but not validated: the pipeline makes the
    models while the validator is still at work."""
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    document, _ = load_validating_in_background(path, None, in_background=False)
    api = build(document, settings_for(path, tmp_path / "out", package="shop"))
    return datamodel.start_models(
        document, api, ROOT / "templates" / "python" / "_datamodel", cache, in_background=False
    )()


def models_source(tmp_path: Path, spec: str = SPEC, cache: Path | None = None) -> str:
    """The model modules of ``spec``, one after the other."""
    return "".join(models_of(tmp_path, spec, cache).values())


def test_fields_are_snake_case_with_the_wire_name_as_alias_and_keep_constraints(
    tmp_path: Path,
) -> None:
    source = models_source(tmp_path)
    assert (
        "pet_name: Annotated[" in source
        and "alias='petName'" in source
        and "max_length=20" in source
    )
    assert (
        "class_: Annotated[" in source and "alias='class'" in source and "ge=1" in source
    )  # a keyword, made safe


def test_descriptions_become_docstrings_and_enums_are_open(tmp_path: Path) -> None:
    source = models_source(tmp_path)
    assert "A pet, as the shop knows it." in source and '"""What the pet answers to."""' in source
    assert "class Kind(OpenEnum):" in source and "CAT = 'cat'" in source


def test_every_model_the_ir_names_is_a_class_of_that_name() -> None:
    """Endpoint code refers to models by the IR's names: the two must agree on every one."""
    source = models_source_of_humanloop()
    missing = [m.name for m in humanloop_api().models if f"class {m.name}(" not in source]
    assert len(humanloop_api().models) > 100 and missing == []


def models_source_of_humanloop() -> str:
    return "".join(model_modules(ROOT / "generated" / "humanloop").values())


def test_a_second_run_reads_the_cache_instead_of_generating(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = models_source(tmp_path, cache=cache)
    (entry,) = cache.iterdir()
    entry.write_text('{"pet": "poisoned = True\\n"}')  # proves the next run reads the cache
    assert models_source(tmp_path, cache=cache) == "poisoned = True\n"
    entry.unlink()
    assert models_source(tmp_path, cache=cache) == first


def test_schemas_datamodel_code_generator_refuses_give_a_located_error(tmp_path: Path) -> None:
    bad = SPEC + textwrap.indent(
        "Broken:\n  type: object\n  properties:\n    x: {type: [string, 3]}\n", "    "
    )
    with pytest.raises(GeneratorError) as caught:
        models_source(tmp_path, bad)
    message = str(caught.value)
    assert (
        "spec.yaml:18 (at /components/schemas/Broken): could not generate the model classes for schema 'Broken'"
        in message
    )
    assert "hint: simplify that schema" in message  # the tool's own words only inside the hint


def test_an_unknown_backend_says_which_exist(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC)
    document = load(path)
    with pytest.raises(GeneratorError, match="pydantic, msgspec"):
        datamodel.start_models(
            document, build(document, settings_for(path, tmp_path / "o")), None, backend="attrs"
        )


@pytest.mark.slow
def test_defaults_pydantic_validates_are_cast_for_mypy_and_unchanged_at_run_time(
    tmp_path: Path, mypy_cache: Path
) -> None:
    """A dict default of a model field (Mistral's `prediction`) is a mypy error as written."""
    spec = SPEC + textwrap.indent(
        "Order:\n  type: object\n  properties:\n"
        "    pet: {allOf: [{$ref: '#/components/schemas/Pet'}], default: {petName: Rex, kind: dog}}\n"
        "    note: {type: string, default: 'é: {}'}\n",
        "    ",
    )
    modules = models_of(tmp_path, spec)
    source = modules["order"]
    assert "cast(Any, {'petName': 'Rex', 'kind': 'dog'})" in source
    assert "from typing import Annotated, Any, cast" in source  # this module had no Any yet
    assert "= 'é: {}'" in source  # an ordinary default is left as it is
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_enums.py").write_text((ROOT / "generated" / "humanloop" / "_enums.py").read_text())
    for runtime in ("_models.py", "_lenient.py"):
        (package / runtime).write_text((ROOT / "generated" / "humanloop" / runtime).read_text())
    (package / "types").mkdir()
    (package / "types" / "__init__.py").write_text("")
    for name, text in modules.items():
        (package / "types" / f"{name}.py").write_text(text)
    checked = mypy_strict("shop", tmp_path, mypy_cache)
    assert checked.returncode == 0, checked.stdout
    probe = subprocess.run(
        [sys.executable, "-c", "from shop.types.order import Order; print(Order().pet.pet_name)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.stdout.strip() == "Rex", probe.stderr


def test_casting_spans_lines_and_imports_only_what_is_missing() -> None:
    from generator.models.default_coercion import cast_validated_defaults

    source = (
        "from __future__ import annotations\nfrom typing import Annotated, Any\n\n\n"
        "class A(BaseModel):\n"
        "    xs: Annotated[list[B] | None, Field(validate_default=True)] = [\n        {'é': 1},\n    ]\n"
        "    y: Annotated[int | None, Field(ge=1)] = 2\n"
    )
    cast = cast_validated_defaults(source)
    assert cast.startswith("from __future__ import annotations\nfrom typing import cast\n")
    assert "= cast(Any, [\n        {'é': 1},\n    ])\n" in cast and "= 2\n" in cast
    assert cast_validated_defaults(cast.replace("validate_default=True", "")) == cast.replace(
        "validate_default=True", ""
    )
