"""What checking a document found: each finding an error (the SDK would be wrong) or a warning
(it cannot change the SDK, or names something the SDK leaves out), located by JSON pointer.

Warnings are printed and counted, and generation goes on; errors stop it. ``strict`` makes every
warning an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from generator.errors import GeneratorError, Location

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One problem or omission, at ``pointer`` in the document the user gave."""

    severity: Severity
    kind: str
    """A short name of its class (``example``, ``duplicate-required``, ``webhook``, ``invalid``...)."""
    message: str
    pointer: str
    hint: str = ""
    line: int | None = None

    def location(self, file: str) -> Location:
        return Location(file, self.pointer, self.line)

    def text(self, file: str) -> str:
        """``warning: spec.yaml:12 (at /paths/~1a): message`` and the hint on a line of its own."""
        hint = f"\n  hint: {self.hint}" if self.hint else ""
        return f"{self.severity}: {self.location(file)}: {self.message} [{self.kind}]{hint}"

    def error(self, file: str, more: int = 0) -> GeneratorError:
        """This finding as the error that stops the run (``more``: how many others there are)."""
        message = self.message if self.kind == "invalid" else f"{self.message} [{self.kind}]"
        if more:
            message += f" (and {more} more problem{'s' if more != 1 else ''}: `sdkgen validate` lists them all)"
        return GeneratorError(message, self.location(file), self.hint)


def strictly(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings with every warning made an error (``--strict``)."""
    return tuple(
        (
            replace(
                f,
                severity="error",
                hint=(f.hint + "; " if f.hint else "") + "a warning, made an error by strict mode",
            )
            if f.severity == "warning"
            else f
        )
        for f in findings
    )


def raise_for_errors(findings: Iterable[Finding], file: str) -> tuple[Finding, ...]:
    """The warnings; raise the first error (saying how many more there are) if there is one."""
    found = tuple(findings)
    errors = [f for f in found if f.severity == "error"]
    if errors:
        raise errors[0].error(file, len(errors) - 1)
    return found


def deduplicated(findings: Iterable[Finding]) -> list[Finding]:
    """Each finding once (a schema reached by several ``$ref``s is checked, and found wrong, at each;
    a value may break two rules of one harmless kind), errors first, then in the order found."""
    seen: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        seen.setdefault(
            (finding.pointer, finding.message if finding.severity == "error" else finding.kind),
            finding,
        )
    return sorted(seen.values(), key=lambda f: f.severity != "error")
