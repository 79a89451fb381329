"""Format every emitted Python file with black, once, with a fixed mode; cache by content hash.

Black is the slowest stage by far, so files that were formatted before (same source, same black,
same mode) come from the cache, and the rest are spread over the machine's cores.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from generator.background import forking
from generator.cache import write_cache_file
from generator.errors import GeneratorError, Location

#: The generated code's line length: black's, and what templates and literals fit lines to.
LINE_LENGTH = 100
#: The cache's folder under the generator's cache root.
CACHE_FOLDER = "black"
_TARGET = "PY310"
#: Below this much unformatted code, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 60_000


def format_files(files: dict[str, str], cache_dir: Path | None) -> dict[str, str]:
    """The same file set with every ``.py`` file formatted."""
    with Formatter(cache_dir) as formatter:
        formatter.submit(files)
        return formatter.result(files)


class Formatter:
    """Formats Python files as they are handed over; :meth:`result` gives them back formatted.

    Big modules are formatted in pieces, class by class and method by method (see :func:`pieces`):
    the pieces spread evenly over the cores, and a change re-formats only the methods it touches.
    ``submit`` starts at once, in worker processes when there is enough to do, so the pipeline
    hands over the rendered files while datamodel-code-generator is still making the models.
    """

    def __init__(self, cache_dir: Path | None) -> None:
        self._cache_dir = cache_dir
        self._pool: ProcessPoolExecutor | None = None
        self._done: dict[str, str | None] = {}
        self._pieces: dict[str, list[str]] = {}  # path → its pieces, as submit cut them
        self._running: list[Future[list[tuple[str, str | None]]]] = []

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def submit(self, files: dict[str, str]) -> None:
        """Start formatting the ``.py`` files among ``files`` (cached pieces are not redone)."""
        todo: dict[str, str] = {}
        for path, text in files.items():
            if path.endswith(".py"):
                self._pieces[path] = pieces(text)
            for piece in self._pieces.get(path, ()):
                if piece not in self._done and piece not in todo:
                    hit = _cache_read(self._cache_dir, piece)
                    if hit is None:
                        todo[piece] = path
                    else:
                        self._done[piece] = hit
        if not todo:
            return
        if self._pool is None and not self._worth_a_pool(todo):
            self._finish(map(_format_piece, todo.items()))
            return
        # Largest first, so one big piece doesn't start last and finish alone.
        ordered = sorted(todo.items(), key=lambda item: -len(item[0]))
        batches = [ordered[start : start + _BATCH] for start in range(0, len(ordered), _BATCH)]
        if self._pool is None:
            _black()  # import once here, so forked workers inherit it instead of importing it each
            with forking() as context:  # the workers fork at the first submit
                self._pool = ProcessPoolExecutor(
                    max_workers=min(os.cpu_count() or 1, 4), mp_context=context
                )
                self._running.append(self._pool.submit(_format_batch, batches.pop(0)))
        self._running.extend(self._pool.submit(_format_batch, batch) for batch in batches)
        self._done.update(dict.fromkeys(todo))  # placeholders until the workers answer

    def result(self, files: dict[str, str]) -> dict[str, str]:
        """``files`` with every ``.py`` file formatted (each must have been submitted)."""
        for running in self._running:
            self._finish(running.result())
        self._running.clear()
        result = dict(files)
        for path, text in files.items():
            if not path.endswith(".py"):
                continue
            parts = self._pieces[path]
            texts = [self._done[piece] for piece in parts]
            if any(
                formatted is None for formatted in texts
            ):  # a piece black rejects: the file says where
                result[path] = format_source(path, text)
            else:
                result[path] = "".join(_joined(parts, [t for t in texts if t is not None]))
        return result

    def _finish(self, formatted: Iterable[tuple[str, str | None]]) -> None:
        for piece, text in formatted:
            self._done[piece] = text
            if text is not None:
                _cache_write(self._cache_dir, piece, text)

    @staticmethod
    def _worth_a_pool(todo: dict[str, str]) -> bool:
        """Whether starting worker processes pays for this much unformatted code."""
        return (os.cpu_count() or 1) >= 2 and sum(map(len, todo)) >= _PARALLEL_THRESHOLD


#: Pieces per task sent to a worker: fewer round trips, still fine-grained enough to balance.
_BATCH = 4


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
            result.append(_without_trailing_blank_lines(lines[start:number]))
            start = number
        if line.strip():
            previous = number
            if not line[0].isspace():
                in_class = top_class
    result.append(_without_trailing_blank_lines(lines[start:]))
    return [piece for piece in result if piece.strip()]


def _without_trailing_blank_lines(lines: list[str]) -> str:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end])


def _joined(parts: list[str], texts: list[str]) -> Iterator[str]:
    for index, (part, text) in enumerate(zip(parts, texts, strict=True)):
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

    return black, black.Mode(target_versions={TargetVersion[_TARGET]}, line_length=LINE_LENGTH)


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


def format_cached(path: str, source: str, cache_dir: Path | None) -> str:
    """:func:`format_source`, from the cache when this source was formatted before."""
    formatted = _cache_read(cache_dir, source)
    if formatted is None:
        formatted = format_source(path, source)
        _cache_write(cache_dir, source, formatted)
    return formatted


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


def _format_batch(batch: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [_format_piece(item) for item in batch]


def _key(source: str) -> str:
    digest = hashlib.sha256(
        f"{_black_version()}|{LINE_LENGTH}|{_TARGET}|".encode()
    )  # everything the mode sets
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
    if cache_dir is not None:
        write_cache_file(cache_dir / _key(source), formatted)


def _line_of(message: str) -> int | None:
    # black's message reads "Cannot parse for target version ...: 12:4: <code>"
    parts = message.split(": ")
    for part in parts:
        head = part.split(":")[0]
        if head.isdigit():
            return int(head)
    return None
