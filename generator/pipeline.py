"""The whole generator, top to bottom: load → IR → models → render → format → write.

Each stage is one module with one job; this module only wires them together.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from generator.config import Settings, record_package_version
from generator.errors import GeneratorError, Location
from generator.ir import build, inline_models, null_defaults, overrides
from generator.ir.nodes import Api
from generator.models import datamodel
from generator.output import (
    api_surface,
    change_report,
    fingerprint,
    formatting,
    history,
    versioning,
    writer,
)
from generator.render import environment
from generator.spec import load, sources
from generator.spec.findings import Finding

MODEL_MODULE = "{package}/types/{module}.py"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Report:
    """What a run did (or, in check mode, would do)."""

    plan: writer.Plan
    seconds: float
    checked_only: bool
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Lines added and removed per changed path."""
    api_changes: change_report.Comparison | None = None
    """What changed in the SDK's API since the last run (see :mod:`api_surface`); None on a first run."""
    version: change_report.Comparison | None = None
    """The changes since the version counted from (the last release, else the last run)."""
    suggested_version: str = ""
    """The version those changes call for (at least the current one)."""
    bumped_to: str = ""
    """The version ``--bump`` set (``""`` when it set none)."""
    version_recorded_in: Path | None = None
    """The ``pyproject.toml`` whose ``[tool.sdkgen]`` got the bumped version (None: there is none)."""
    warnings: tuple[Finding, ...] = ()
    """What checking the spec found that does not stop generation (see :mod:`generator.spec.findings`)."""


def build_api(settings: Settings) -> tuple[load.Document, Api]:
    """Load and validate the spec, then build its intermediate representation."""
    document = named_inline_schemas(
        load.load(settings.spec, cache_root(settings), strict=settings.strict)
    )
    return document, build.build(document, settings, _backend(settings))


def named_inline_schemas(document: load.Document) -> load.Document:
    """The document as the IR and the models read it: each inline schema that makes a class is a
    component, named by us (see :mod:`generator.ir.inline_models`), and each ``default: null``
    is a value of its schema (see :mod:`generator.ir.null_defaults`), and no schema extending
    another retypes what it inherits (see :mod:`generator.ir.overrides`)."""
    named = inline_models.with_named_inline_schemas(document, build.RESERVED_CLASS_NAMES)
    return overrides.without_incompatible_overrides(
        null_defaults.with_null_defaults_admitted(named)
    )


def diff(
    settings: Settings, old: str | None = None, new: str | None = None
) -> change_report.Comparison:
    """What changed in the SDK's API from spec ``old`` to spec ``new`` (files or git revisions).

    Only the IR is built, nothing rendered. ``old`` defaults to the API recorded by the last
    generation, ``new`` to the configured spec.
    """
    if old is None:
        before = history.read_snapshot(settings.output)
        if before is None:
            raise GeneratorError(
                f"no API recorded in {settings.output / api_surface.SNAPSHOT_PATH}",
                hint="run `sdkgen generate` first, or name the old spec: `sdkgen diff OLD [NEW]`",
            )
    else:
        before = _snapshot_of(settings, old)
    after = _snapshot_of(settings, new or str(settings.spec))
    changes = tuple(api_surface.compare(before, after))
    return change_report.Comparison(
        old or "the last generation",
        new or _shown(settings.spec),
        changes,
        settings.package_version,
    )


def _snapshot_of(settings: Settings, source: str) -> api_surface.Snapshot:
    with sources.materialized(source, settings.spec) as path:
        try:
            return api_surface.snapshot(build_api(replace(settings, spec=path))[1])
        except GeneratorError as exc:
            if path == Path(source) or exc.location is None:
                raise
            where = Location(source, exc.location.pointer, exc.location.line)
            raise GeneratorError(exc.message, where, exc.hint) from None


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def render_sdk(
    settings: Settings, progress: Progress = lambda _: None, *, formatted: bool = True
) -> dict[str, str]:
    """The generated SDK as a file set in memory: relative path → text."""
    return _render_sdk(settings, _renderer(settings), progress, formatted)[0]


def _renderer(settings: Settings) -> environment.Renderer:
    """The run's templates: search path and Jinja environment, made once."""
    return environment.Renderer(settings.templates, settings.style, cache_root(settings))


def _render_sdk(
    settings: Settings,
    renderer: environment.Renderer,
    progress: Progress,
    formatted: bool = True,
    decide: Callable[[Api], Api] = lambda api: api,
) -> tuple[dict[str, str], Api, tuple[Finding, ...]]:
    """Load, build the IR, let ``decide`` adjust it (the version), render. The API snapshot is
    one of the files, so that `--check` covers it and the next run can compare with it."""
    progress("loading the spec (validating it in the background)")
    document, validation = load.load_validating_in_background(settings.spec, cache_root(settings))
    try:
        document = named_inline_schemas(document)
        api = decide(build.build(document, settings, _backend(settings)))
        files = _render_files(settings, renderer, document, api, progress, formatted)
        files[api_surface.SNAPSHOT_PATH] = api_surface.snapshot_text(api)
    except Exception:
        # An invalid document is the better explanation of any failure, a crash included: the
        # later stages assume a valid one (a $ref pointing into a number, say).
        validation.wait(strict=settings.strict)
        raise
    progress("waiting for validation")
    warnings = validation.wait(strict=settings.strict)
    return files, api, warnings


def _render_files(
    settings: Settings,
    renderer: environment.Renderer,
    document: load.Document,
    api: Api,
    progress: Progress,
    formatted: bool,
) -> dict[str, str]:
    progress(f"building models for {len(api.models)} schemas")
    cache = cache_root(settings)
    datamodel_templates = renderer.datamodel_templates
    backend = _backend(settings)
    model_modules = datamodel.start_models(
        document, api, datamodel_templates, cache / "models", backend
    )
    params_modules = datamodel.start_models(
        document, api, datamodel_templates, cache / "models", datamodel.PARAMS
    )
    progress(f"rendering templates for {len(api.all_operations)} operations")
    rendered = renderer.with_headers(api, renderer.render_all(api))

    def models_file() -> dict[str, str]:
        made = model_modules() | params_modules()
        files = {
            MODEL_MODULE.format(package=api.package, module=name): text
            for name, text in made.items()
        }
        return renderer.with_headers(api, files)

    if not formatted:
        return rendered | models_file()
    progress(f"formatting {sum(p.endswith('.py') for p in rendered) + 2} Python files")
    with formatting.Formatter(cache / formatting.CACHE_FOLDER) as formatter:
        formatter.submit(rendered)  # while datamodel-code-generator is still at work on the models
        models_module = models_file()
        formatter.submit(models_module)
        return formatter.result(rendered | models_module)


#: The environment variable naming a cache folder other than the project's ``.sdkgen-cache``.
CACHE_VARIABLE = "SDKGEN_CACHE_DIR"


def cache_root(settings: Settings) -> Path:
    """Where generated models and formatted files are cached between runs: ``$SDKGEN_CACHE_DIR``
    when set (a CI cache, or one cache for several checkouts: entries are keyed by content and
    written atomically), else ``.sdkgen-cache`` in the project."""
    folder = os.environ.get(CACHE_VARIABLE)
    return Path(folder) if folder else settings.root / ".sdkgen-cache"


def generate(
    settings: Settings, progress: Progress = lambda _: None, *, check: bool = False
) -> Report:
    """Regenerate the output folder (or, with ``check``, only compare it).

    With ``settings.bump``, the package version becomes the one the API changes call for, and
    ``CHANGELOG.md`` in the output folder gets an entry listing them.
    """
    started = time.perf_counter()
    renderer = _renderer(settings)
    inputs = fingerprint.inputs_fingerprint(settings, renderer.folders)
    intact = writer.up_to_date(settings.output, inputs)
    if intact is not None:
        progress("inputs unchanged since the last run; nothing to do")
        return Report(
            intact, time.perf_counter() - started, check, suggested_version=settings.package_version
        )
    versions = _Versions(settings)
    files, api, warnings = _render_sdk(settings, renderer, progress, decide=versions.decide)
    state = versions.changelog(settings.output) if versions.bumped_to and not check else {}
    the_plan = writer.plan(settings.output, files)
    lines = writer.line_changes(settings.output, files, the_plan)
    if not check:
        progress(f"writing {len(the_plan.write)} file(s) to {settings.output}")
        writer.apply(settings.output, files, the_plan, inputs, state=state)
        if versions.bumped_to:
            versions.recorded_in = record_package_version(settings, versions.bumped_to)
    return Report(
        the_plan,
        time.perf_counter() - started,
        check,
        lines,
        versions.since_last_run,
        versions.since_base,
        versions.suggested,
        versions.bumped_to,
        versions.recorded_in,
        warnings,
    )


class _Versions:
    """Compares the API a run builds with the last run and the last release, and bumps the version."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.since_last_run: change_report.Comparison | None = None
        self.since_base: change_report.Comparison | None = None
        self.suggested = settings.package_version
        self.bumped_to = ""
        self.recorded_in: Path | None = None

    def decide(self, api: Api) -> Api:
        output, version = self.settings.output, self.settings.package_version
        current = api_surface.snapshot(api)
        previous = history.read_snapshot(output)
        if previous is not None:
            self.since_last_run = change_report.Comparison(
                "the last generation",
                "this one",
                tuple(api_surface.compare(previous, current)),
                version,
            )
        base = history.baseline(output, version)
        if base is None:
            return api
        self.since_base = change_report.Comparison(
            base.label, "this one", tuple(api_surface.compare(base.snapshot, current)), base.version
        )
        self.suggested = versioning.later(version, self.since_base.suggested_version)
        if not self.settings.bump or self.suggested == version:
            return api
        self.bumped_to = self.suggested
        return replace(api, package_version=self.bumped_to)

    def changelog(self, output: Path) -> dict[str, str]:
        """``CHANGELOG.md`` with an entry for the new version (replacing that of an unreleased one)."""
        assert self.since_base is not None  # set whenever a version is bumped
        today = datetime.now(timezone.utc).date().isoformat()
        entry = change_report.changelog_entry(self.bumped_to, today, self.since_base)
        unreleased = (
            self.settings.package_version
            if self.settings.package_version != self.since_base.version
            else None
        )
        text = change_report.prepend_entry(
            history.read_text(output, history.CHANGELOG_PATH), entry, unreleased
        )
        return {history.CHANGELOG_PATH: text}


def _backend(settings: Settings) -> str:
    """The model backend the style declares (``models:`` in its style.yaml)."""
    return str(environment.style_option(settings.style, "models"))
