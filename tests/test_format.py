from pathlib import Path

import pytest

from generator import format as fmt
from generator.errors import GeneratorError


def test_formats_python_only_and_caches(tmp_path: Path) -> None:
    files = {"a.py": "x=( 1, )\n", "b.md": "x=( 1, )\n"}
    cache = tmp_path / "cache"
    first = fmt.format_files(files, cache)
    assert first == {"a.py": "x = (1,)\n", "b.md": "x=( 1, )\n"}
    assert len(list(cache.iterdir())) == 1
    # A poisoned cache entry proves the second run reads the cache instead of running black.
    entry = next(cache.iterdir())
    entry.write_text("cached = True\n")
    assert fmt.format_files(files, cache)["a.py"] == "cached = True\n"


def test_parallel_formatting_matches_serial(tmp_path: Path) -> None:
    files = {f"m{i}.py": "def f( a ):\n    return  a\n" * 2000 for i in range(3)}
    result = fmt.format_files(files, None)
    assert set(result) == set(files)
    assert all(text.startswith("def f(a):\n    return a\n") for text in result.values())


def test_invalid_python_names_the_file() -> None:
    with pytest.raises(GeneratorError) as caught:
        fmt.format_files({"pkg/broken.py": "def f(:\n"}, None)
    assert "pkg/broken.py" in str(caught.value)
