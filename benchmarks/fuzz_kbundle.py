"""Coverage-guided fuzzing of the .kbundle reader and installer (`kiosk.updates.install`).

A content folder holds version 1 of a small bundle (the sample's bundle.yaml,
one topic, one resource). Each input becomes a .kbundle and is installed
there. The input's first byte picks how:

  0  the whole archive, raw bytes (seed: a well-packed, signed version 2);
  1  the manifest, which is then signed with the trusted key, plus the
     bundle's files: reaches the manifest parser and the member checks;
  2  the signature file, over the real manifest;
  3  the members: records "name\\x01content" split by \\x02, listed in a
     manifest that is signed (a name starting with "!" goes to the archive's
     root, unlisted): reaches zip-slip, case-folding, extraction, validation;
  4  zip header fields (mode bits, flags, creator system, compression) of
     one member of an otherwise good archive.

The promises checked for every input: install returns or raises Refused,
nothing else; after a refusal the installed version 1 is still current and
loads, and staging/ is empty; after an install the current bundle loads and
is what install said; nothing is ever written outside the content folder.

    python benchmarks/fuzz_kbundle.py --minutes 10
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import struct
import sys
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_harness import BugLog, Target, main
from fuzz_loader import MINI

TODAY = date(2026, 12, 6)  # the day the shipped sample was last checked
CREATED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
SEED_KEY_HEX = "4b" * 32  # a fixed Ed25519 seed: the corpus stays signed across runs
MODES = 5
RECORD, FIELD = b"\x02", b"\x01"
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def mini_files(version: int) -> dict[str, bytes]:
    files = {rel: source.read_bytes() for rel, source in MINI.items()}
    files["bundle.yaml"] = files["bundle.yaml"].replace(
        b"\nversion: 1\n", f"\nversion: {version}\n".encode()
    )
    return files


@functools.cache
def secret_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.updates import minisign

    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(SEED_KEY_HEX))
    return minisign.SecretKey(key_id=b"fuzzkey1", key=private)


def manifest_for(files: dict[str, bytes], version: int = 2) -> bytes:
    from kiosk.updates.manifest import FileEntry, Manifest

    entries = tuple(
        FileEntry(path, hashlib.sha256(data).hexdigest(), len(data))
        for path, data in sorted(files.items())
    )
    return Manifest(
        "ofallon-mo-sample", version, CREATED.strftime("%Y-%m-%dT%H:%M:%SZ"), entries
    ).to_bytes()


def sign(manifest: bytes) -> bytes:
    from kiosk.updates import minisign

    return minisign.sign(manifest, secret_key(), trusted_comment="fuzz").encode()


def _member(zf: zipfile.ZipFile, name: str, data: bytes, **attrs: int) -> None:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = attrs.get("compress_type", zipfile.ZIP_DEFLATED)
    info.create_system = attrs.get("create_system", 3)
    info.external_attr = attrs.get("external_attr", 0o100644 << 16)
    info.flag_bits |= attrs.get("flag_bits", 0)
    zf.writestr(info, data)


def write_archive(
    out: Path,
    manifest: bytes,
    signature: bytes | None,
    members: dict[str, bytes],
    loose: dict[str, bytes] | None = None,
    attrs: dict[str, dict[str, int]] | None = None,
) -> None:
    attrs = attrs or {}
    with zipfile.ZipFile(out, "w") as zf:
        _member(zf, "manifest.json", manifest, **attrs.get("manifest.json", {}))
        if signature is not None:
            _member(zf, "manifest.json.minisig", signature, **attrs.get("signature", {}))
        for rel, data in members.items():
            _member(zf, "bundle/" + rel, data, **attrs.get(rel, {}))
        for name, data in (loose or {}).items():
            _member(zf, name, data)


def encode_members(files: dict[str, bytes]) -> bytes:
    return RECORD.join(name.encode() + FIELD + data for name, data in files.items())


def decode_members(data: bytes) -> tuple[dict[str, bytes], dict[str, bytes]]:
    listed: dict[str, bytes] = {}
    loose: dict[str, bytes] = {}
    for record in data.split(RECORD):
        raw_name, _, content = record.partition(FIELD)
        name = raw_name.decode("utf-8", "replace")
        if name.startswith("!"):
            loose[name[1:]] = content
        else:
            listed[name] = content
    return listed, loose


def build(data: bytes, out: Path) -> bool:
    """The .kbundle for one input; False when zipfile itself cannot write it
    (that is the fuzzer's problem, not the kiosk's)."""
    mode, body = (data[0] % MODES, data[1:]) if data else (0, b"")
    files = mini_files(2)
    manifest = manifest_for(files)
    try:
        if mode == 0:
            out.write_bytes(body)
        elif mode == 1:
            write_archive(out, body, sign(body), files)
        elif mode == 2:
            write_archive(out, manifest, body, files)
        elif mode == 3:
            listed, loose = decode_members(body)
            own = manifest_for(listed)
            write_archive(out, own, sign(own), listed, loose)
        else:
            target, attrs = header_fields(body, ["manifest.json", "signature", *files])
            write_archive(out, manifest, sign(manifest), files, attrs={target: attrs})
    except (ValueError, OSError, UnicodeError, zipfile.LargeZipFile, struct.error):
        return False
    return True


def header_fields(body: bytes, names: list[str]) -> tuple[str, dict[str, int]]:
    raw = body.ljust(9, b"\0")
    external, flags = struct.unpack_from("<IH", raw, 1)
    return names[raw[0] % len(names)], {
        "external_attr": external,
        "flag_bits": flags & ~0x8,  # zipfile sets the data-descriptor bit itself
        "create_system": raw[7],
        "compress_type": COMPRESSIONS[raw[8] % len(COMPRESSIONS)],
    }


def seeds() -> Iterable[bytes]:
    import tempfile

    files = mini_files(2)
    manifest = manifest_for(files)
    with tempfile.TemporaryDirectory() as tmp:
        good = Path(tmp) / "good.kbundle"
        write_archive(good, manifest, sign(manifest), files)
        yield bytes([0]) + good.read_bytes()
    yield bytes([1]) + manifest
    yield bytes([2]) + sign(manifest)
    yield bytes([3]) + encode_members(files)
    yield bytes([4]) + bytes(9)
    yield bytes([4, 3]) + struct.pack("<IH", 0o120777 << 16, 1) + bytes([3, 0])


def dictionary() -> Iterable[str]:
    return (
        '"format": "kiosk-bundle/1"', '"bundle"', '"files"', '"path"', '"sha256"', '"size"',
        '"id"', '"version"', '"created"', "2026-11-27T09:30:00Z", "bundle/", "bundle.yaml",
        "topics/", "resources/", "manifest.json", "manifest.json.minisig", "../", "..", "/",
        "\\", "C:", ".hidden", "untrusted comment: ", "trusted comment: ", "RWQ", "RUQ",
        "PK\x03\x04", "PK\x01\x02", "PK\x05\x06", "\x02", "\x01!",
    )  # fmt: skip


def setup(scratch: Path, bugs: BugLog) -> Callable[[bytes], None]:
    from kiosk.updates import Refused, install, load_current_bundle  # instrumented
    from kiosk.updates.pointers import CURRENT, STAGING, read_pointer

    root = scratch / "kbundle"
    root.mkdir()
    template = root / "template"
    key = secret_key()
    first = root / "v1.kbundle"
    v1 = mini_files(1)
    write_archive(first, manifest_for(v1, 1), sign(manifest_for(v1, 1)), v1)
    install(first, template, [key.public()], today=TODAY)
    first.unlink()
    content = root / "content"
    shutil.copytree(template, content)
    archive = root / "input.kbundle"
    expected_root = {"template", "content", "input.kbundle"}

    def one_input(data: bytes) -> None:
        if not build(data, archive):
            return
        try:
            installed = install(archive, content, [key.public()], today=TODAY)
        except Refused:
            installed = None
        except Exception:
            bugs.exception("install raised", data)
            installed = None
        problems = []
        outside = {p.name for p in root.iterdir()} - expected_root
        if outside:
            problems.append(f"written outside the content folder: {sorted(outside)}")
        staging = content / STAGING
        if staging.is_dir() and any(staging.iterdir()):
            problems.append("staging/ not emptied")
        found = load_current_bundle(content, today=TODAY)
        pointer = read_pointer(content, CURRENT)
        if installed is None:
            if found is None or found[1].bundle is None or found[1].bundle.version != 1:
                problems.append("after a refusal the installed version 1 is gone")
        elif found is None or pointer is None:
            problems.append("installed, but nothing current loads")
        elif (found[1].bundle.id, found[1].bundle.version) != (
            installed.bundle_id,
            installed.version,
        ):
            problems.append("installed, but the current bundle is another")
        for problem in problems:
            bugs.record("kbundle", data, problem)
        if installed is not None or problems:
            shutil.rmtree(content, ignore_errors=True)
            shutil.copytree(template, content)
        for stray in set(os.listdir(root)) - expected_root:
            shutil.rmtree(root / stray, ignore_errors=True)
            (root / stray).unlink(missing_ok=True)

    return one_input


TARGET = Target("kbundle", setup, seeds, instrument=("kiosk",), dictionary=dictionary)

if __name__ == "__main__":
    main(TARGET)
