"""Which real public specs sdkgen turns into a working SDK: prints a table and writes docs/compatibility.md.

For each spec in the folder (default ``../shared/specs`` beside the project), as a new user would
run it: ``sdkgen generate`` into a fresh folder with a cold cache, then import every module and
run ``mypy --strict`` on the package (only for APIs of at most ``--mypy-max-operations``
operations: mypy on GitHub's 1,200 takes longer than the rest together). Columns: the OpenAPI
version, operations and component schemas, the result (clean, N warnings, or refused and why),
how many client methods return ``Any``, the type check, and the seconds generating took.

Then the README column: every ```python snippet of the SDK's README run against Prism mocking
the spec (tests/support/readme_smoke.py). Each snippet that fails is listed under the table with its
cause, named in benchmarks/snippet_defects.yaml (a defect of the spec, of Prism or of the offline machine); one that
file does not name is listed as unexplained. ``--no-snippets`` leaves the column out.

Usage: python benchmarks/compatibility.py [--specs DIR] [--only NAME ...] [--no-write] [--no-snippets]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFECTS = HERE / "snippet_defects.yaml"
BIN = Path(sys.executable).parent
DOC = ROOT / "docs" / "compatibility.md"
PACKAGE = "compat_sdk"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class Row:
    """What happened to one spec."""

    spec: str
    version: str = "?"
    operations: int = 0
    schemas: int = 0
    result: str = ""
    methods: int = 0
    any_methods: int = 0
    imports: str = "—"
    mypy: str = "—"
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    snippets: str = "—"
    failing: list[tuple[str, str]] = field(default_factory=list)
    """(README section, what went wrong) of each snippet that failed."""


#: The table's columns: header → the cell of a row. Append to extend the table.
COLUMNS: list[tuple[str, Callable[[Row], str]]] = [
    ("spec", lambda r: r.spec),
    ("OpenAPI", lambda r: r.version),
    ("operations", lambda r: str(r.operations)),
    ("schemas", lambda r: str(r.schemas)),
    ("result", lambda r: r.result),
    ("methods → Any", lambda r: f"{r.any_methods} of {r.methods}" if r.methods else "—"),
    ("imports", lambda r: r.imports),
    ("mypy --strict", lambda r: r.mypy),
    ("seconds", lambda r: f"{r.seconds:.1f}"),
    ("README snippets vs Prism", lambda r: r.snippets),
]


def describe(spec: Path) -> tuple[str, int, int]:
    """OpenAPI (or Swagger) version, operations and component schemas, read from the document."""
    import yaml

    text = spec.read_text(encoding="utf-8")
    data = (
        json.loads(text)
        if spec.suffix == ".json"
        else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    if not isinstance(data, dict):
        return "?", 0, 0
    version = f"swagger {data['swagger']}" if "swagger" in data else str(data.get("openapi", "?"))
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    operations = sum(
        1
        for item in (data.get("paths") or {}).values()
        if isinstance(item, dict)
        for key in item
        if key in methods
    )
    schemas = (data.get("components") or {}).get("schemas") or data.get("definitions") or {}
    return version, operations, len(schemas)


def environment() -> dict[str, str]:
    """This process's environment, with the swagger2openapi that tests/run.sh installs (for Swagger
    2.0 specs) unless one is configured."""
    from generator.spec import swagger

    env = dict(os.environ)
    installed = ROOT / "tests" / "prism" / "node_modules" / ".bin" / swagger.EXECUTABLE
    if swagger.ENVIRONMENT_VARIABLE not in env and installed.is_file():
        env[swagger.ENVIRONMENT_VARIABLE] = str(installed)
    return env


def generate(spec: Path, work: Path, row: Row, timeout: float) -> Path | None:
    """Run ``sdkgen generate`` as a user would; fill in the result and the time. The output, or None."""
    output = work / "sdk"
    command = [
        str(BIN / "sdkgen"),
        "generate",
        "--spec",
        str(spec),
        "--output",
        str(output),
        "--package-name",
        PACKAGE,
    ]
    started = time.perf_counter()
    try:
        run = subprocess.run(
            command,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=environment(),
        )
    except subprocess.TimeoutExpired:
        row.seconds = time.perf_counter() - started
        row.result = f"refused: no result within {timeout:.0f}s"
        return None
    row.seconds = time.perf_counter() - started
    text = run.stdout + run.stderr
    if run.returncode != 0:
        row.result = "refused: " + _reason(text)
        return None
    warnings = sum(1 for line in text.splitlines() if line.startswith("warning: "))
    row.result = "clean" if warnings == 0 else f"{warnings} warning{'s' if warnings != 1 else ''}"
    return output


def _reason(text: str) -> str:
    """The first line of the error, without the file's folder."""
    lines = [line for line in text.splitlines() if line.strip()]
    first = next(
        (line for line in lines if line.startswith("Error:")), lines[-1] if lines else "no output"
    )
    first = re.sub(r"^Error: ", "", first)
    first = re.sub(r"/\S*/", "", first, count=1)
    return first if len(first) <= 160 else first[:157] + "..."


def count_any(output: Path, row: Row) -> None:
    """Client methods, and those returning ``Any``, from the API snapshot the generator writes."""
    from generator.output.api_surface import SNAPSHOT_PATH

    snapshot = json.loads((output / SNAPSHOT_PATH).read_text(encoding="utf-8"))
    methods = snapshot.get("methods", {})
    row.methods = len(methods)
    row.any_methods = sum(1 for method in methods.values() if method.get("returns") == "Any")


def check(output: Path, work: Path, row: Row, max_operations: int, timeout: float) -> None:
    """Import every module of the package; then ``mypy --strict`` where the API is small enough."""
    sys.path.insert(0, str(ROOT))
    from tests.support.helpers import import_every_module

    imported = import_every_module(output, PACKAGE)
    row.imports = "ok" if imported.returncode == 0 else "fails"
    if imported.returncode != 0:
        row.notes.append(
            imported.stderr.strip().splitlines()[-1] if imported.stderr.strip() else "import failed"
        )
        return
    if row.operations > max_operations:
        row.mypy = f"not run (> {max_operations} operations)"
        return
    try:
        checked = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(work / "mypy"), PACKAGE],
            cwd=output,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        row.mypy = f"not run (over {timeout:.0f}s)"
        return
    if checked.returncode == 0:
        row.mypy = "pass"
    else:
        last = checked.stdout.strip().splitlines()[-1] if checked.stdout.strip() else "failed"
        row.mypy = "fail: " + last
        row.notes.append(
            next((line for line in checked.stdout.splitlines() if ": error:" in line), last)
        )


def measure(spec: Path, max_operations: int, timeout: float, snippets: bool = True) -> Row:
    row = Row(spec.name)
    try:
        row.version, row.operations, row.schemas = describe(spec)
    except Exception as exc:  # noqa: BLE001 - the generator's verdict is what the table reports
        row.notes.append(f"not readable here: {type(exc).__name__}")
    with tempfile.TemporaryDirectory(prefix="sdkgen-compat-") as folder:
        work = Path(folder)
        output = generate(spec, work, row, timeout)
        if output is not None:
            count_any(output, row)
            check(output, work, row, max_operations, timeout)
            if snippets:
                run_snippets(spec, work, row)
    return row


def run_snippets(spec: Path, work: Path, row: Row) -> None:
    """Run the README's snippets against Prism (tests/support/readme_smoke.py); fill in the column."""
    sys.path.insert(0, str(ROOT))
    from tests.support.readme_smoke import smoke

    os.environ.update(environment())  # smoke() converts a Swagger 2.0 spec in this process
    try:
        outcomes = smoke(spec, work / "smoke")
    except Exception as exc:  # noqa: BLE001 - a spec Prism cannot serve is a row, not a crash
        row.snippets = "not run: " + _reason(str(exc))
        return
    row.snippets = f"{sum(o.passed for o in outcomes)} of {len(outcomes)}"
    row.failing = [(o.heading, o.error) for o in outcomes if not o.passed]


def known_defects() -> dict[str, dict[str, str]]:
    """Spec → README section → the defect of the spec, of Prism or of the offline machine that makes its snippet fail."""
    import yaml

    data = yaml.safe_load(DEFECTS.read_text(encoding="utf-8")) or {}
    return {
        str(spec): {str(k): str(v) for k, v in (sections or {}).items()}
        for spec, sections in data.items()
    }


def snippet_section(rows: list[Row]) -> list[str]:
    """The failing snippets, each with its cause, and the tally."""
    counted = [r for r in rows if " of " in r.snippets]
    if not counted:
        return []
    passed = sum(int(r.snippets.split(" of ")[0]) for r in counted)
    total = sum(int(r.snippets.split(" of ")[1]) for r in counted)
    defects = known_defects()
    lines = [
        "## README snippets against Prism",
        "",
        f"**{passed} of {total}** snippets ({100 * passed / max(total, 1):.1f}%) run without an error against "
        "Prism mocking the spec (requests checked against the spec; its answers passed on even where "
        "the spec's examples break its own schemas). Those that fail, and why:",
        "",
        "| spec | section | cause |",
        "| --- | --- | --- |",
    ]
    for row in counted:
        for section, error in row.failing:
            cause = (
                defects.get(row.spec, {})
                .get(section, f"unexplained: {error[:200]}")
                .replace("|", "\\|")
            )
            lines.append(f"| `{row.spec}` | `{section}` | {cause} |")
    return [*lines, ""]


def table(rows: list[Row]) -> str:
    lines = [
        "| " + " | ".join(header for header, _ in COLUMNS) + " |",
        "|" + "|".join(" --- " for _ in COLUMNS) + "|",
    ]
    lines += [
        "| " + " | ".join(cell(row).replace("|", "\\|") for _, cell in COLUMNS) + " |"
        for row in rows
    ]
    return "\n".join(lines)


def document(rows: list[Row], specs: Path) -> str:
    generated = sum(1 for r in rows if not r.result.startswith("refused"))
    notes = [f"- `{r.spec}`: {note}" for r in rows for note in r.notes]
    return "\n".join(
        [
            "# Compatibility with real public specs",
            "",
            "Written by `python benchmarks/compatibility.py` (do not edit by hand). Each spec is generated as a",
            "new user would (`sdkgen generate --spec SPEC --output DIR --package-name compat_sdk`, cold cache),",
            "then every module of the package is imported and, for APIs of a moderate size, `mypy --strict` runs.",
            f"The specs are those of `../{specs.parent.name}/{specs.name}/` (see its MANIFEST.tsv for their sources).",
            "",
            f"**{generated} of {len(rows)}** generate a package.",
            "",
            table(rows),
            "",
            *(["## Notes", "", *notes, ""] if notes else []),
            *snippet_section(rows),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=ROOT.parent / "shared" / "specs")
    parser.add_argument(
        "--only", nargs="*", default=[], help="spec file names to run (default: all)"
    )
    parser.add_argument("--mypy-max-operations", type=int, default=300)
    parser.add_argument("--timeout", type=float, default=900, help="seconds per step")
    parser.add_argument(
        "--no-write", action="store_true", help=f"print only; leave {DOC.relative_to(ROOT)} alone"
    )
    parser.add_argument(
        "--no-snippets", action="store_true", help="do not run the README snippets against Prism"
    )
    options = parser.parse_args()
    if not options.specs.is_dir():
        sys.exit(f"no specs folder at {options.specs}")
    specs = sorted(
        p
        for p in options.specs.iterdir()
        if p.suffix in SPEC_SUFFIXES and (not options.only or p.name in options.only)
    )
    rows = []
    for spec in specs:
        rows.append(
            measure(spec, options.mypy_max_operations, options.timeout, not options.no_snippets)
        )
        print(
            f"{spec.name}: {rows[-1].result} ({rows[-1].seconds:.1f}s)", file=sys.stderr, flush=True
        )
    print(table(rows))
    if not options.no_write:
        DOC.write_text(document(rows, options.specs) + "\n", encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
