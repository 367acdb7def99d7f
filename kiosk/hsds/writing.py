"""Writing the draft bundle folder: YAML that the loader reads back as written.

Every text value is written in double quotes, so no directory text can turn
into something else on the way back in: "no" stays a language code, "10:30"
stays a time, "01234" keeps its zero. Keys and dates are written plain.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import yaml

from kiosk.hsds.errors import HsdsError

# Above this many resources, resources/ holds lists of resources rather than
# one file each: the loader reads at most 5000 files.
ONE_FILE_EACH_UP_TO: Final = 4000
RESOURCES_PER_LIST_FILE: Final = 100


class _Quoted(str):
    """A text value: always double-quoted."""


# libyaml's emitter when PyYAML has it: the pure-Python one takes most of a
# large import's time. Both are safe dumpers (plain data only).
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _BundleDumper(_SafeDumper):  # type: ignore[valid-type, misc]
    """A safe dumper that double-quotes text values (keys stay plain)."""


def _represent_quoted(dumper: yaml.SafeDumper, value: _Quoted) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


_BundleDumper.add_representer(_Quoted, _represent_quoted)


def _quote_values(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _quote_values(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_quote_values(item) for item in value]
    if isinstance(value, str):
        return _Quoted(value)
    return value


def render_yaml(data: Any) -> str:
    return yaml.dump(
        _quote_values(data),
        Dumper=_BundleDumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,  # no folded lines: editors search and edit whole texts
        default_flow_style=False,
    )


def prepare_folder(out: Path) -> None:
    """Refuse to write over anything: an editor's bundle may already be there."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise HsdsError(f"{out}: already exists and is not empty; choose a new folder")
    for parent in (out, out / "topics", out / "resources"):
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HsdsError(f"{parent}: cannot create the folder: {exc.strerror or exc}") from None


def write_bundle_files(
    out: Path,
    header: dict[str, Any],
    topics: list[dict[str, Any]],
    resources: list[dict[str, Any]],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    files: list[tuple[str, Any]] = [("bundle.yaml", header)]
    files.extend((f"topics/{topic['id']}.yaml", topic) for topic in topics)
    if len(resources) <= ONE_FILE_EACH_UP_TO:
        files.extend((f"resources/{r['id']}.yaml", r) for r in resources)
    else:
        for start in range(0, len(resources), RESOURCES_PER_LIST_FILE):
            number = start // RESOURCES_PER_LIST_FILE + 1
            files.append(
                (
                    f"resources/part-{number:04d}.yaml",
                    resources[start : start + RESOURCES_PER_LIST_FILE],
                )
            )
    for done, (rel, data) in enumerate(files, start=1):
        write_text(out / rel, render_yaml(data))
        if on_progress is not None:
            on_progress(done, len(files))


def write_text(path: Path, content: str) -> None:
    """Write whole or not at all: a half-written file would fail to load."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(partial, path)
    except OSError as exc:
        raise HsdsError(f"{path}: cannot write the file: {exc.strerror or exc}") from None
