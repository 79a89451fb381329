"""The SDK's API as its users see it, and what a change to it does to code written against it.

:func:`snapshot` reduces the IR to what a caller of the SDK touches: each method's route,
arguments, return and stream types; each model's fields or enum values; the client's
authentication and constructor arguments. Prose is kept only as a short digest, so a snapshot
is small (each run writes it to ``.sdkgen/api.json`` in the output folder) yet still says when
documentation changed. :func:`compare` turns two snapshots into :class:`Change`\\ s, each judged
``breaking``, ``additive`` or ``docs``; a removed and an added item of the same sort with similar
names are reported as one rename.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from generator.ir.nodes import Api, Model, Operation, Parameter

#: Where each run records the snapshot, relative to the output folder.
SNAPSHOT_PATH = ".sdkgen/api.json"

Level = Literal["breaking", "additive", "docs"]
#: Most severe first.
LEVELS: tuple[Level, ...] = ("breaking", "additive", "docs")
LEGEND: dict[Level, str] = {
    "breaking": "code written against the previous SDK may stop working (something it uses was removed,"
    " renamed, became required or changed type, or the request it sends changed)",
    "additive": "new methods, optional arguments, models, fields or values; existing code keeps working",
    "docs": "descriptions, summaries and examples only",
}
TITLES: dict[Level, str] = {"breaking": "Breaking", "additive": "Additive", "docs": "Docs-only"}
SYMBOLS: dict[Level, str] = {"breaking": "!", "additive": "+", "docs": "~"}
#: How alike (difflib ratio) a removed and an added name must be to count as a rename.
RENAME_SIMILARITY = 0.6

Snapshot = dict[str, Any]
"""JSON: ``{"methods": {call_name: …}, "models": {name: …}, "client": {…}}``."""


@dataclass(frozen=True)
class Change:
    """One change to the SDK's API and what it does to code using it."""

    level: Level
    subject: str
    """What changed: ``projects.list``, ``types.ProjectResponse``, ``client``."""
    what: str
    """How, e.g. ``optional parameter archived: bool added``."""

    def as_json(self) -> dict[str, str]:
        """The change as a JSON object."""
        return {"level": self.level, "subject": self.subject, "change": self.what}


# --- snapshots -------------------------------------------------------------------------------------


def snapshot(api: Api) -> Snapshot:
    """What code written against the SDK can see of ``api``, prose reduced to digests."""
    inputs, outputs = _model_uses(api)
    return {
        "methods": {op.call_name: _method(op) for op in api.all_operations},
        "models": {m.name: _model(m, m.name in inputs, m.name in outputs) for m in api.models},
        "client": {
            "auth": f"{api.auth.scheme} {api.auth.header}",
            "parameters": {p.name: _digest(p.description) for p in api.client_parameters},
        },
    }


def is_snapshot(data: object) -> bool:
    """Whether ``data`` has the shape :func:`compare` reads (a snapshot written by another version
    of sdkgen, or edited by hand, may not)."""
    if not isinstance(data, dict):
        return False
    methods, models = data.get("methods"), data.get("models")
    if (
        not isinstance(methods, dict)
        or not isinstance(models, dict)
        or not isinstance(data.get("client"), dict)
    ):
        return False
    members = [
        m
        for item in methods.values()
        if isinstance(item, dict)
        for m in item.get("params", {}).values()
    ]
    members += [
        m
        for item in models.values()
        if isinstance(item, dict)
        for m in item.get("fields", {}).values()
    ]
    return (
        all(isinstance(m, dict) and _METHOD_KEYS <= m.keys() for m in methods.values())
        and all(isinstance(m, dict) and _MODEL_KEYS <= m.keys() for m in models.values())
        and all(isinstance(m, dict) and _MEMBER_KEYS <= m.keys() for m in members)
    )


_METHOD_KEYS = {"route", "params", "returns", "stream", "deprecated", "errors", "docs"}
_MODEL_KEYS = {"kind", "fields", "values", "request", "response", "docs"}
_MEMBER_KEYS = {"type", "required", "docs"}


def snapshot_text(api: Api) -> str:
    """The snapshot as the file each run writes: sorted, one method or model per line, so that a
    pull request's diff of it reads as a list of what changed."""
    sections = []
    for key, items in sorted(snapshot(api).items()):
        lines = [f"  {_compact(name)}: {_compact(value)}" for name, value in sorted(items.items())]
        sections.append(f" {_compact(key)}: {{\n" + ",\n".join(lines) + "\n }")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def _compact(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _method(op: Operation) -> dict[str, Any]:
    return {
        "route": f"{op.http_method.upper()} {op.path}",
        "body": op.body_media_type if op.body_kind != "none" else None,
        "params": {p.name: _parameter(p) for p in op.parameters},
        "returns": op.return_annotation,
        "stream": op.stream_annotation,
        "deprecated": op.deprecated,
        "errors": sorted(e.status for e in op.errors),
        "docs": _digest(op.summary, op.description, [(e.name, e.value) for e in op.example or ()]),
    }


def _parameter(p: Parameter) -> dict[str, Any]:
    return {
        "type": p.annotation,
        "required": p.required,
        # the wire name only where it is not the argument's, so that renaming both is one change
        "sent": p.location if p.wire_name == p.name else f"{p.location} {p.wire_name}",
        "docs": _digest(p.description, p.default if p.has_default else None, p.example),
    }


def _model(model: Model, used_in_requests: bool, used_in_responses: bool) -> dict[str, Any]:
    fields = {
        f.name: {"type": f.annotation, "required": f.required, "docs": _digest(f.description)}
        for f in model.fields
    }
    return {
        "kind": model.kind,
        "fields": fields,
        "values": [repr(v) for v in model.enum_values],
        # A model nothing refers to counts as both: it may be used either way.
        "request": used_in_requests or not used_in_responses,
        "response": used_in_responses or not used_in_requests,
        "docs": _digest(model.description),
    }


def _digest(*prose: object) -> str:
    return hashlib.sha256(json.dumps(prose, sort_keys=True, default=repr).encode()).hexdigest()[:8]


def _model_uses(api: Api) -> tuple[set[str], set[str]]:
    """The models reachable from the methods' arguments, and from what they return."""
    fields = {m.name: [f.annotation for f in m.fields] for m in api.models}
    requests = [p.annotation for op in api.all_operations for p in op.parameters]
    responses = [
        a for op in api.all_operations for a in (op.return_annotation, op.stream_annotation) if a
    ]
    responses += [e.model for op in api.all_operations for e in op.errors if e.model]
    return _reachable(requests, fields), _reachable(responses, fields)


def _reachable(annotations: Iterable[str], fields: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    pending = [name for a in annotations for name in _NAME.findall(a) if name in fields]
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending += [n for a in fields[name] for n in _NAME.findall(a) if n in fields]
    return seen


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# --- comparing --------------------------------------------------------------------------------------


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``, most severe first, then by subject."""
    changes = list(
        _items(old.get("methods", {}), new.get("methods", {}), "method", _method_changes)
    )
    models_old = {f"types.{k}": v for k, v in old.get("models", {}).items()}
    models_new = {f"types.{k}": v for k, v in new.get("models", {}).items()}
    changes += _items(models_old, models_new, "model", _model_changes)
    changes += _client_changes(old.get("client", {}), new.get("client", {}))
    return sorted(changes, key=lambda c: (LEVELS.index(c.level), c.subject))


def level_of(changes: Iterable[Change]) -> Level | None:
    """The most severe level among ``changes`` (None when there are none)."""
    levels = {c.level for c in changes}
    return next((level for level in LEVELS if level in levels), None)


Describe = Callable[[str, dict[str, Any], dict[str, Any]], Iterator[Change]]


def _items(
    old: dict[str, Any], new: dict[str, Any], sort: str, describe: Describe
) -> Iterator[Change]:
    matched = _match(
        old, new, lambda a, b: _same_sort(sort, old[a], new[b], same_group=_group(a) == _group(b))
    )
    for before, after in matched.renamed.items():
        yield Change("breaking", before, f"{sort} renamed to {after}")
        yield from describe(after, old[before], new[after])
    yield from (Change("breaking", name, f"{sort} removed") for name in matched.removed)
    yield from (Change("additive", name, f"{sort} added") for name in matched.added)
    for name in sorted(old.keys() & new.keys()):
        yield from describe(name, old[name], new[name])


@dataclass(frozen=True)
class _Matching:
    """Names only in the old or the new version, the similar pairs among them taken as renames."""

    renamed: dict[str, str]
    removed: list[str]
    added: list[str]


def _match(old: Iterable[str], new: Iterable[str], alike: Callable[[str, str], bool]) -> _Matching:
    removed = [name for name in old if name not in new]
    added = [name for name in new if name not in old]
    renamed = _renames(sorted(removed), sorted(added), alike)
    return _Matching(
        renamed,
        sorted(name for name in removed if name not in renamed),
        sorted(name for name in added if name not in renamed.values()),
    )


def _same_sort(
    sort: str, before: dict[str, Any], after: dict[str, Any], *, same_group: bool
) -> bool:
    """Whether two items may be one renamed: a method with the same route (even moved to another
    group), or of the same group returning the same type; a model of the same kind."""
    if sort == "method":
        return bool(
            before["route"] == after["route"]
            or (same_group and before["returns"] == after["returns"])
        )
    return bool(before["kind"] == after["kind"])


def _group(name: str) -> str:
    return name.rpartition(".")[0]


def _renames(
    removed: list[str], added: list[str], alike: Callable[[str, str], bool]
) -> dict[str, str]:
    """Removed name → added name, for pairs of the same sort whose last names (after any
    ``group.``) are similar, best first."""
    scored = sorted(
        ((_similarity(a, b), a, b) for a in removed for b in added if alike(a, b)),
        reverse=True,
    )
    pairs: dict[str, str] = {}
    for score, before, after in scored:
        if score >= RENAME_SIMILARITY and before not in pairs and after not in pairs.values():
            pairs[before] = after
    return pairs


def _similarity(before: str, after: str) -> float:
    return difflib.SequenceMatcher(
        None, before.rpartition(".")[2], after.rpartition(".")[2]
    ).ratio()


def _method_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old["route"] != new["route"]:
        yield Change("breaking", name, f"request goes to {new['route']} (was {old['route']})")
    if old.get("body") and new.get("body") and old["body"] != new["body"]:
        yield Change("breaking", name, f"request body is sent as {new['body']} (was {old['body']})")
    yield from _members(
        name, "parameter", old["params"], new["params"], requests=True, responses=False
    )
    if old["returns"] != new["returns"]:
        yield Change("breaking", name, f"returns {new['returns']} (was {old['returns']})")
    if old["stream"] != new["stream"]:
        if old["stream"] is None:
            yield Change("additive", name, f"can stream {new['stream']} chunks")
        else:
            yield Change(
                "breaking", name, f"streams {new['stream'] or 'nothing'} (was {old['stream']})"
            )
    for status in sorted(set(new["errors"]) - set(old["errors"])):
        yield Change("additive", name, f"documents error response {status}")
    for status in sorted(set(old["errors"]) - set(new["errors"])):
        yield Change("docs", name, f"no longer documents error response {status}")
    if new["deprecated"] and not old["deprecated"]:
        yield Change("docs", name, "deprecated")
    if old["docs"] != new["docs"]:
        yield Change("docs", name, "summary, description or example changed")


def _model_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old["kind"] != new["kind"]:
        yield Change("breaking", name, f"is now a {new['kind']} (was a {old['kind']})")
        return
    requests, responses = old["request"] or new["request"], old["response"] or new["response"]
    yield from _members(
        name, "field", old["fields"], new["fields"], requests=requests, responses=responses
    )
    yield from _enum_values(name, old["values"], new["values"])
    if old["docs"] != new["docs"]:
        yield Change("docs", name, "description changed")


def _enum_values(name: str, old: list[str], new: list[str]) -> Iterator[Change]:
    matched = _match(old, new, lambda a, b: True)
    for before, after in matched.renamed.items():
        yield Change("breaking", name, f"enum value {before} renamed to {after}")
    yield from (
        Change("breaking", name, f"enum value {value} removed") for value in matched.removed
    )
    yield from (Change("additive", name, f"enum value {value} added") for value in matched.added)


def _members(
    name: str,
    sort: str,
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    requests: bool,
    responses: bool,
) -> Iterator[Change]:
    """Parameters of a method, or fields of a model: ``requests`` when callers send them,
    ``responses`` when callers read them (a model may be both)."""
    matched = _match(old, new, lambda a, b: bool(old[a]["type"] == new[b]["type"]))
    for before, after in matched.renamed.items():
        yield Change("breaking", name, f"{sort} {before} renamed to {after}")
    for member in matched.removed:
        yield Change("breaking", name, f"{sort} {member}: {old[member]['type']} removed")
    for member in matched.added:
        spec = new[member]
        if spec["required"]:
            level: Level = "breaking" if requests else "additive"
            yield Change(level, name, f"required {sort} {member}: {spec['type']} added")
        else:
            yield Change("additive", name, f"optional {sort} {member}: {spec['type']} added")
    pairs = [(m, m) for m in sorted(old.keys() & new.keys())] + list(matched.renamed.items())
    for before, after in pairs:
        yield from _member_changes(
            name, f"{sort} {after}", old[before], new[after], requests, responses
        )


def _member_changes(
    name: str, label: str, old: dict[str, Any], new: dict[str, Any], requests: bool, responses: bool
) -> Iterator[Change]:
    if old["required"] != new["required"]:
        # Callers must now send it; or readers may now find it missing.
        hurts = requests if new["required"] else responses
        state = "required" if new["required"] else "optional"
        yield Change("breaking" if hurts else "additive", name, f"{label} became {state}")
    if old["type"] != new["type"]:
        was, now = _union_members(old["type"]), _union_members(new["type"])
        if was < now:
            yield Change(
                "breaking" if responses else "additive",
                name,
                f"{label} widened to {new['type']} (was {old['type']})",
            )
        elif now < was:
            yield Change(
                "breaking" if requests else "additive",
                name,
                f"{label} narrowed to {new['type']} (was {old['type']})",
            )
        else:
            yield Change("breaking", name, f"{label} is now {new['type']} (was {old['type']})")
    if old.get("sent", "") != new.get("sent", ""):
        yield Change("breaking", name, f"{label} is sent as {new['sent']} (was {old['sent']})")
    # A new type brings a new example; the prose is news only when nothing else changed.
    if old["docs"] != new["docs"] and old["type"] == new["type"]:
        yield Change("docs", name, f"{label}: description, default or example changed")


def _union_members(annotation: str) -> frozenset[str]:
    """``A | B``, ``Optional[A]``, ``Union[A, B]`` and ``Literal['a', 'b']`` as sets of members."""
    members: set[str] = set()
    for part in _split_top_level(annotation, "|"):
        wrapper = next(
            (w for w in ("Optional", "Union", "Literal") if part.startswith(w + "[")), None
        )
        if wrapper is None or not part.endswith("]"):
            members.add(part)
            continue
        inner = _split_top_level(part[len(wrapper) + 1 : -1], ",")
        if wrapper == "Literal":
            members |= {f"Literal[{item}]" for item in inner}
        else:
            members |= {m for item in inner for m in _union_members(item)}
            members |= {"None"} if wrapper == "Optional" else set()
    return frozenset(members)


def _split_top_level(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it is outside brackets."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == separator and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def _client_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old.get("auth") != new.get("auth"):
        yield Change(
            "breaking", "client", f"authentication is {new.get('auth')} (was {old.get('auth')})"
        )
    before, after = old.get("parameters", {}), new.get("parameters", {})
    for param in sorted(before.keys() - after.keys()):
        yield Change("breaking", "client", f"constructor argument {param} removed")
    for param in sorted(after.keys() - before.keys()):
        yield Change("additive", "client", f"optional constructor argument {param} added")
    for param in sorted(before.keys() & after.keys()):
        if before[param] != after[param]:
            yield Change("docs", "client", f"constructor argument {param}: description changed")
