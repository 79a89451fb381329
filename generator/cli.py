"""The ``sdkgen`` command line: click commands that wire settings to the pipeline, nothing else."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from generator import __version__, pipeline
from generator.config import Settings, init_table, load_settings
from generator.errors import GeneratorError
from generator.ir import naming
from generator.ir.build import HTTP_METHODS
from generator.output import change_report, history, writer
from generator.output.api_surface import LEVELS
from generator.render import environment
from generator.spec import load
from generator.spec.findings import Finding


def _settings(ctx: click.Context, **options: Any) -> Settings:
    """The settings of this run: ``[tool.sdkgen]`` with the options applied, said in one line."""
    base: Settings = ctx.obj
    click.echo(base.source(options), err=True)
    return base.with_options(**options)


def style_option() -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--style``, offering the built-in styles by name."""
    return click.option(
        "--style",
        type=click.Choice(environment.builtin_styles()),
        help="Built-in template style  [default: [tool.sdkgen] style]",
    )


def strict_option() -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--strict/--no-strict``: whether a warning about the spec stops the run."""
    return click.option(
        "--strict/--no-strict",
        default=None,
        help="Make every warning about the spec an error  [default: [tool.sdkgen] strict, else no]",
    )


def _echo_findings(findings: tuple[Finding, ...], file: Path, *, err: bool = True) -> None:
    for finding in findings:
        click.echo(finding.text(str(file)), err=err)


def _counted(warnings: tuple[Finding, ...]) -> str:
    return f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}" if warnings else ""


def generation_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say what to generate, shared by every command that generates or checks."""
    options: list[Callable[[Callable[..., Any]], Callable[..., Any]]] = [
        click.option(
            "--spec",
            type=click.Path(dir_okay=False, path_type=Path),
            help="OpenAPI document (YAML or JSON).",
        ),
        click.option(
            "--output",
            type=click.Path(file_okay=False, path_type=Path),
            help="Folder of the generated SDK package.",
        ),
        click.option(
            "--templates",
            multiple=True,
            type=click.Path(file_okay=False, path_type=Path),
            help="Folder of templates overriding the style's; repeatable, first wins.",
        ),
        style_option(),
        click.option("--package-name", help="Import name of the generated package."),
        click.option("--package-version", help="Version of the generated package."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _line_counts(report: pipeline.Report, path: str) -> str:
    added, removed = report.lines.get(path, (0, 0))
    return f"  (+{added} -{removed})"


def _echo_api_changes(report: pipeline.Report, version: str) -> None:
    """The API changes since the last run with a legend, then the version they call for."""
    since = report.api_changes
    if since is not None and since.changes:
        click.echo(f"API changes ({change_report.summary(since)}):")
        for line in change_report.change_lines(since.changes):
            click.echo(f"  {line}")
        click.echo(f"  legend: {change_report.legend()}")
    base = report.version
    if base is None or not base.changes:
        return
    counted_from = f"from {base.old}, {base.version}: {change_report.rule_of(base)}"
    if report.bumped_to:
        done = "would be set (--check)" if report.checked_only else "set; CHANGELOG.md updated"
        click.echo(f"version {version} → {report.bumped_to} ({counted_from}): {done}")
        if report.version_recorded_in is None and not report.checked_only:
            _warn(
                f"no [tool.sdkgen] in pyproject.toml to record {report.bumped_to} in:"
                f" pass --package-version {report.bumped_to} from now on"
            )
    elif report.suggested_version != version:
        click.echo(
            f"next version: {report.suggested_version} ({counted_from});"
            " `sdkgen generate --bump` sets it"
        )
    else:
        click.echo(f"version {version} already says so ({counted_from})")


_STRICT_HELP = (
    "Refuse, instead of warning, when the API changed in a breaking way since the last"
    " published version but the version does not say so."
)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        click.echo(f"· {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sdkgen")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Generate a typed Python SDK from an OpenAPI document.

    Settings come from [tool.sdkgen] in the nearest pyproject.toml; options override them.
    """
    try:
        ctx.obj = load_settings(Path.cwd())
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@generation_options
@click.option(
    "--check", is_flag=True, help="Only compare: exit 1 listing the files that are stale."
)
@click.option(
    "--bump/--no-bump",
    default=None,
    help="Set package-version from the API changes and add to CHANGELOG.md  [default: [tool.sdkgen] bump]",
)
@strict_option()
@click.pass_context
def generate(ctx: click.Context, /, check: bool, bump: bool | None, **options: Any) -> None:
    """Generate (or with --check, verify) the SDK from the spec and templates.

    Prints each file written or removed with the lines it gained and lost, then what
    changed in the SDK's API since the last run, each change marked breaking, additive
    or docs-only, and the version those changes call for.
    """
    settings = _settings(ctx, bump=bump, **options)
    try:
        report = pipeline.generate(settings, _progress, check=check)
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    plan = report.plan
    _echo_findings(report.warnings, settings.spec)
    if check:
        _echo_hand_edits(plan)
        if plan.changed:
            click.echo(
                f"{settings.output} is stale; these files differ from what the generator makes:"
            )
            for path in plan.changed:
                click.echo(f"  {path}{_line_counts(report, path)}")
            _echo_api_changes(report, settings.package_version)
            click.echo("run `sdkgen generate` and commit the result")
        else:
            edits = f", {len(plan.hand_edited)} holding hand edits" if plan.hand_edited else ""
            click.echo(
                f"{settings.output} is up to date ({len(plan.unchanged)} files{edits}{_counted(report.warnings)},"
                f" {report.seconds:.2f}s)"
            )
        ctx.exit(2 if plan.merge_conflicts else 1 if plan.changed else 0)
    merged = set(plan.merged) | {path for path, _ in plan.merge_conflicts}
    for path in plan.write:
        if path not in merged:
            click.echo(f"  wrote   {path}{_line_counts(report, path)}")
    for path in plan.remove:
        click.echo(f"  removed {path}{_line_counts(report, path)}")
    _echo_hand_edits(plan)
    _echo_api_changes(report, settings.package_version)
    edits = f", {len(plan.hand_edited)} holding your edits" if plan.hand_edited else ""
    click.echo(
        f"{len(plan.write)} written, {len(plan.unchanged)} unchanged, {len(plan.remove)} removed{edits}"
        f"{_counted(report.warnings)} in {report.seconds:.2f}s → {settings.output}"
    )
    if plan.merge_conflicts:
        click.echo(
            f"{len(plan.merge_conflicts)} file(s) with conflicts: resolve the marked lines, then"
            " run `sdkgen generate` again"
        )
        ctx.exit(2)


def _echo_hand_edits(plan: writer.Plan) -> None:
    """The files holding the user's edits, and what became of them."""
    for path in plan.merged:
        click.echo(f"  merged  {path}  (your edits, merged into the new output)")
    for path, lines in plan.merge_conflicts:
        at = ", ".join(map(str, lines))
        click.echo(f"  CONFLICT {path}  (your edits and the new output differ at line(s) {at})")
    for path in plan.kept:
        click.echo(f"  kept    {path}  (holds your edits; the output under them is unchanged)")
    for path in plan.orphaned:
        click.echo(f"  left    {path}  (holds your edits; no longer generated, now yours)")
    for path in plan.ignored:
        click.echo(f"  ignored {path}  (.sdkgenignore)")


@main.command()
@click.argument("old", required=False)
@click.argument("new", required=False)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for a pull-request comment, json for tools.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "additive", "any"]),
    help="Exit 1 when there is a change of this level (additive: or breaking; any: any change).",
)
@generation_options
@click.pass_context
def diff(
    ctx: click.Context,
    /,
    old: str | None,
    new: str | None,
    output_format: str,
    fail_on: str | None,
    **options: Any,
) -> None:
    """Say what changed in the SDK's API between two specs, and what it does to code using it.

    OLD and NEW are spec files or git revisions: REV:path/to/spec.yaml, or REV alone for
    the configured spec in that revision. Without OLD: the API recorded by the last `sdkgen
    generate`; without NEW: the configured spec. Each change is breaking, additive or
    docs-only; only the specs' IR is built, nothing is rendered.
    """
    settings = _settings(ctx, **options)
    try:
        comparison = pipeline.diff(settings, old, new)
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    render = {
        "text": change_report.text,
        "markdown": change_report.markdown,
        "json": change_report.as_json,
    }
    click.echo(render[output_format](comparison), nl=False)
    failing = {"breaking": ("breaking",), "additive": ("breaking", "additive"), "any": LEVELS}
    if fail_on is not None and any(c.level in failing[fail_on] for c in comparison.changes):
        ctx.exit(1)


#: Spec file names ``sdkgen init`` looks for when not told.
_SPEC_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.json")


@main.command()
@click.option(
    "--spec",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"OpenAPI document  [default: the first of {', '.join(_SPEC_NAMES)} here]",
)
@click.option(
    "--package-name", help="Import name of the SDK  [default: from the spec's info.title]"
)
def init(spec: Path | None, package_name: str | None) -> None:
    """Write the [tool.sdkgen] table into ./pyproject.toml (created if absent).

    Then `sdkgen generate`, `sdkgen build` and `sdkgen publish` need no options.
    """
    root = Path.cwd()
    try:
        spec = spec or next((root / name for name in _SPEC_NAMES if (root / name).is_file()), None)
        if spec is None:
            raise GeneratorError(
                f"no OpenAPI document here ({', '.join(_SPEC_NAMES)})",
                hint="pass its path: sdkgen init --spec path/to/openapi.yaml",
            )
        if not spec.is_file():
            raise GeneratorError(
                f"{spec} does not exist", hint="check the path of the OpenAPI document"
            )
        name = naming.snake(package_name or load.title_of(spec) or root.name)
        relative = os.path.relpath(spec.resolve(), root)
        written = init_table(root, Path(relative).as_posix(), name)
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"wrote [tool.sdkgen] to {written}: spec = {relative}, package-name = {name}, output = generated"
    )
    click.echo("next: sdkgen generate, pip install -e ./generated, sdkgen build, sdkgen publish")


@main.command()
@click.argument("spec", type=click.Path(dir_okay=False, path_type=Path))
@strict_option()
@click.pass_context
def validate(ctx: click.Context, /, spec: Path, strict: bool | None) -> None:
    """Load and check an OpenAPI (or Swagger 2.0) document, listing every error and warning.

    Warnings (an example that does not match its schema, a webhook the SDK leaves out...) do not
    stop generation; errors do. Exits 1 if there is an error (with --strict, a warning).
    """
    from generator.spec import findings, validation

    settings = _settings(ctx)
    strict = settings.strict if strict is None else strict
    try:
        document, _ = load.load_validating_in_background(
            spec, pipeline.cache_root(settings), in_background=False
        )
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    found = validation.check(document)
    if strict:
        found = findings.strictly(found)
    _echo_findings(found, spec, err=False)
    errors = sum(f.severity == "error" for f in found)
    paths = document.data.get("paths") or {}
    operations = sum(1 for item in paths.values() for key in item if key in HTTP_METHODS)
    version = document.data["openapi"] + (
        f", converted from {document.converted_from}" if document.converted_from else ""
    )
    verdict = "invalid" if errors else "valid"
    click.echo(
        f"{spec}: {verdict} OpenAPI {version} ({operations} operations): "
        f"{errors} error{'s' if errors != 1 else ''}{_counted(found[errors:]) or ', no warnings'}"
    )
    if errors:
        ctx.exit(1)


@main.command()
@generation_options
@click.option(
    "--dist",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to put the artifacts [<root>/dist].",
)
@click.option("--strict", is_flag=True, help=_STRICT_HELP)
@click.pass_context
def build(ctx: click.Context, /, dist: Path | None, strict: bool, **options: Any) -> None:
    """Build the generated SDK's sdist and wheel (refusing a stale output), then twine-check them.

    The generation options say what the output must match; they are those of `sdkgen generate`.
    """
    import time

    from generator import publish as release_tools  # imported on use: generate never needs it

    settings = _settings(ctx, **options)
    started = time.perf_counter()
    try:
        release = release_tools.build(
            settings,
            (dist or settings.root / "dist").resolve(),
            _progress,
            strict=strict,
            warn=_warn,
        )
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"built {release.name} {release.version}:")
    for artifact in release.artifacts:
        click.echo(f"  {artifact.path}  {artifact.size:,} bytes, {artifact.files} files")
    click.echo(f"twine check --strict passed ({time.perf_counter() - started:.1f}s)")


@main.command()
@click.option(
    "--repository-url",
    envvar="TWINE_REPOSITORY_URL",
    help="Upload URL of the index (env TWINE_REPOSITORY_URL)  [default: PyPI's]",
)
@click.option(
    "--index-url", help="Simple API of that index, if not <repository-url minus /legacy>/simple/."
)
@click.option(
    "--dist",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of artifacts [<root>/dist].",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Check everything and list what would be uploaded; upload nothing.",
)
@click.option("--strict", is_flag=True, help=_STRICT_HELP)
@click.pass_context
def publish(
    ctx: click.Context,
    /,
    repository_url: str | None,
    index_url: str | None,
    dist: Path | None,
    dry_run: bool,
    strict: bool,
) -> None:
    """Upload the built sdist and wheel with twine, unless the index already has that version.

    Credentials come from TWINE_USERNAME / TWINE_PASSWORD or the keyring, never from options.
    After uploading, records the released API in the output folder's .sdkgen/released.json
    (commit it): --bump counts the next version from it, build and publish check against it.
    """
    from generator import publish as release_tools

    settings = _settings(ctx)
    repository_url = repository_url or release_tools.PYPI_UPLOAD_URL
    try:
        release = release_tools.find_release((dist or settings.root / "dist").resolve())
        click.echo(f"{release.name} {release.version} → {repository_url}")
        for artifact in release.artifacts:
            click.echo(f"  {artifact.path.name}  {artifact.size:,} bytes, {artifact.files} files")
        release_tools.check_version(settings.output, release.version, strict=strict, warn=_warn)
        last = history.read_released(settings.output)
        index = release_tools.preflight(
            release, repository_url, index_url, last.version if last else None
        )
        if dry_run:
            click.echo(
                f"dry run, nothing uploaded; {index.url}: {index.note or 'no file of this version'}"
            )
            return
        release_tools.upload(release, repository_url)
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"uploaded {len(release.artifacts)} file(s)")
    recorded = history.record_release(settings.output, release.version)
    click.echo(f"recorded the API of {release.version} in {recorded}; commit it")


@main.group()
def templates() -> None:
    """See the built-in templates and copy them out for editing."""


@templates.command("list")
@click.option(
    "--templates",
    "folders",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Your template folders, to see what they override [default: [tool.sdkgen] templates].",
)
@style_option()
@click.pass_context
def list_templates(ctx: click.Context, /, folders: tuple[Path, ...], style: str | None) -> None:
    """Every template: what it renders, its blocks, and which of your folders overrides it."""
    from generator.render import catalog

    settings = _settings(ctx, templates=folders, style=style)
    try:
        found = catalog.entries(
            settings.templates, settings.style, naming.identifier(settings.package_name)
        )
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    for entry in found:
        origin = f"built-in {entry.style}" if entry.style else "yours only"
        if entry.overridden_by is not None:
            origin += f", overridden by {entry.overridden_by}"
        click.echo(f"{entry.name}\n  renders  {entry.renders}\n  from     {origin}")
        if entry.blocks:
            click.echo(f"  blocks   {', '.join(entry.blocks)}")
    blocks = sum(len(e.blocks) for e in found)
    click.echo(f"{len(found)} templates, {blocks} blocks (style {settings.style})")


@templates.command()
@click.argument("patterns", nargs=-1)
@click.option(
    "--to",
    "destination",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to copy them into (then pass it to --templates).",
)
@style_option()
@click.option("--force", is_flag=True, help="Overwrite files in the folder that differ.")
@click.pass_context
def eject(
    ctx: click.Context,
    /,
    patterns: tuple[str, ...],
    destination: Path,
    style: str | None,
    force: bool,
) -> None:
    """Copy the built-in templates matching PATTERNS (shell-style; all if none) into a folder.

    Generating with that folder unedited gives byte-identical output; edit what you need and
    delete the rest, or replace a file with one that extends the built-in and overrides blocks.
    """
    from generator.render import catalog

    settings = _settings(ctx, style=style)
    try:
        copied = catalog.eject(patterns, settings.style, destination, force=force)
    except GeneratorError as exc:
        raise click.ClickException(str(exc)) from None
    for path in copied:
        click.echo(f"  copied  {path}")
    click.echo(
        f"{len(copied)} template(s) → {destination}; use them with --templates {destination}"
    )
