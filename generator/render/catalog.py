"""The templates as a catalog: what each one renders, its blocks, which user folder overrides it.

``sdkgen templates list`` prints it and ``sdkgen templates eject`` copies entries out of it, so a
user sees exactly what the generator would use before changing anything.
"""

from __future__ import annotations

import fnmatch
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2
from jinja2 import nodes

from generator.errors import GeneratorError, Location
from generator.render import environment

Kind = Literal["output", "header", "macros", "datamodel"]


@dataclass(frozen=True)
class Entry:
    """One template file as the generator would resolve it."""

    name: str
    """Path relative to the style folder, e.g. ``{package}/_client.py.jinja``."""
    source: Path
    """The built-in file (for user-only templates, the user's file)."""
    style: str
    """Built-in style the file comes from; ``""`` for a template only a user folder has."""
    kind: Kind
    """Whether it makes an output file, the header in front of each, macros, or a model template."""
    renders: str
    """What it makes: an output path (``<resource>`` marks one file per resource group) or a partial.

    An output template without the ``.jinja`` suffix is copied as it is (the runtime modules)."""
    blocks: tuple[str, ...]
    """Names of its ``{% block %}``s, in order: the parts an extending template can replace."""
    overridden_by: Path | None
    """The user folder whose file of the same name is used instead, if any."""


def entries(user_folders: tuple[Path, ...], style: str, package: str) -> list[Entry]:
    """Every template of the style chain and the user folders, sorted by name."""
    chain = environment.search_path(user_folders, style)[
        len(user_folders) :
    ]  # checks the user folders exist
    builtin = _first_by_output(chain)
    user = _first_by_output(list(user_folders))
    env = environment.environment(chain)
    result = []
    for key in builtin.keys() | user.keys():
        name, folder = builtin.get(key) or user[key]
        path = folder / name
        kind = _kind(name)
        result.append(
            Entry(
                name=name,
                source=path,
                style=folder.name if key in builtin else "",
                kind=kind,
                renders=_renders(name, kind, package),
                blocks=_blocks(env, path),
                overridden_by=user[key][1] if key in builtin and key in user else None,
            )
        )
    return sorted(result, key=lambda entry: entry.name)


def eject(
    patterns: tuple[str, ...], style: str, destination: Path, *, force: bool = False
) -> list[Path]:
    """Copy the built-in templates matching ``patterns`` (all if none) into ``destination``.

    Refuses, before copying anything, to overwrite a file that differs unless ``force``.
    """
    chosen = dict(_first_by_output(environment.style_chain(style)).values())
    if patterns:
        chosen = {
            n: f for n, f in chosen.items() if any(fnmatch.fnmatchcase(n, p) for p in patterns)
        }
        if not chosen:
            raise GeneratorError(
                f"no built-in template matches {' '.join(patterns)}",
                hint="`sdkgen templates list` shows the names; patterns are shell-style, e.g. '*_client*'",
            )
    clashes = [
        destination / n
        for n, f in chosen.items()
        if (destination / n).exists() and (destination / n).read_bytes() != (f / n).read_bytes()
    ]
    if clashes and not force:
        raise GeneratorError(
            f"{len(clashes)} file(s) already exist with other content, e.g. {clashes[0]}",
            Location(str(destination)),
            hint="eject into another folder, or pass --force to overwrite them",
        )
    copied = []
    for name, folder in sorted(chosen.items()):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / name, target)
        copied.append(target)
    return copied


def _first_by_output(folders: list[Path]) -> dict[str, tuple[str, Path]]:
    """What a template makes (its output path; a partial's name) → its name and the first folder
    that has one (the one the generator uses)."""
    environment.output_templates(folders)  # refuses a folder with two files making the same output
    found: dict[str, tuple[str, Path]] = {}
    for folder in folders:
        for name in environment.template_files(folder):
            key = (
                name
                if environment.is_partial(name)
                else environment.TemplateSource(name, folder).output
            )
            found.setdefault(key, (name, folder))
    return found


def _kind(name: str) -> Kind:
    if name == environment.FILE_HEADER:
        return "header"
    if environment.is_partial(name):
        return "datamodel" if name.startswith("_datamodel/") else "macros"
    return "output"


def _renders(name: str, kind: Kind, package: str) -> str:
    if kind != "output":
        return _PARTIALS[kind]
    output = name.removesuffix(environment.TEMPLATE_SUFFIX).replace("{package}", package)
    if "{resource}" in output:
        output = output.replace("{resource}", "<resource>") + " (one per resource group)"
    return output if name.endswith(environment.TEMPLATE_SUFFIX) else output + " (copied as it is)"


_PARTIALS: dict[Kind, str] = {
    "header": "partial (put in front of every generated file)",
    "macros": "partial (macros)",
    "datamodel": "partial (datamodel-code-generator template)",
}


def _blocks(env: jinja2.Environment, path: Path) -> tuple[str, ...]:
    if not path.name.endswith((environment.TEMPLATE_SUFFIX, ".jinja2")):
        return ()
    try:
        tree = env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
    except jinja2.TemplateSyntaxError as exc:
        raise GeneratorError(
            f"template syntax error: {exc.message}", Location(str(path), "", exc.lineno)
        ) from None
    return tuple(block.name for block in tree.find_all(nodes.Block))
