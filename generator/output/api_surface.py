"""The SDK's API as its users see it, and what changed in it from one run to the next.

Each run records the surface in the manifest; the next one compares, so a regenerate reports
``+ projects.archive``, ``- sessions.delete`` or ``~ projects.get: + filter: str | None``
beside the files it rewrote: what a user of the SDK must know before upgrading.
"""

from __future__ import annotations

from generator.ir.nodes import Api, Model, Operation

#: Public name (``projects.get``, ``types.ProjectResponse``) → its parts (``name: annotation``,
#: ``-> ReturnType``, an enum's values), in order.
Surface = dict[str, list[str]]


def surface(api: Api) -> Surface:
    """Every method and model of the SDK with its parameters, return type or fields."""
    methods = {op.call_name: _method_parts(op) for op in api.all_operations}
    models = {f"types.{model.name}": _model_parts(model) for model in api.models}
    return methods | models


def _method_parts(op: Operation) -> list[str]:
    return [_typed(p.name, p.annotation, p.required) for p in op.parameters] + [f"-> {op.return_annotation}"]


def _model_parts(model: Model) -> list[str]:
    if model.kind == "enum":
        return [f"= {value!r}" for value in model.enum_values]
    return [_typed(f.name, f.annotation, f.required) for f in model.fields]


def _typed(name: str, annotation: str, required: bool) -> str:
    return f"{name}: {annotation}" + ("" if required else " (optional)")


def changes(before: Surface, after: Surface) -> list[str]:
    """One line per name added (``+``), removed (``-``) or changed (``~``, with what changed)."""
    lines = [f"+ {name}" for name in sorted(after.keys() - before.keys())]
    lines += [f"- {name}" for name in sorted(before.keys() - after.keys())]
    for name in sorted(before.keys() & after.keys()):
        if before[name] != after[name]:
            lines.append(f"~ {name}: {_difference(before[name], after[name])}")
    return lines


def _difference(before: list[str], after: list[str]) -> str:
    """``+ part``, ``- part`` and ``part → part`` for parts of the same name."""
    old, new = _by_name(before), _by_name(after)
    described = [f"{old[key]} → {new[key]}" for key in new if key in old and old[key] != new[key]]
    described += [f"+ {new[key]}" for key in new if key not in old]
    described += [f"- {old[key]}" for key in old if key not in new]
    return ", ".join(described) or "order changed"


def _by_name(parts: list[str]) -> dict[str, str]:
    """Parts keyed by what names them: a parameter's or field's name, ``->``, an enum value."""
    return {_name_of(part): part for part in parts}


def _name_of(part: str) -> str:
    if part.startswith("-> "):
        return "->"
    return part if part.startswith("= ") else part.split(":", 1)[0]
