"""Run a command as a child process; print its wall time (s) and peak RSS (MiB) as JSON."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

started = time.perf_counter()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
elapsed = time.perf_counter() - started
if completed.returncode != 0:
    sys.exit(f"command failed ({completed.returncode}): {' '.join(sys.argv[1:])}\n{completed.stderr}")
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_mib": peak_kib / 1024}))
