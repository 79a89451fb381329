"""Run a command as a child process; print its wall time (s), CPU time (s, user + system, its
worker processes included) and the peak RSS of its largest single process (MiB) as JSON."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

started = time.perf_counter()
completed = subprocess.run(
    sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
)
elapsed = time.perf_counter() - started
if completed.returncode != 0:
    sys.exit(
        f"command failed ({completed.returncode}): {' '.join(sys.argv[1:])}\n{completed.stderr}"
    )
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(
    json.dumps(
        {
            "seconds": elapsed,
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "peak_mib": usage.ru_maxrss / 1024,
        }
    )
)
