"""Installing a signed bundle so that a kiosk is never left without content.

Steps (each named in STEPS; a test can stop the process after any of them):
clear what a cut-short install left behind; verify the signature; refuse a
version that is not newer (or answer "already installed"), only after every
byte of the file has been checked against the signed hashes; unpack into
staging/ with every byte checked again as it is written; validate with the
content loader; move the folder into versions/; write its compiled form
beside it (kiosk.content.compiled: what the kiosk reads at start, tied to
the signed manifest); point `current` at the new
one, carrying the old one as its rollback target (one os.replace: the commit
point); point `previous` at the old one too; delete versions other than
current and previous; note the install in status.json.

Until `current` is replaced the kiosk keeps the old bundle and its rollback
target; after, the new one is complete on disk and the old one is the
rollback target, whether or not `previous` was written yet. The running
kiosk picks it up at its next session reset, never in the middle of a visit.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Final

from kiosk.content import LoadResult, load_bundle
from kiosk.content.compiled import compiled_path
from kiosk.content.compiler import compile_folder
from kiosk.linguist import ToolMissing, compile_bundle_catalogues, kiosk_interface
from kiosk.paths import fonts_dir
from kiosk.updates import minisign
from kiosk.updates.archive import KBundle, SignedManifest
from kiosk.updates.errors import Refused
from kiosk.updates.fsutil import (
    TRASH,
    Busy,
    atomic_write,
    discard,
    empty_folder,
    fsync_dir,
    install_lock,
    remove_stale_temp_files,
)
from kiosk.updates.limits import DEFAULT_LIMITS, Limits
from kiosk.updates.manifest import Manifest
from kiosk.updates.pointers import (
    CURRENT,
    PREVIOUS,
    STAGING,
    VERSIONS,
    Pointer,
    Pointers,
    read_pointers,
    version_dir,
    write_pointer,
)
from kiosk.updates.status import now_utc, record_install, record_refusal, record_rollback

STEPS: Final = (
    "stale-cleared",
    "verified",
    "version-checked",
    "staging-file",  # after each unpacked file
    "staged",
    "validated",
    "moved",
    "compiled",
    "current-written",  # the new pointer is on disk under a temporary name
    "switched",
    "previous-set",
    "pruned",
    "recorded",
)

FaultHook = Callable[[str], None]


class InstallBusy(Refused):
    """Another install holds the content folder; the file may be tried again later."""


@dataclass(frozen=True)
class Installed:
    bundle_id: str
    version: int
    path: Path
    # When the very same signed manifest was already there: "current", or
    # "previous" (kept for rollback). Nothing was changed then.
    already: str | None = None

    @property
    def already_installed(self) -> bool:
        return self.already is not None


def load_trusted_keys(paths: Sequence[str | os.PathLike[str]]) -> list[minisign.PublicKey]:
    keys = []
    for path in paths:
        try:
            keys.append(minisign.PublicKey.from_file(Path(path)))
        except minisign.MinisignError as exc:
            raise Refused(f"trusted key unusable: {exc}") from None
    return keys


def install(
    kbundle: str | os.PathLike[str],
    content_dir: str | os.PathLike[str],
    trusted_keys: Sequence[minisign.PublicKey],
    *,
    allow_new_id: bool = False,
    today: date | None = None,
    limits: Limits = DEFAULT_LIMITS,
    _fault: FaultHook | None = None,
) -> Installed:
    """Install `kbundle` into `content_dir`, or raise Refused (recorded in
    status.json) and leave the installed bundle as it was. `_fault` is for
    tests: it is called with each step's name as the step completes."""
    content = Path(content_dir)
    source = Path(kbundle).name
    try:
        content.mkdir(parents=True, exist_ok=True)
        with install_lock(content):
            return _install_locked(
                Path(kbundle), content, trusted_keys, allow_new_id, today, limits, _fault
            )
    except Busy:
        raise InstallBusy("another install is running in this content folder; try again") from None
    except Refused as refusal:
        record_refusal(content, refusal.reason, source)
        raise
    except OSError as exc:
        refused = Refused(f"could not write to the content folder: {_os_reason(exc)}")
        record_refusal(content, refused.reason, source)
        raise refused from None


def _install_locked(
    path: Path,
    content: Path,
    keys: Sequence[minisign.PublicKey],
    allow_new_id: bool,
    today: date | None,
    limits: Limits,
    fault: FaultHook | None,
) -> Installed:
    def step(name: str) -> None:
        if fault is not None:
            fault(name)

    # The lock is ours, so anything in staging/ or trash/ is from an install
    # that was cut short.
    empty_folder(content / STAGING)
    empty_folder(content / TRASH)
    remove_stale_temp_files(content)
    step("stale-cleared")

    with KBundle.open(path, limits) as kb:
        signed = kb.verify_signature(keys)
        manifest = signed.manifest
        step("verified")
        pointers = read_pointers(content)
        current, previous = pointers.current, pointers.previous
        same = _same_as_installed(signed, pointers)
        try:
            if same is None:
                _check_version(manifest, current, previous, allow_new_id)
        except Refused:
            kb.check_files(manifest)  # a damaged file is refused as damaged first
            raise
        if same is not None:
            # Only a whole file is "already installed": a damaged copy whose
            # signed manifest names the installed version is refused.
            kb.check_files(manifest)
            role = CURRENT if same is current else PREVIOUS
            return Installed(
                same.bundle_id, same.version, version_dir(content, same.dir), already=role
            )
        step("version-checked")

        name = Pointer.dir_name(manifest.bundle_id, manifest.version)
        (content / STAGING).mkdir(exist_ok=True)
        staging = content / STAGING / f"{name}.{secrets.token_hex(4)}"
        staging.mkdir()
        try:
            kb.check_files(manifest, extract_to=staging, after_file=lambda: step("staging-file"))
            for folder, _, _ in os.walk(staging):
                fsync_dir(Path(folder))
            step("staged")
            validated = _validate(staging, manifest, today)
            _compile_catalogues(staging)
            step("validated")
            compiled = compile_folder(staging, validated, source=signed.manifest_sha256)
            _move_into_versions(content, staging, name, current, previous)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    step("moved")
    # Before `current` names the folder, so a kiosk never starts on it
    # without its compiled form.
    atomic_write(compiled_path(version_dir(content, name)), compiled)
    step("compiled")

    # What the kiosk showed becomes the rollback target: `current`, or with a
    # garbled `current` the `previous` it fell back to.
    shown_before = current or previous
    pointer = Pointer(
        dir=name,
        bundle_id=manifest.bundle_id,
        version=manifest.version,
        manifest_sha256=signed.manifest_sha256,
        installed_at=now_utc(),
        source=path.name,
    ).replacing(shown_before)
    write_pointer(content, CURRENT, pointer, before_replace=lambda: step("current-written"))
    step("switched")

    # Installed. What follows is housekeeping: a failure here is retried by
    # the next install and must not be reported as a refusal; `current`
    # carries the rollback target until `previous` says the same.
    keep = {pointer.dir} | ({shown_before.dir} if shown_before else set())
    if pointer.rollback_to is not None:
        with contextlib.suppress(OSError):
            write_pointer(content, PREVIOUS, pointer.rollback_to)
    step("previous-set")
    with contextlib.suppress(OSError):
        _prune(content, keep)
    step("pruned")
    record_install(content, pointer)
    step("recorded")
    return Installed(pointer.bundle_id, pointer.version, version_dir(content, pointer.dir))


def _same_as_installed(signed: SignedManifest, pointers: Pointers) -> Pointer | None:
    """The installed pointer with exactly this signed manifest, if any: the
    inbox usually still holds the current file (and, after a rollback, the one
    rolled back from); seeing them again is not news and not a refusal."""
    for pointer in pointers.shown_first():
        if pointer.manifest_sha256 == signed.manifest_sha256:
            return pointer
    return None


def _check_version(
    manifest: Manifest, current: Pointer | None, previous: Pointer | None, allow_new_id: bool
) -> None:
    reference = current or previous
    if reference is None:
        return  # the first install into this folder
    if manifest.bundle_id != reference.bundle_id:
        if allow_new_id:
            return
        raise Refused(
            f"this is bundle '{manifest.bundle_id}' but the kiosk has '{reference.bundle_id}'; "
            "staff can switch bundles with `kiosk install --allow-new-id`"
        )
    # After a rollback the newer version is still kept as `previous`; it must
    # not come back by itself when the inbox is read again.
    newest = max(p.version for p in (current, previous) if p and p.bundle_id == manifest.bundle_id)
    if manifest.version <= newest:
        raise Refused(
            f"version {manifest.version} of '{manifest.bundle_id}' is not newer than the "
            f"installed version {newest}; raise `version:` in bundle.yaml and pack again"
        )


def _validate(staging: Path, manifest: Manifest, today: date | None) -> LoadResult:
    result = load_bundle(
        staging, today=today, shipped_fonts=fonts_dir(), interface=kiosk_interface()
    )
    if result.bundle is None:
        errors = result.errors
        first = f"; first: {errors[0]}" if errors else ""
        raise Refused(
            f"the signed bundle is not valid ({len(errors)} error{'s' * (len(errors) != 1)}){first}"
        )
    bundle = result.bundle
    if (bundle.id, bundle.version) != (manifest.bundle_id, manifest.version):
        raise Refused(
            f"the manifest says '{manifest.bundle_id}' version {manifest.version} but "
            f"bundle.yaml says '{bundle.id}' version {bundle.version}"
        )
    return result


def _compile_catalogues(staging: Path) -> None:
    """The bundle's own interface catalogues, checked by `_validate`, compiled
    into the .qm files the kiosk loads: here, once, never at start-up."""
    try:
        compile_bundle_catalogues(staging)
    except (ToolMissing, ValueError, OSError, subprocess.SubprocessError) as exc:
        raise Refused(f"the bundle's interface catalogues could not be compiled: {exc}") from None


def _move_into_versions(
    content: Path, staging: Path, name: str, current: Pointer | None, previous: Pointer | None
) -> None:
    versions = content / VERSIONS
    versions.mkdir(exist_ok=True)
    target = versions / name
    if target.exists() or target.is_symlink():
        if name in {p.dir for p in (current, previous) if p}:
            raise Refused(f"version folder {name} is in use; raise the version and pack again")
        discard(content, target)  # left by an install cut short before its switch
    os.rename(staging, target)
    fsync_dir(versions)


def _prune(content: Path, keep: set[str]) -> None:
    versions = content / VERSIONS
    kept = keep | {compiled_path(versions / name).name for name in keep}
    for entry in sorted(versions.iterdir()):
        if entry.name not in kept:
            discard(content, entry)
    empty_folder(content / TRASH)


def rollback(content_dir: str | os.PathLike[str]) -> Installed:
    """Staff's deliberate step back: `previous` becomes current and the
    current one becomes previous (so a second rollback undoes the first)."""
    content = Path(content_dir)
    if not content.is_dir():
        raise Refused(f"no bundle is installed in {content}")
    try:
        with install_lock(content):
            pointers = read_pointers(content)
            current, previous = pointers.current, pointers.previous
            if previous is None:
                raise Refused("there is no previous bundle to roll back to")
            # One os.replace switches what is shown and what to go back to.
            write_pointer(content, CURRENT, previous.replacing(current))
            if current is not None:
                with contextlib.suppress(OSError):  # `current` carries it meanwhile
                    write_pointer(content, PREVIOUS, replace(current, rollback_to=None))
            record_rollback(content, previous, current)
            return Installed(
                previous.bundle_id, previous.version, version_dir(content, previous.dir)
            )
    except Busy:
        raise InstallBusy("an install is running in this content folder; try again") from None
    except OSError as exc:
        raise Refused(f"could not write to the content folder: {_os_reason(exc)}") from None


@dataclass(frozen=True)
class Recompiled:
    """What `recompile` did to one installed version."""

    dir: str
    outcome: str  # "up to date", "rebuilt", or "not valid: <first error>"


def recompile(
    content_dir: str | os.PathLike[str], *, today: date | None = None
) -> list[Recompiled]:
    """Staff's `kiosk compile`: rebuild the compiled form of the current and
    previous versions where it is missing or does not match (a kiosk upgrade,
    a damaged disk, a hand edit). Each is checked in full first, as at
    install; one that no longer loads is left without a compiled form."""
    from kiosk.updates.current import load_installed

    content = Path(content_dir)
    if not content.is_dir():
        raise Refused(f"no bundle is installed in {content}")
    done: list[Recompiled] = []
    try:
        with install_lock(content):
            for pointer in read_pointers(content).shown_first():
                folder = version_dir(content, pointer.dir)
                result, not_compiled = load_installed(folder, pointer, today=today)
                if not_compiled is None:
                    done.append(Recompiled(pointer.dir, "up to date"))
                elif result.bundle is None:
                    errors = result.errors
                    first = f": {errors[0]}" if errors else ""
                    done.append(Recompiled(pointer.dir, f"not valid{first}"))
                else:
                    data = compile_folder(folder, result, source=pointer.manifest_sha256)
                    atomic_write(compiled_path(folder), data)
                    done.append(Recompiled(pointer.dir, "rebuilt"))
    except Busy:
        raise InstallBusy("an install is running in this content folder; try again") from None
    except OSError as exc:
        raise Refused(f"could not write to the content folder: {_os_reason(exc)}") from None
    return done


def _os_reason(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or type(exc).__name__}{where}"
