"""A function run in a forked worker process while the caller goes on.

The pipeline has two slow jobs that need only the parsed document: validating it and making the
models. They run beside rendering; the caller asks for each result when it needs it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Job(Generic[T]):
    """``function(*arguments)``, started now in a worker (or, where fork is missing, run on demand)."""

    def __init__(self, function: Callable[..., T], *arguments: Any) -> None:
        self._function, self._arguments = function, arguments
        self._future: Future[T] | None = None
        if os.name == "posix":
            # fork: the worker starts at once with everything imported; spawn would import it all again
            pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            self._future = pool.submit(function, *arguments)
            pool.shutdown(wait=False)  # the worker exits after its one job

    def result(self) -> T:
        """The function's value; its exception, re-raised here."""
        if self._future is None:
            return self._function(*self._arguments)
        return self._future.result()

