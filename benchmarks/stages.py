"""CPU seconds of a cold ``sdkgen generate`` by stage, in one process.

The workers are turned off (validation and models run on demand, black without a pool), so the
figures add up and do not depend on how the machine's cores were shared with other work; a real
run costs more (see benchmarks/RESULTS.md). Each stage's counter leaves out the stages nested
in it. Runs with an empty cache (a temporary ``SDKGEN_CACHE_DIR``) into an empty folder.

Usage: python benchmarks/stages.py [--spec ../shared/specs/github.json --package-name gh]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: (module, function, stage): each is counted wherever the pipeline calls it from.
STAGES = [
    ("generator.spec.load", "_parse", "load: parse"),
    ("generator.spec.load", "_check_refs", "load: check refs"),
    ("generator.spec.limits", "excess", "load: limits"),
    ("generator.spec.validation_cache", "key", "load: validation cache key"),
    ("generator.spec.validation", "check", "validate"),
    ("generator.spec.validation", "with_lines", "validate: the findings' lines"),
    ("generator.ir.inline_models", "with_named_inline_schemas", "inline models"),
    ("generator.ir.build", "build", "IR build"),
    ("generator.models.datamodel", "_generate", "models: datamodel-code-generator"),
    ("generator.models.datamodel", "split", "models: cut into modules"),
    ("generator.output.imports", "tidy_module_imports", "models: tidy imports"),
    ("generator.render.environment", "Renderer.render_all", "render"),
    ("generator.output.formatting", "format_source", "black"),
    ("generator.output.formatting", "_cache_write", "black: cache write"),
    ("generator.output.api_surface", "snapshot", "API snapshot"),
    ("generator.output.writer", "line_changes", "write: line changes"),
    ("generator.output.writer", "apply", "write"),
]


class Clock:
    """CPU seconds and calls per stage, each stage's own (nested stages left out)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[Any]] = []  # [stage, CPU time its current stretch started]

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            now = time.process_time()
            if self._stack:
                self.seconds[self._stack[-1][0]] += now - self._stack[-1][1]
            self._stack.append([stage, now])
            try:
                return function(*args, **kwargs)
            finally:
                end = time.process_time()
                self.seconds[stage] += end - self._stack.pop()[1]
                self.calls[stage] += 1
                if self._stack:
                    self._stack[-1][1] = end

        return timed_call


def without_workers() -> None:
    """Validation, models and black in this process, one after the other."""
    from generator import background
    from generator.models import datamodel
    from generator.output import formatting

    def run_on_demand(job: Any, function: Callable[..., Any], *arguments: Any) -> None:
        job._function, job._arguments, job._future = function, arguments, None

    background.Job.__init__ = run_on_demand  # type: ignore[method-assign,assignment]
    datamodel.start_models = functools.partial(datamodel.start_models, in_background=False)
    formatting.Formatter._worth_a_pool = staticmethod(lambda todo: False)  # type: ignore[method-assign]


def instrument(clock: Clock) -> None:
    """Replace each stage's function, in every generator module that holds it, by a timed one
    (a method, on its class)."""
    for module_name, name, stage in STAGES:
        module = importlib.import_module(module_name)
        owner, _, method = name.rpartition(".")
        if owner:  # a method: replaced on its class
            cls = getattr(module, owner)
            setattr(cls, method, clock.timed(stage, getattr(cls, method)))
            continue
        original = getattr(module, name)
        timed = clock.timed(stage, original)
        for loaded in list(sys.modules.values()):
            if getattr(loaded, "__name__", "").startswith("generator"):
                for attribute, value in list(vars(loaded).items()):
                    if value is original:
                        setattr(loaded, attribute, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=None)
    parser.add_argument("--package-name", default=None)
    args = parser.parse_args()
    without_workers()
    clock = Clock()
    instrument(clock)
    from generator.cli import main as sdkgen

    options = ["--spec", str(args.spec)] if args.spec else []
    options += ["--package-name", args.package_name] if args.package_name else []
    with tempfile.TemporaryDirectory() as work:
        os.environ["SDKGEN_CACHE_DIR"] = str(Path(work) / "cache")
        started = time.process_time()
        sdkgen(["generate", "--output", str(Path(work) / "out"), *options], standalone_mode=False)
        total = time.process_time() - started
    print("| stage | CPU s | calls |\n|---|---|---|")
    for stage, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {seconds:.2f} | {clock.calls[stage]} |")
    print(f"| other (imports, CLI, glue) | {total - sum(clock.seconds.values()):.2f} | |")
    print(f"| **total** | **{total:.2f}** | |")


if __name__ == "__main__":
    main()
