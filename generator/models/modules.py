"""Cut one generated models module into one module per model, so an SDK imports only what it uses.

datamodel-code-generator writes every model of a spec into one module; for a big API (GitHub's
3 MB of models) the first use of any model would import all of them. Here each public model
(a component schema) gets its own module, named by the IR (:attr:`Model.module`), with the
classes only it uses (the inline models named after it) and imports of the models it refers to.
Models that refer to each other in a cycle must share a module (each needs the other defined):
the first of them defines them all and the others' modules re-export theirs.

The cut is made on the source, statement by statement, so every class keeps the exact text
datamodel-code-generator gave it, and the modules list their definitions in its order (a base
class before its subclasses).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field

from generator.errors import GeneratorError


@dataclass
class _Definition:
    """One top-level class (or alias) of the module: its text and the names it mentions."""

    name: str
    text: str
    mentions: set[str]
    uses: set[str] = field(default_factory=set)
    """The other definitions it mentions."""
    rebuild: str = ""
    """Its ``Model.model_rebuild()`` call: it goes after every definition of the module, since in a
    cycle (``Ping`` → ``Pong`` → ``Ping``) it needs the later ones defined."""


def split(source: str, modules: dict[str, str]) -> dict[str, str]:
    """Module name → source, for every module that ``source``'s definitions go into.

    ``modules`` maps each public class to its module. A class not in it (an inline model) goes
    into the module of the first class that uses it, so it is imported only with its user.
    """
    header, imports, definitions = _statements(source)
    missing = sorted(modules.keys() - definitions.keys())
    if missing:
        raise GeneratorError(f"datamodel-code-generator made no class for {', '.join(missing[:5])}")
    owner = _owners(definitions, modules)
    _merge_cycles(definitions, owner)
    bodies: dict[str, list[_Definition]] = {}
    for definition in definitions.values():
        bodies.setdefault(owner[definition.name], []).append(definition)
    result = {module: _module_text(header, imports, body, owner) for module, body in bodies.items()}
    for name, module in sorted(modules.items()):
        if owner[name] != module:
            result[module] = _alias_text(header, name, owner[name])
    return result


#: What an import binds: ``("from typing import ", "Any")``, ``("import ", "re")``.
_Import = tuple[str, str]


def _statements(source: str) -> tuple[str, dict[str, _Import], dict[str, _Definition]]:
    """The module docstring, the imported names (name → how it is imported), the definitions."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise GeneratorError(
            f"datamodel-code-generator wrote models that do not parse: {exc}"
        ) from None
    lines = source.splitlines(keepends=True)
    header = ""
    imports: dict[str, _Import] = {}
    definitions: dict[str, _Definition] = {}
    for node in tree.body:
        text = "".join(lines[_first_line(node) - 1 : node.end_lineno])
        docstring = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        if docstring and not header:
            header = text
        elif docstring and definitions:  # the docstring of an alias (`Tempo = float`) follows it
            previous = definitions[next(reversed(definitions))]
            previous.text += text
        elif isinstance(node, ast.ImportFrom | ast.Import):
            source_module = (
                f"from {'.' * node.level}{node.module or ''} import "
                if isinstance(node, ast.ImportFrom)
                else "import "
            )
            for alias in node.names:
                spelled = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
                imports[alias.asname or alias.name.split(".")[0]] = (source_module, spelled)
        elif (name := _bound_name(node)) in definitions:  # `Model.model_rebuild()` after Model
            if isinstance(node, ast.Expr):
                definitions[name].rebuild += "\n\n" + text
            else:
                definitions[name].text += "\n\n" + text
            definitions[name].mentions |= _names_in(node)
        elif name is not None:
            definitions[name] = _Definition(name, text, _names_in(node))
        else:
            raise GeneratorError(
                f"unexpected statement in the generated models: {text.strip()[:80]}"
            )
    for definition in definitions.values():
        definition.uses = (definition.mentions & definitions.keys()) - {definition.name}
    return header, imports, definitions


def _first_line(node: ast.stmt) -> int:
    decorators: list[ast.expr] = node.decorator_list if isinstance(node, ast.ClassDef) else []
    return min([node.lineno, *(d.lineno for d in decorators)])


def _bound_name(node: ast.stmt) -> str | None:
    """The name a class, an alias (``X = ...``) or a ``X.model_rebuild()`` call belongs to."""
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign | ast.AnnAssign):
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        function = node.value.func
        if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
            return function.value.id
    return None


def _names_in(node: ast.AST) -> set[str]:
    """Every name ``node`` mentions, quoted forward references included."""
    found: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif (
            isinstance(child, ast.Constant)
            and isinstance(child.value, str)
            and child.value.isidentifier()
        ):
            found.add(child.value)
    return found


def _owners(definitions: dict[str, _Definition], modules: dict[str, str]) -> dict[str, str]:
    """Definition → the module it goes into (before cycles between modules are merged)."""
    users: dict[str, list[str]] = {name: [] for name in definitions}
    for definition in definitions.values():  # in source order, so "first user" is stable
        for used in sorted(definition.uses):
            users[used].append(definition.name)
    owner: dict[str, str] = {name: modules[name] for name in definitions if name in modules}
    taken = set(modules.values())

    def module_of(name: str, visiting: frozenset[str]) -> str | None:
        if name in owner:
            return owner[name]
        for user in users[name]:
            if user not in visiting and (found := module_of(user, visiting | {name})) is not None:
                return found
        return None

    for name in definitions:
        if name not in owner:
            found = module_of(name, frozenset())
            if found is None:  # used by no public model: a module of its own, private
                found = _unique("_inline_" + _snake(name), taken)
                taken.add(found)
            owner[name] = found
    return owner


def _snake(name: str) -> str:
    from generator.ir.naming import snake

    return snake(name)


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}_{number}"
    return candidate


def _merge_cycles(definitions: dict[str, _Definition], owner: dict[str, str]) -> None:
    """Move, in ``owner``, the definitions of modules that would import each other into the first."""
    order = list(dict.fromkeys(owner[name] for name in definitions))
    edges: dict[str, set[str]] = {module: set() for module in order}
    for definition in definitions.values():
        module = owner[definition.name]
        edges[module].update(owner[used] for used in definition.uses if owner[used] != module)
    position = {module: number for number, module in enumerate(order)}
    for component in _strongly_connected(order, edges):
        first = min(component, key=position.__getitem__)
        for name, module in owner.items():
            if module in component:
                owner[name] = first


def _strongly_connected(nodes: list[str], edges: dict[str, set[str]]) -> Iterator[list[str]]:
    """Tarjan's algorithm, iteratively (a long chain of models must not hit the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        yield component
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])


def _module_text(
    header: str, imports: dict[str, _Import], body: list[_Definition], owner: dict[str, str]
) -> str:
    module = owner[body[0].name]
    mentioned = set().union(*(d.mentions for d in body))
    used = set().union(*(d.uses for d in body))
    lines: dict[str, list[str]] = {}  # one line per module imported from, in the source's order
    for name, (statement, spelled) in imports.items():
        if name in mentioned and name != "annotations":
            lines.setdefault(statement, []).append(spelled)
    for name in sorted(used):
        if owner[name] != module:
            lines.setdefault(f"from .{owner[name]} import ", []).append(name)
    text = [header, "\nfrom __future__ import annotations\n\n"]
    for statement, names in lines.items():
        if statement == "import ":
            text += [f"import {name}\n" for name in names]
        else:
            text.append(statement + ", ".join(names) + "\n")
    return "".join(text) + "".join(f"\n\n{d.text}" for d in body) + "".join(d.rebuild for d in body)


def _alias_text(header: str, name: str, defining: str) -> str:
    return f"{header}\nfrom .{defining} import {name} as {name}\n\n__all__ = [{name!r}]\n"
