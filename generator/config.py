"""Settings: ``[tool.sdkgen]`` in ``pyproject.toml`` merged with command-line options."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError, Location

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

#: Keys accepted in ``[tool.sdkgen]``, with what each means (the README lists these).
CONFIG_KEYS: dict[str, str] = {
    "spec": "Path of the OpenAPI document (YAML or JSON).",
    "output": "Folder the SDK package is generated into.",
    "style": "Built-in template style to start from: `python` (pydantic models) or `python-msgspec` (msgspec Structs).",
    "templates": "List of folders whose templates override the style's, first wins.",
    "package-name": "Import name of the generated package.",
    "package-version": "Version of the generated package.",
    "distribution-name": "Name on the package index (defaults to package-name).",
    "client-name": "Class name of the client (defaults to the package name in PascalCase).",
    "license": "Licence of the generated package, e.g. `MIT` (defaults to the spec's `info.license.name`).",
    "strict": "`true`: every warning about the spec (an example that does not match its schema, a webhook the SDK "
    "leaves out...) is an error that stops generation, as with `--strict`.",
    "bump": "`true`: every `sdkgen generate` sets `package-version` from the API changes and adds to"
    " the output's `CHANGELOG.md` (as `--bump` does).",
}


@dataclass(frozen=True)
class Settings:
    """Everything one run of the generator needs to know, resolved to absolute paths."""

    root: Path
    spec: Path
    output: Path
    style: str = "python"
    templates: tuple[Path, ...] = ()
    package_name: str = "client"
    package_version: str = "0.1.0"
    distribution_name: str = ""
    client_name: str = ""
    license: str = ""
    strict: bool = False
    bump: bool = False
    config_file: Path | None = None
    """The ``pyproject.toml`` whose ``[tool.sdkgen]`` these came from (None: defaults)."""

    def with_options(self, **options: Any) -> Settings:
        """A copy with the command line's non-empty options applied."""
        given = {k: v for k, v in options.items() if v not in (None, ())}
        for key in ("spec", "output"):
            if key in given:
                given[key] = Path(given[key]).resolve()
        if "templates" in given:
            given["templates"] = tuple(Path(t).resolve() for t in given["templates"])
        return replace(self, **given)

    def source(self, options: dict[str, Any] | None = None) -> str:
        """One line saying where these settings came from, for every command to print."""
        given = sorted(
            f"--{k.replace('_', '-')}" for k, v in (options or {}).items() if v not in (None, ())
        )
        where = (
            f"[tool.sdkgen] in {self.config_file}"
            if self.config_file is not None
            else "no [tool.sdkgen] table found (run `sdkgen init`); defaults"
        )
        line = f"configuration: {where}" + (f", overridden by {' '.join(given)}" if given else "")
        if "--spec" in given and self.config_file is not None:
            # another API's document inside this project: say what still comes from the table
            line += " (the table's package-name, package-version and license still apply)"
        return line


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.sdkgen]`` table, looking upwards."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and b"[tool.sdkgen]" in candidate.read_bytes():
            return candidate
    return None


def load_settings(start: Path) -> Settings:
    """Read ``[tool.sdkgen]`` from the nearest ``pyproject.toml`` (defaults where there is none)."""
    pyproject = find_pyproject(start.resolve())
    if pyproject is None:
        root = start.resolve()
        return Settings(root=root, spec=root / "openapi.yaml", output=root / "generated")
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["sdkgen"]
    except tomllib.TOMLDecodeError as exc:
        raise GeneratorError(f"invalid TOML: {exc}", Location(str(pyproject))) from None
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise GeneratorError(
            f"unknown key(s) in [tool.sdkgen]: {', '.join(unknown)}",
            Location(str(pyproject), "/tool/sdkgen"),
            hint=f"known keys: {', '.join(CONFIG_KEYS)}",
        )
    root = pyproject.parent
    return Settings(
        config_file=pyproject,
        root=root,
        spec=(root / table.get("spec", "openapi.yaml")).resolve(),
        output=(root / table.get("output", "generated")).resolve(),
        style=str(table.get("style", "python")),
        templates=tuple((root / t).resolve() for t in table.get("templates", [])),
        package_name=str(table.get("package-name", "client")),
        package_version=str(table.get("package-version", "0.1.0")),
        distribution_name=str(table.get("distribution-name", "")),
        client_name=str(table.get("client-name", "")),
        license=str(table.get("license", "")),
        strict=_boolean(table.get("strict", False), pyproject, "strict"),
        bump=bool(table.get("bump", False)),
    )


def _boolean(value: object, pyproject: Path, key: str) -> bool:
    if not isinstance(value, bool):
        raise GeneratorError(
            f"[tool.sdkgen] {key} must be true or false, not {value!r}",
            Location(str(pyproject), f"/tool/sdkgen/{key}"),
        )
    return value


_TABLE = re.compile(r"^\[tool\.sdkgen\][ \t]*$", re.MULTILINE)
_NEXT_TABLE = re.compile(r"^\[", re.MULTILINE)
_VERSION_LINE = re.compile(r"^package-version[ \t]*=.*$", re.MULTILINE)


def record_package_version(settings: Settings, version: str) -> Path | None:
    """Set ``package-version`` in the project's ``[tool.sdkgen]``, editing only that line (the
    rest of the file, comments included, stays as it is). None when there is no such table."""
    pyproject = settings.root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    table = _TABLE.search(text)
    if table is None:
        return None
    following = _NEXT_TABLE.search(text, table.end())
    end = following.start() if following else len(text)
    line = f"package-version = {json.dumps(version)}"
    existing = _VERSION_LINE.search(text, table.end(), end)
    if existing is not None:
        text = text[: existing.start()] + line + text[existing.end() :]
    else:
        text = text[: table.end()] + "\n" + line + text[table.end() :]
    temporary = pyproject.with_name(f".{pyproject.name}.sdkgen-tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, pyproject)
    return pyproject


def init_table(root: Path, spec: str, package_name: str, output: str = "generated") -> Path:
    """Write a ``[tool.sdkgen]`` table into ``root/pyproject.toml`` (created if absent) so that
    ``generate``, ``build`` and ``publish`` need no options; refuse if there already is one."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    if _TABLE.search(text):
        raise GeneratorError(
            f"{pyproject} already has a [tool.sdkgen] table",
            Location(str(pyproject), "/tool/sdkgen"),
            hint="edit it instead",
        )
    table = "\n".join(
        [
            "[tool.sdkgen]",
            f"spec = {json.dumps(spec)}",
            f"output = {json.dumps(output)}",
            f"package-name = {json.dumps(package_name)}",
            'package-version = "0.1.0"',
            "",
        ]
    )
    separator = "" if not text else "\n" if text.endswith("\n") else "\n\n"
    pyproject.write_text(text + separator + table, encoding="utf-8")
    return pyproject
