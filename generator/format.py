"""Format every emitted Python file with black, once, with a fixed mode; cache by content hash.

Black is the slowest stage by far, so files that were formatted before (same source, same black,
same mode) come from the cache, and the rest are spread over the machine's cores.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError, Location

LINE_LENGTH = 100
#: Below this much unformatted code, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 60_000


def format_files(files: dict[str, str], cache_dir: Path | None) -> dict[str, str]:
    """The same file set with every ``.py`` file formatted.

    Big modules are formatted in pieces, class by class and method by method (see :func:`pieces`):
    the pieces spread evenly over the cores, and a change re-formats only the methods it touches.
    """
    python = {path: pieces(text) for path, text in files.items() if path.endswith(".py")}
    sources = {piece: path for path, parts in python.items() for piece in parts}
    cached = {piece: _cache_read(cache_dir, piece) for piece in sources}
    todo = {piece: sources[piece] for piece, hit in cached.items() if hit is None}
    formatted = _format_many(todo)
    for piece, text in formatted.items():
        if text is not None:
            _cache_write(cache_dir, piece, text)
    done = {piece: hit for piece, hit in cached.items() if hit is not None} | formatted
    result = dict(files)
    for path, parts in python.items():
        texts = [done[piece] for piece in parts]
        if any(text is None for text in texts):  # a piece black rejects: the whole file says where
            result[path] = format_source(path, files[path])
        else:
            result[path] = "".join(_joined(parts, [text for text in texts if text is not None]))
    return result


#: Modules smaller than this are formatted whole.
_PIECE_THRESHOLD = 20_000
#: Formatting a method alone: inside a class of this name, so black indents it as it will be.
_HOLDER = "class _SdkgenPiece:\n"


def pieces(source: str) -> list[str]:
    """``source`` cut before each top-level ``class`` and each method of a top-level class.

    A cut is made only where black's blank lines are fixed whatever precedes: before a class or
    method that no decorator or comment precedes (black puts two blank lines before a top-level
    class and one before a method). Methods are formatted inside a stand-in class. A cut inside
    a string leaves a piece that does not parse, and the whole file is formatted instead.
    """
    if len(source) < _PIECE_THRESHOLD:
        return [source]
    lines = source.splitlines(keepends=True)
    result: list[str] = []
    start = previous = 0
    in_class = False
    for number, line in enumerate(lines):
        top_class = line.startswith("class ")
        method = in_class and line.startswith(("    def ", "    async def ", "    @"))
        if (top_class or method) and number and not lines[previous].lstrip().startswith(("@", "#")):
            result.append("".join(lines[start:number]))
            start = number
        if line.strip():
            previous = number
            if not line[0].isspace():
                in_class = top_class
    result.append("".join(lines[start:]))
    return [piece for piece in result if piece.strip()]


def _joined(parts: list[str], texts: list[str]) -> Iterator[str]:
    for index, (part, text) in enumerate(zip(parts, texts)):
        if index:
            yield "\n" if _is_method(part) else "\n\n"
        yield text


def _is_method(piece: str) -> bool:
    return piece.startswith("    ")


@cache
def _black() -> tuple[Any, Any]:
    """black and its mode, imported on first use: a run whose files are all cached never needs it.

    The mode is fixed so that the output never depends on the user's own black configuration.
    """
    import black

    from black.mode import TargetVersion

    return black, black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)


def format_source(path: str, source: str) -> str:
    """Format one file's source; a syntax error names the file and line."""
    black, mode = _black()
    try:
        return str(black.format_str(source, mode=mode))
    except Exception as exc:  # black raises InvalidInput, but also parser errors of its own
        line = _line_of(str(exc))
        raise GeneratorError(
            f"generated file is not valid Python: {exc}",
            Location(path, "", line),
            hint="the template that makes this file produced code that does not parse",
        ) from None


def _format_piece(item: tuple[str, str]) -> tuple[str, str | None]:
    """(piece, its path) → (piece, formatted), or None when black rejects the piece alone."""
    piece, path = item
    with _collector_paused():
        try:
            if _is_method(piece):
                return piece, format_source(path, _HOLDER + piece).removeprefix(_HOLDER)
            return piece, format_source(path, piece)
        except GeneratorError:
            return piece, None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while black works on one piece; its garbage is collected after.

    Black's syntax trees are full of reference cycles, so the collector runs again and again
    while a tree grows: about a quarter of black's time. (Pausing it in the other workers,
    datamodel-code-generator's and the validator's, measured slower, so only black gets this.)
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _format_many(todo: dict[str, str]) -> dict[str, str | None]:
    workers = min(os.cpu_count() or 1, len(todo))
    if workers < 2 or sum(map(len, todo)) < _PARALLEL_THRESHOLD:
        return dict(map(_format_piece, todo.items()))
    # Largest first, so one big piece doesn't start last and finish alone.
    ordered = sorted(todo.items(), key=lambda item: -len(item[0]))
    _black()  # import once here, so forked workers inherit it instead of importing it each
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return dict(pool.map(_format_piece, ordered, chunksize=4))


def _key(source: str) -> str:
    digest = hashlib.sha256(f"{_black_version()}|{LINE_LENGTH}|py310|".encode())
    digest.update(source.encode())
    return digest.hexdigest()


@cache
def _black_version() -> str:
    from importlib.metadata import version

    return version("black")


def _cache_read(cache_dir: Path | None, source: str) -> str | None:
    if cache_dir is None:
        return None
    try:
        return (cache_dir / _key(source)).read_text(encoding="utf-8")
    except OSError:
        return None


def _cache_write(cache_dir: Path | None, source: str, formatted: str) -> None:
    if cache_dir is None:
        return
    try:  # a cache that cannot be written only costs speed
        cache_dir.mkdir(parents=True, exist_ok=True)
        target = cache_dir / _key(source)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(formatted, encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass


def _line_of(message: str) -> int | None:
    # black's message reads "Cannot parse for target version ...: 12:4: <code>"
    parts = message.split(": ")
    for part in parts:
        head = part.split(":")[0]
        if head.isdigit():
            return int(head)
    return None
