"""The whole generator, top to bottom: load → IR → models → render → format → write.

Each stage is one module with one job; this module only wires them together.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Settings
from generator.ir import build
from generator.ir.nodes import Api
from generator.models import datamodel
from generator.output import api_surface, fingerprint, formatting, writer
from generator.render import environment
from generator.spec import load

MODELS_MODULE = "{package}/types/_models.py"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Report:
    """What a run did (or, in check mode, would do)."""

    plan: writer.Plan
    seconds: float
    checked_only: bool
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Lines added and removed per changed path."""
    api_changes: tuple[str, ...] = ()
    """Methods and models added, removed or changed since the last run (see :mod:`api_surface`)."""


def build_api(settings: Settings) -> tuple[load.Document, Api]:
    """Load and validate the spec, then build its intermediate representation."""
    document = load.load(settings.spec, cache_root(settings) / "validated")
    return document, build.build(document, settings)


def render_sdk(settings: Settings, progress: Progress = lambda _: None, *, formatted: bool = True) -> dict[str, str]:
    """The generated SDK as a file set in memory: relative path → text."""
    return _render_sdk(settings, _renderer(settings), progress, formatted)[0]


def _renderer(settings: Settings) -> environment.Renderer:
    return environment.Renderer(settings.templates, settings.style, cache_root(settings))


def _render_sdk(
    settings: Settings, renderer: environment.Renderer, progress: Progress, formatted: bool = True
) -> tuple[dict[str, str], Api]:
    progress("loading the spec (validating it in the background)")
    document, validation = load.load_validating_in_background(settings.spec, cache_root(settings) / "validated")
    try:
        api = build.build(document, settings)
        files = _render_files(settings, renderer, document, api, progress, formatted)
    except Exception:
        # An invalid document is the better explanation of any failure, a crash included: the
        # later stages assume a valid one (a $ref pointing into a number, say).
        validation.wait()
        raise
    progress("waiting for validation")
    validation.wait()
    return files, api


def _render_files(
    settings: Settings, renderer: environment.Renderer, document: load.Document, api: Api, progress: Progress,
    formatted: bool,
) -> dict[str, str]:
    progress(f"building models for {len(api.models)} schemas")
    cache = cache_root(settings)
    backend = str(environment.style_option(settings.style, "models"))
    models_source = datamodel.start_models(document, api, renderer.datamodel_templates, cache / "models", backend)
    progress(f"rendering templates for {len(api.all_operations)} operations")
    rendered = renderer.with_headers(api, renderer.render_all(api))

    def models_file() -> dict[str, str]:
        return renderer.with_headers(api, {MODELS_MODULE.format(package=api.package): models_source()})

    if not formatted:
        return rendered | models_file()
    progress(f"formatting {sum(p.endswith('.py') for p in rendered) + 1} Python files")
    with formatting.Formatter(cache / formatting.CACHE_FOLDER) as formatter:
        formatter.submit(rendered)  # while datamodel-code-generator is still at work on the models
        models_module = models_file()
        formatter.submit(models_module)
        return formatter.result(rendered | models_module)


def cache_root(settings: Settings) -> Path:
    """Where generated models and formatted files are cached between runs."""
    return settings.root / ".sdkgen-cache"


def generate(settings: Settings, progress: Progress = lambda _: None, *, check: bool = False) -> Report:
    """Regenerate the output folder (or, with ``check``, only compare it)."""
    started = time.perf_counter()
    renderer = _renderer(settings)
    inputs = fingerprint.inputs_fingerprint(settings, renderer.folders)
    intact = writer.up_to_date(settings.output, inputs)
    if intact is not None:
        progress("inputs unchanged since the last run; nothing to do")
        return Report(writer.Plan((), intact, (), ()), time.perf_counter() - started, check)
    files, api = _render_sdk(settings, renderer, progress)
    the_plan = writer.plan(settings.output, files)
    lines = writer.line_changes(settings.output, files, the_plan)
    previous, current = writer.read_api(settings.output), api_surface.surface(api)
    changes = tuple(api_surface.changes(previous, current)) if previous is not None else ()
    if not check:
        progress(f"writing {len(the_plan.write)} file(s) to {settings.output}")
        writer.apply(settings.output, files, the_plan, inputs, current)
    return Report(the_plan, time.perf_counter() - started, check, lines, changes)
