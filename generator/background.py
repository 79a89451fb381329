"""A function run in a forked worker process while the caller goes on.

The pipeline has two slow jobs that need only the parsed document: validating it and making the
models. They run beside rendering; the caller asks for each result when it needs it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Job(Generic[T]):
    """``function(*arguments)``, started now in a worker (or, where fork is missing, run on demand)."""

    def __init__(self, function: Callable[..., T], *arguments: Any) -> None:
        self._function, self._arguments = function, arguments
        self._future: Future[T] | None = None
        if os.name == "posix":
            with forking() as context:
                pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
                self._future = pool.submit(function, *arguments)
            pool.shutdown(wait=False)  # the worker exits after its one job

    def result(self) -> T:
        """The function's value; its exception, re-raised here."""
        if self._future is None:
            return self._function(*self._arguments)
        return self._future.result()


@contextmanager
def forking() -> Iterator[multiprocessing.context.BaseContext]:
    """How to start worker processes; create the pool and submit its first job inside the block.

    Fork (where there is one) starts a worker at once with everything imported; spawn would
    import it all again. The collector's objects are frozen while workers fork, so the workers'
    collectors leave the inherited objects alone (touching them would copy their pages); the
    parent unfreezes after, so its own garbage is still collected.
    """
    if os.name != "posix":
        yield multiprocessing.get_context("spawn")
        return
    gc.freeze()
    try:
        yield multiprocessing.get_context("fork")
    finally:
        gc.unfreeze()
