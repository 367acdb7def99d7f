"""Shared pieces for the tests of kiosk.updates: the sample bundle copied into
tmp_path at a chosen version, key pairs written to tmp_path, packed and
hand-built .kbundle files, and the child process the crash tests kill.

Run as a script it is that child: it installs one bundle and SIGKILLs itself
after the step named in KIOSK_TEST_KILL_AFTER ("step" or "step#n" for the
n-th time the step is reached, e.g. "staging-file#3"); with
KIOSK_TEST_STOP=1 it SIGSTOPs itself there instead, an install paused with
the content folder's lock held until the test sends SIGCONT.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import signal
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # when run as the child script
    sys.path.insert(0, str(REPO))

from content_helpers import TODAY  # noqa: E402

from kiosk import paths  # noqa: E402
from kiosk.updates import minisign  # noqa: E402
from kiosk.updates.manifest import (  # noqa: E402
    BUNDLE_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
)
from kiosk.updates.pack import _add, pack  # noqa: E402

SAMPLE = paths.sample_bundle()
SAMPLE_ID = "ofallon-mo-sample"
CREATED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
KILL_ENV = "KIOSK_TEST_KILL_AFTER"
STOP_ENV = "KIOSK_TEST_STOP"

__all__ = ["CREATED", "SAMPLE_ID", "TODAY"]


@dataclass(frozen=True)
class Keys:
    secret: minisign.SecretKey
    key_file: Path
    pub_file: Path

    @property
    def public(self) -> minisign.PublicKey:
        return self.secret.public()


def make_keys(folder: Path, name: str = "kiosk") -> Keys:
    folder.mkdir(parents=True, exist_ok=True)
    secret = minisign.SecretKey.generate()
    key_file, pub_file = folder / f"{name}.key", folder / f"{name}.pub"
    key_file.write_text(secret.to_text(), encoding="ascii")
    pub_file.write_text(secret.public().to_text(), encoding="ascii")
    return Keys(secret, key_file, pub_file)


def set_version(bundle: Path, version: int) -> None:
    yaml = bundle / "bundle.yaml"
    text, count = re.subn(
        r"^version: \d+$", f"version: {version}", yaml.read_text("utf-8"), flags=re.M
    )
    assert count == 1
    yaml.write_text(text, encoding="utf-8")


def sample_bundle(tmp_path: Path, version: int, name: str | None = None) -> Path:
    """A copy of the sample bundle at `version`."""
    folder = tmp_path / (name or f"sample-v{version}")
    shutil.copytree(SAMPLE, folder)
    set_version(folder, version)
    return folder


def packed(
    tmp_path: Path,
    keys: Keys,
    version: int,
    *,
    name: str | None = None,
    edit: Callable[[Path], None] | None = None,
    created: datetime = CREATED,
) -> Path:
    """The sample at `version`, optionally edited, packed and signed with `keys`."""
    label = name or f"sample-v{version}"
    folder = sample_bundle(tmp_path / "src", version, label)
    if edit is not None:
        edit(folder)
    out = tmp_path / f"{label}.kbundle"
    pack(folder, out, key=keys.secret, created=created, today=TODAY)
    return out


def build_kbundle(
    out: Path,
    files: dict[str, bytes],
    keys: Keys | None,
    *,
    bundle_id: str = SAMPLE_ID,
    version: int = 2,
    extra: Iterable[tuple[zipfile.ZipInfo | str, bytes]] = (),
) -> Path:
    """A .kbundle built by hand, without the validation `pack` does: for bundles
    that are signed but broken, and for archives no honest tool would write."""
    manifest = Manifest(
        bundle_id,
        version,
        CREATED.strftime("%Y-%m-%dT%H:%M:%SZ"),
        tuple(
            FileEntry(path, hashlib.sha256(data).hexdigest(), len(data))
            for path, data in sorted(files.items())
        ),
    )
    manifest_bytes = manifest.to_bytes()
    with zipfile.ZipFile(out, "w") as zf:
        _add(zf, MANIFEST_NAME, manifest_bytes)
        if keys is not None:
            signature = minisign.sign(manifest_bytes, keys.secret, trusted_comment="hand-built")
            _add(zf, SIGNATURE_NAME, signature.encode())
        for path, data in sorted(files.items()):
            _add(zf, BUNDLE_PREFIX + path, data)
        for info, data in extra:
            zf.writestr(info, data)
    return out


def folder_files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def rewrite_zip(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes] | None = None,
    drop: Iterable[str] = (),
    add: dict[str, bytes] | None = None,
) -> Path:
    """A copy of the archive with members replaced, dropped or added; the
    signature is not touched (that is the point)."""
    replace, drop, add = replace or {}, set(drop), add or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            zout.writestr(info, replace.get(info.filename, zin.read(info.filename)))
        for name, data in add.items():
            _add(zout, name, data)
    return dst


def member(zip_path: Path, name: str) -> bytes:
    with zipfile.ZipFile(zip_path) as zf:
        return zf.read(name)


def tree_snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """name -> (size, mtime_ns) for every file under folder."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def child_env(kill_after: str, *, stop: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env[KILL_ENV] = kill_after
    if stop:
        env[STOP_ENV] = "1"
    env["PYTHONPATH"] = str(REPO)
    return env


def _child_main() -> int:
    from kiosk.updates.installer import install

    parser = argparse.ArgumentParser()
    parser.add_argument("kbundle")
    parser.add_argument("content_dir")
    parser.add_argument("pubkey")
    args = parser.parse_args()
    step_name, _, nth = os.environ[KILL_ENV].partition("#")
    wanted = int(nth or 1)
    seen: dict[str, int] = {}
    stop = os.environ.get(STOP_ENV) == "1"

    def fault(step: str) -> None:
        seen[step] = seen.get(step, 0) + 1
        if step == step_name and seen[step] == wanted:
            os.kill(os.getpid(), signal.SIGSTOP if stop else signal.SIGKILL)

    keys = [minisign.PublicKey.from_file(args.pubkey)]
    install(args.kbundle, args.content_dir, keys, today=TODAY, _fault=fault)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
