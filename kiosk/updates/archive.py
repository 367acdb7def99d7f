"""Reading a packed bundle (.kbundle) as the hostile file it may be.

Order matters: every member's name, type and declared size is checked before
a byte is decompressed (zip-slip, symlinks, zip bombs); then the signature
over the manifest; then the manifest against the members (nothing extra,
nothing missing); then each member's bytes, read with a hard cap, against the
signed hash. `check_files` can unpack into a folder in the same pass, so the
installer never has to trust a file it has not hashed.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from kiosk.updates import minisign
from kiosk.updates.errors import Refused
from kiosk.updates.limits import DEFAULT_LIMITS, Limits
from kiosk.updates.manifest import (
    BUNDLE_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
)
from kiosk.updates.paths import path_problem

_CHUNK = 256 * 1024
# Everything zipfile and zlib raise for a damaged or truncated archive.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, struct.error, NotImplementedError)


@dataclass(frozen=True)
class SignedManifest:
    manifest: Manifest
    manifest_sha256: str
    key: minisign.PublicKey
    trusted_comment: str
    prehashed: bool


class KBundle:
    """An opened .kbundle whose members have passed the name and size checks.

    with KBundle.open(path) as kb:
        signed = kb.verify_signature(keys)
        kb.check_files(signed.manifest, extract_to=folder)
    """

    def __init__(self, path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
        self.path = path
        self._zip = zf
        self._limits = limits
        self._members: dict[str, zipfile.ZipInfo] = {}

    @classmethod
    def open(cls, path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> KBundle:
        file = Path(path)
        try:
            size = file.stat().st_size
        except OSError as exc:
            raise Refused(f"cannot read the file: {exc.strerror}") from None
        if size > limits.max_archive_bytes:
            raise Refused(
                f"the file is too large ({_mib(size)}; at most {_mib(limits.max_archive_bytes)})"
            )
        try:
            zf = zipfile.ZipFile(file)
        except (*_DAMAGED, OSError, ValueError):
            raise Refused(
                "the file is damaged or incomplete (not a readable bundle archive); copy it again"
            ) from None
        bundle = cls(file, zf, limits)
        try:
            bundle._check_members()
        except BaseException:
            zf.close()
            raise
        return bundle

    def __enter__(self) -> KBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    # --- step 1: names, types, sizes (nothing decompressed yet) ---

    def _check_members(self) -> None:
        limits = self._limits
        infos = self._zip.infolist()
        if len(infos) > limits.max_entries:
            raise Refused(f"the archive holds {len(infos)} entries; at most {limits.max_entries}")
        total = 0
        folded: set[str] = set()
        for info in infos:
            name = info.filename
            if info.orig_filename != name:
                raise Refused(f"unsafe path in the archive: {info.orig_filename!r}")
            problem = path_problem(name.removesuffix("/") if info.is_dir() else name)
            if problem:
                raise Refused(f"unsafe path in the archive: {name!r} ({problem})")
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind == stat.S_IFLNK:
                raise Refused(f"the archive holds a symbolic link: {name}")
            if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise Refused(f"the archive holds a special file: {name}")
            if info.flag_bits & 0x1:
                raise Refused(f"the archive holds an encrypted file: {name}")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Refused(f"{name} uses an unsupported compression method")
            if name.casefold() in folded:
                raise Refused(f"the archive holds {name} twice")
            folded.add(name.casefold())
            if info.is_dir():
                if info.file_size or not (name == BUNDLE_PREFIX or name.startswith(BUNDLE_PREFIX)):
                    raise Refused(f"unexpected folder in the archive: {name}")
                continue
            if info.file_size > limits.max_file_bytes:
                raise Refused(
                    f"{name} is too large ({_mib(info.file_size)}; "
                    f"at most {_mib(limits.max_file_bytes)} a file)"
                )
            if (
                info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise Refused(
                    f"{name} would expand {info.file_size // max(info.compress_size, 1)} times "
                    f"(at most {limits.max_ratio}): refused as a zip bomb"
                )
            total += info.file_size
            if total > limits.max_total_bytes:
                raise Refused(
                    f"the archive would unpack to more than {_mib(limits.max_total_bytes)}"
                )
            self._members[name] = info

    # --- step 2: the signature over the manifest ---

    def verify_signature(self, keys: Sequence[minisign.PublicKey]) -> SignedManifest:
        if not keys:
            raise Refused("no trusted public key is configured, so no bundle can be accepted")
        for required in (MANIFEST_NAME, SIGNATURE_NAME):
            if required not in self._members:
                what = "not signed" if required == SIGNATURE_NAME else "not a kiosk bundle"
                raise Refused(f"the archive has no {required}: {what}")
        manifest_bytes = self._read(MANIFEST_NAME, self._limits.max_manifest_bytes)
        signature_bytes = self._read(SIGNATURE_NAME, self._limits.max_signature_bytes)
        try:
            signature_text = signature_bytes.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(f"{SIGNATURE_NAME} is not a minisign signature") from None
        try:
            verified = minisign.verify(manifest_bytes, signature_text, keys)
        except minisign.MinisignError as exc:
            raise Refused(f"bad signature: {exc}") from None
        manifest = Manifest.from_bytes(manifest_bytes)
        return SignedManifest(
            manifest,
            hashlib.sha256(manifest_bytes).hexdigest(),
            verified.key,
            verified.trusted_comment,
            verified.prehashed,
        )

    # --- step 3: the members against the manifest, then every byte ---

    def check_files(
        self,
        manifest: Manifest,
        *,
        extract_to: Path | None = None,
        after_file: Callable[[], None] | None = None,
    ) -> None:
        """Raise Refused unless the archive holds exactly the signed files with
        their signed contents; with `extract_to`, also write them there."""
        listed = {BUNDLE_PREFIX + f.path: f for f in manifest.files}
        present = set(self._members) - {MANIFEST_NAME, SIGNATURE_NAME}
        extra = sorted(present - set(listed))
        if extra:
            raise Refused(f"a file not in the signed manifest was added: {extra[0]}")
        missing = sorted(set(listed) - present)
        if missing:
            raise Refused(f"a file in the signed manifest is missing: {missing[0]}")
        for name, entry in sorted(listed.items()):
            if self._members[name].file_size != entry.size:
                raise Refused(f"{entry.path} has a different size than the signed manifest says")
        for name, entry in sorted(listed.items()):
            if extract_to is None:
                self._check_one(name, entry, None)
            else:
                target = _safe_target(extract_to, entry.path)
                target.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
                with os.fdopen(fd, "wb") as out:
                    self._check_one(name, entry, out.write)
                    out.flush()
                    os.fsync(out.fileno())
            if after_file is not None:
                after_file()

    def _check_one(
        self, name: str, entry: FileEntry, write: Callable[[bytes], object] | None
    ) -> None:
        digest = hashlib.sha256()
        size = 0
        for chunk in self._chunks(name, entry.size):
            digest.update(chunk)
            size += len(chunk)
            if write is not None:
                write(chunk)
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise Refused(
                f"{entry.path} does not match the signed manifest: "
                "it was changed after signing or damaged in transit"
            )

    def _read(self, name: str, cap: int) -> bytes:
        if self._members[name].file_size > cap:
            raise Refused(f"{name} is too large")
        return b"".join(self._chunks(name, cap))

    def _chunks(self, name: str, cap: int) -> Iterator[bytes]:
        """The member's bytes, never more than `cap`, whatever its header claims."""
        read = 0
        try:
            with self._zip.open(self._members[name]) as src:
                while chunk := src.read(_CHUNK):
                    read += len(chunk)
                    if read > cap:
                        raise Refused(f"{name} holds more data than its size says")
                    yield chunk
        except (*_DAMAGED, ValueError, RuntimeError) as exc:
            raise Refused(
                f"{name} is damaged in the archive ({exc}); copy the file again"
            ) from None
        except OSError as exc:  # a USB stick pulled out while reading, say
            raise Refused(f"the file could not be read ({exc.strerror}); copy it again") from None


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _safe_target(root: Path, rel: str) -> Path:
    """Where `rel` goes under `root`. Names were checked already; this is the
    last guard that nothing lands outside the folder."""
    real_root = root.resolve()
    target = real_root / rel
    resolved = target.resolve()
    if resolved == real_root or not resolved.is_relative_to(real_root):
        raise Refused(f"unsafe path in the archive: {rel!r}")
    return target


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"
