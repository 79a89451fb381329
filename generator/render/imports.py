"""What a resource module imports, computed from the IR: exactly the names its methods use.

The resource template (``{package}/resources/{resource}.py.jinja``, block ``imports``) renders the
result with the ``imports`` filter. A template that makes its methods use other names overrides
that block as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import python_literals
from generator.ir.nodes import Operation, Resource
from generator.output.imports import Imported, import_sections

#: Where each name the method code may use comes from (the package's modules, relative).
_SOURCES = {
    "cached_property": "functools",
    "datetime": "datetime",
    **dict.fromkeys(
        ("TYPE_CHECKING", "Any", "Dict", "List", "Literal", "Sequence", "overload"),
        "typing",
    ),
    **dict.fromkeys(("AsyncPage", "PaginationSpec", "SyncPage"), ".._pagination"),
    **dict.fromkeys(
        (
            "async_to_raw_response_wrapper",
            "to_raw_response_wrapper",
            "async_to_streamed_response_wrapper",
            "to_streamed_response_wrapper",
        ),
        ".._response",
    ),
    **dict.fromkeys(("AsyncStream", "Stream"), ".._streaming"),
    **dict.fromkeys(
        (
            "NOT_GIVEN",
            "Body",
            "FileContent",
            "FileTypes",
            "FormBody",
            "Headers",
            "NotGiven",
            "Query",
            "RawBody",
            "RequestOptions",
        ),
        ".._types",
    ),
}
#: What every method uses: the per-call options and the timeout.
_EVERY_METHOD = ("NOT_GIVEN", "NotGiven", "Headers", "Query", "Body", "RequestOptions")


@dataclass(frozen=True)
class ModuleImports:
    """A module's import statements: the sections at the top, and those under ``if TYPE_CHECKING:``."""

    sections: list[list[str]]
    type_checking: list[str]


def resource_imports(resource: Resource) -> ModuleImports:
    """The imports of a resource module: for its code, and for type checkers only (the client
    classes and the models its signatures mention, which methods import when they run)."""
    names = {"TYPE_CHECKING", *_EVERY_METHOD}
    if resource.name:  # the with_raw_response and with_streaming_response properties
        names |= {
            "cached_property",
            "to_raw_response_wrapper",
            "async_to_raw_response_wrapper",
            "to_streamed_response_wrapper",
            "async_to_streamed_response_wrapper",
        }
    for op in resource.operations:
        names |= _operation_names(op)
    used = [Imported(_SOURCES[name], name) for name in names if name in _SOURCES]
    checking_only = [
        Imported(".._base_client", "SyncAPIClient"),
        Imported(".._base_client", "AsyncAPIClient"),
    ]
    checking_only += [Imported("..types", model) for model in resource.models]
    return ModuleImports(
        sections=import_sections([Imported("__future__", "annotations"), Imported("httpx"), *used]),
        type_checking=[
            line for section in import_sections(checking_only, indent=4) for line in section
        ],
    )


def _operation_names(op: Operation) -> set[str]:
    """The names one operation's sync and async methods use, beside those of every method."""
    names = set().union(*map(python_literals.names_in, op.annotations))
    if op.stream_parameter is not None:  # overloads on `stream: Literal[True]`
        names |= {"overload", "Literal"}
    if op.stream_annotation is not None:  # a Stream result (with `stream=True`, or always)
        names |= {"Stream", "AsyncStream"}
    if op.streams:  # answers only with events: always a Stream
        names |= {"Stream", "AsyncStream"}
    if op.body_forms:  # one overload per form of the body
        names.add("overload")
    if op.pagination is not None:
        names |= {"SyncPage", "AsyncPage", "PaginationSpec"}
    if op.body_kind == "fields" and op.body_encoding != "json":
        names.add("FormBody")
    if op.body_kind == "value" and op.body_encoding == "content":
        names.add("RawBody")
    return names
