"""The one error type the pipeline raises for bad input, carrying where the problem is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where in which file a problem was found."""

    file: str
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" (at {self.pointer})"
        return where


class GeneratorError(Exception):
    """A problem with the user's input: spec, templates, configuration or output folder.

    The CLI prints it without a traceback and exits non-zero; nothing has been written.
    """

    def __init__(self, message: str, location: Location | None = None, hint: str = "") -> None:
        self.message = message
        self.location = location
        self.hint = hint
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[GeneratorError], tuple[str, Location | None, str]]:
        # Errors raised in formatting worker processes travel back pickled.
        return (type(self), (self.message, self.location, self.hint))

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text
