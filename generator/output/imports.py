"""Import blocks laid out as isort lays them out (ruff's ``I`` rules, isort's defaults).

Generated modules import exactly what they use, so a user who vendors the SDK and runs a linter
over it finds nothing: the templates compute their imports from the IR (see
:mod:`generator.render.imports`), and the models module that datamodel-code-generator writes gets
its unused imports dropped here. Both are laid out by :func:`import_sections`.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from typing import NamedTuple

from generator.output.formatting import LINE_LENGTH


class Imported(NamedTuple):
    """One imported name: ``from module import name``, or ``import module`` when ``name`` is None."""

    module: str
    name: str | None = None


def import_sections(imports: Iterable[Imported], indent: int = 0) -> list[list[str]]:
    """The import statements, one per module, in sections: ``__future__``, the standard library,
    third-party packages, then relative imports; each ordered as isort orders it, and one too long
    for a line at ``indent`` (where the caller puts the block) wrapped as black wraps it."""
    by_module: dict[str, set[str]] = {}
    for module, name in imports:
        by_module.setdefault(module, set()).add(name or "")
    sections: list[list[str]] = [[], [], [], []]
    for module in sorted(by_module, key=_module_key):
        names = by_module[module]
        section = sections[_section(module)]
        if "" in names:
            section.append(f"import {module}")
        # A renamed import (`date as date_aliased`) is a statement of its own, as isort writes it;
        # the statements of one module are ordered by their first name.
        plain = sorted((n for n in names - {""} if " as " not in n), key=member_key)
        statements = [plain] if plain else []
        statements += [[n] for n in names if " as " in n]
        for members in sorted(statements, key=lambda members: member_key(members[0])):
            section.append(_from_import(module, members, indent))
    # isort puts `import x` before `from x import y` within a section
    return [sorted(s, key=lambda line: not line.startswith("import ")) for s in sections if s]


def _from_import(module: str, names: list[str], indent: int) -> str:
    line = f"from {module} import {', '.join(names)}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    # indented relative to the statement: the template indents the whole block
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in names) + ")"


def member_key(name: str) -> tuple[int, list[int | str]]:
    """isort's order of the names of one ``from`` import: constants, classes, then the rest,
    each case-insensitively with numbers compared as numbers."""
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, _natural(name.lower())


def _module_key(module: str) -> tuple[int, list[int | str]]:
    # relative imports: the furthest (most dots) first
    return -(len(module) - len(module.lstrip("."))), _natural(module.lower())


def _natural(text: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 3
    return 1 if module.split(".")[0] in sys.stdlib_module_names else 2


def tidy_module_imports(source: str, package: str, relative: str) -> str:
    """``source`` with its top-level import statements cut to the names the module uses, imports
    of ``package`` made relative (``relative`` is the module's way up to it, e.g. ``..``), and
    laid out by :func:`import_sections`.

    For code the generator does not write itself (datamodel-code-generator's models module):
    only the imports that follow the module docstring are tidied.
    """
    tree = ast.parse(source)
    statements = _leading_imports(tree)
    if not statements:
        return source
    used = _used_names(tree)
    imports = []
    for node in statements:
        if isinstance(node, ast.Import):
            imports += [
                Imported(a.name)
                for a in node.names
                if a.asname is None and a.name.split(".")[0] in used
            ]
            continue
        module = "." * node.level + (node.module or "")
        if module == package or module.startswith(package + "."):
            module = relative + module.removeprefix(package).lstrip(".")
        for alias in node.names:
            if module == "__future__" or (alias.asname or alias.name) in used:
                imports.append(
                    Imported(module, alias.name + (f" as {alias.asname}" if alias.asname else ""))
                )
    lines = source.splitlines(keepends=True)
    start, end = statements[0].lineno - 1, statements[-1].end_lineno or statements[-1].lineno
    block = "\n\n".join("\n".join(section) for section in import_sections(imports))
    return "".join(lines[:start]) + block + "\n" + "".join(lines[end:])


def _leading_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that follow the module docstring, up to the first other statement."""
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    statements: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if not isinstance(node, ast.Import | ast.ImportFrom):
            break
        statements.append(node)
    return statements


def _used_names(tree: ast.Module) -> set[str]:
    """Names the module reads (an attribute's base counts: ``datetime.date`` uses ``datetime``),
    the names its ``__all__`` exports (a module may only re-export an import), and the quoted
    forward references of its types."""
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    used |= _forward_references(tree)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            used |= {
                item.value
                for item in ast.walk(node.value)
                if isinstance(item, ast.Constant) and isinstance(item.value, str)
            }
    return used


def _forward_references(tree: ast.Module) -> set[str]:
    """The names quoted as members of a type (``Union[Message, "SearchCall"]``): msgspec's type
    aliases are evaluated at run time, so datamodel-code-generator quotes a class it defines later
    (one that depends on a recursive model), and mypy and msgspec then read the name from the
    module's imports. The values of a ``Literal`` are strings, not names, and so are the arguments
    of a call (``Meta(description=...)``)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Subscript) or _subscripted_name(node.value) == "Literal":
            continue
        members = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        found |= {
            m.value
            for m in members
            if isinstance(m, ast.Constant) and isinstance(m.value, str) and m.value.isidentifier()
        }
    return found


def _subscripted_name(node: ast.expr) -> str:
    """``Literal`` for ``Literal`` and ``typing.Literal``."""
    return (
        node.id
        if isinstance(node, ast.Name)
        else node.attr if isinstance(node, ast.Attribute) else ""
    )
