"""The template context reference in Markdown, written from the IR's own definitions.

Field types come from the dataclasses, descriptions from the attribute docstrings in
``generator/ir/nodes.py``, filters from their functions, blocks from the built-in templates: the
document cannot say something the code does not (``docs/templates.md`` embeds this output, and a
test keeps the two equal).
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

from jinja2 import nodes

from generator.ir import nodes as ir
from generator.render import catalog, environment


def context_reference(style: str = "python") -> str:
    """Variables, IR classes, filters, blocks and the changelog, as Markdown sections."""
    parts = [
        f"## Variables (context version {ir.CONTEXT_VERSION})\n",
        "| name | holds |\n|---|---|",
        *(f"| `{name}` | {meaning} |" for name, meaning in environment.CONTEXT_VARIABLES.items()),
        "",
        "## Objects\n",
    ]
    attribute_docs = _attribute_docstrings(Path(inspect.getfile(ir)))
    for cls in _ir_classes():
        parts += [
            f"### `{cls.__name__}`\n",
            _first_paragraph(cls.__doc__),
            "",
            "| field | type | meaning |",
            "|---|---|---|",
        ]
        for field in dataclasses.fields(cls):
            parts.append(
                f"| `{field.name}` | `{environment.md_cell(str(field.type))}` | {attribute_docs.get((cls.__name__, field.name), '')} |"
            )
        for name, member in vars(cls).items():
            if isinstance(member, property):
                returns = inspect.signature(member.fget).return_annotation if member.fget else ""
                parts.append(
                    f"| `{name}` | `{environment.md_cell(str(returns))}` | {_first_paragraph(member.__doc__)} (computed) |"
                )
        parts.append("")
    parts += ["## Filters\n", "| filter | does |", "|---|---|"]
    parts += [
        f"| `{name}` | {_first_paragraph(function.__doc__)} |"
        for name, function in sorted(environment.FILTERS.items())
    ]
    parts += ["", f"## Blocks of the `{style}` style\n", "| template | blocks |", "|---|---|"]
    parts += [
        f"| `{entry.name}` | {', '.join(f'`{b}`' for b in entry.blocks)} |"
        for entry in catalog.entries((), style, "package")
        if entry.blocks
    ]
    parts += ["", "## Macros\n", "| macro | arguments |", "|---|---|"]
    parts += [f"| `{name}` | `{arguments}` |" for name, arguments in _macros(style)]
    parts += ["", "## Changelog\n", "| context version | change |", "|---|---|"]
    parts += [
        f"| {version} | {change} |"
        for version, change in sorted(ir.CONTEXT_CHANGES.items(), reverse=True)
    ]
    return "\n".join(parts) + "\n"


def _macros(style: str) -> list[tuple[str, str]]:
    """(``file:macro``, its arguments) for every macro in the style's partials."""
    env = environment.environment(environment.style_chain(style))
    found = []
    for entry in catalog.entries((), style, "package"):
        if entry.kind == "macros":
            tree = env.parse(entry.source.read_text(encoding="utf-8"))
            for macro in tree.find_all(nodes.Macro):
                defaults = [None] * (len(macro.args) - len(macro.defaults)) + list(macro.defaults)
                arguments = ", ".join(
                    (
                        a.name
                        if d is None
                        else f"{a.name}={d.value!r}" if isinstance(d, nodes.Const) else a.name
                    )
                    for a, d in zip(macro.args, defaults, strict=True)
                )
                found.append((f"{entry.name}:{macro.name}", arguments))
    return found


def _ir_classes() -> list[type]:
    """The IR's dataclasses, in the order the module defines them."""
    return [
        member
        for _, member in vars(ir).items()
        if inspect.isclass(member)
        and dataclasses.is_dataclass(member)
        and member.__module__ == ir.__name__
    ]


def _attribute_docstrings(module: Path) -> dict[tuple[str, str], str]:
    """(class, attribute) → the string literal written under the attribute."""
    found: dict[tuple[str, str], str] = {}
    for cls in ast.parse(module.read_text(encoding="utf-8")).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for statement, following in zip(cls.body, cls.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
            ):
                found[(cls.name, statement.target.id)] = _first_paragraph(
                    str(following.value.value)
                )
    return found


def _first_paragraph(text: str | None) -> str:
    return environment.md_cell(inspect.cleandoc(text or "").split("\n\n")[0])


def update_document(path: Path) -> None:
    """Rewrite the reference part of ``path`` (from its first ``## Variables`` heading on)."""
    text = path.read_text(encoding="utf-8")
    intro = text.split("## Variables", 1)[0]
    path.write_text(intro + context_reference(), encoding="utf-8")


if __name__ == "__main__":  # python -m generator.render.context_docs [docs/templates.md]
    import sys

    if len(sys.argv) > 1:
        update_document(Path(sys.argv[1]))
    else:
        print(context_reference(), end="")
