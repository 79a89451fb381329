"""Every naming decision: how spec strings become safe Python identifiers.

Strings from a spec are untrusted. Anything that reaches generated code as an identifier passes
through :func:`identifier`, so it can only contain ``[A-Za-z0-9_]`` and never be a keyword.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_IDENT = re.compile(r"[^0-9A-Za-z]+")

#: Keyword arguments every generated method takes; spec parameters must not shadow them.
RESERVED_ARGUMENTS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})
#: Attributes the client itself owns; a resource group must not shadow them.
RESERVED_CLIENT_ATTRIBUTES = frozenset(
    {
        "with_options",
        "with_raw_response",
        "close",
        "copy",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
    }
)


#: Names the annotations inside a resource class use. A method of that name would shadow them in
#: the class body (mypy resolves `str` in an annotation to a method `str`), so it gets a ``_``;
#: builtin containers are spelled ``List``/``Dict``/``Sequence`` for the same reason (``list``
#: is a common method name).
SHADOWING_METHOD_NAMES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "object",
        "type",
        "datetime",
        "httpx",
        "cast",
        "overload",
        "cached_property",
    }
)


#: Field names each model backend's base class owns; datamodel-code-generator appends ``_`` to a
#: field of that name (pydantic: ``model_config`` → ``model_config_``; msgspec: its ``field`` import).
MODEL_ATTRIBUTES: dict[str, frozenset[str]] = {
    "pydantic": frozenset(
        {
            "construct",
            "copy",
            "dict",
            "from_orm",
            "json",
            "model_computed_fields",
            "model_config",
            "model_construct",
            "model_copy",
            "model_dump",
            "model_dump_json",
            "model_extra",
            "model_fields",
            "model_fields_set",
            "model_json_schema",
            "model_parametrized_name",
            "model_post_init",
            "model_rebuild",
            "model_validate",
            "model_validate_json",
            "model_validate_strings",
            "mro",
            "parse_file",
            "parse_obj",
            "parse_raw",
            "register",
            "schema",
            "schema_json",
            "update_forward_refs",
            "validate",
        }
    ),
    "msgspec": frozenset({"field"}),
}
_CAMEL_WORD = re.compile(r"([^_])([A-Z][a-z]+)")
_CAMEL_TAIL = re.compile(r"([a-z0-9])([A-Z])")


def words(name: str) -> list[str]:
    """Split ``listAllForProject``, ``list-all_for project`` or ``HTTPError`` into words.

    Accented letters lose their accents (``Über`` → ``Uber``) rather than being dropped.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    spaced = _WORD_BOUNDARY.sub(" ", ascii_name)
    return [w for w in _NON_IDENT.split(spaced) if w]


def snake(name: str) -> str:
    """``listAllForProject`` → ``list_all_for_project``."""
    return identifier("_".join(w.lower() for w in words(name)))


def pascal(name: str) -> str:
    """``model-configs`` → ``ModelConfigs``; keeps existing inner capitals (``HTTPValidationError``).

    Always capitalised (``2fa`` → ``N2fa``, ``!!!`` → ``Value``) and never a keyword (``None`` →
    ``NoneModel``): a class name that model generators take as it is.
    """
    result = identifier("".join(w[:1].upper() + w[1:] for w in words(name)))
    result = result[:1].upper() + result[1:]
    return result.rstrip("_") + "Model" if result.endswith("_") else result


def identifier(name: str) -> str:
    """Make ``name`` a valid, non-keyword Python identifier."""
    cleaned = _NON_IDENT.sub("_", name).strip("_") or "value"
    if cleaned[0].isdigit():
        cleaned = "n" + cleaned
    if keyword.iskeyword(cleaned) or keyword.issoftkeyword(cleaned):
        cleaned += "_"
    return cleaned


def argument(name: str) -> str:
    """A method's keyword argument: snake_case, not a keyword nor one of the SDK's own arguments."""
    result = snake(name)
    return result + "_" if result in RESERVED_ARGUMENTS else result


def method(name: str) -> str:
    """A generated method's name: snake_case, never one that its class's annotations use."""
    result = snake(name)
    return result + "_" if result in SHADOWING_METHOD_NAMES else result


def model_field(wire_name: str, backend: str) -> str:
    """The attribute a model field gets, as datamodel-code-generator names it (``snake_case_field``):
    ``modelConfig`` → ``model_config``, ``from`` → ``from_``, pydantic's ``model_config`` →
    ``model_config_``. For the docs: the models module itself is written by that tool."""
    name = re.sub(r"\W", "_", wire_name.lstrip("#") or "field", flags=re.ASCII)
    if name[0].isdigit():
        name = f"field_{name}"
    if name.startswith("_"):
        name = f"field{name}"
    name = _CAMEL_TAIL.sub(r"\1_\2", _CAMEL_WORD.sub(r"\1_\2", name)).lower()
    if keyword.iskeyword(name) or name in MODEL_ATTRIBUTES.get(backend, frozenset()):
        name += "_"
    return name


def resource_attribute(name: str) -> str:
    """A resource group's attribute on the client."""
    result = snake(name)
    if result in RESERVED_CLIENT_ATTRIBUTES or hasattr(builtins, result):
        result += "_"
    return result


def model_modules(class_names: Iterable[str]) -> list[str]:
    """Each model's module under ``types/``: its snake_case name, made unique."""
    return unique(snake(name) for name in class_names)


def unique(names: Iterable[str], separator: str = "_", taken: Iterable[str] = ()) -> list[str]:
    """Resolve collisions deterministically: the second ``x`` becomes ``x_2``, and so on.

    ``taken``: names already in use, which none of the results may be.
    """
    seen: set[str] = set(taken)
    result: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}{separator}{n}"
        seen.add(candidate)
        result.append(candidate)
    return result


#: Longest class name: each model is a module named after it, and file names have a length limit.
MAX_CLASS_NAME = 80


def class_name(name: str) -> str:
    """A class name for ``name``: :func:`pascal`, cut to :data:`MAX_CLASS_NAME` characters."""
    return pascal(name)[:MAX_CLASS_NAME]


def class_names(keys: Iterable[str], reserved: frozenset[str]) -> dict[str, str]:
    """Schema key → class name: PascalCase, unique, and none of ``reserved`` (which get ``Model``).

    Duplicates are numbered without an underscore (``FooBar2``): model generators drop
    underscores from class names, so ``FooBar_2`` would come out as another name than the one the
    rest of the SDK imports.
    """
    keys = list(keys)
    wanted = [name + "Model" if name in reserved else name for name in map(class_name, keys)]
    return dict(zip(keys, unique(wanted, separator=""), strict=True))
