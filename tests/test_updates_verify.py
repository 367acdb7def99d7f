"""A .kbundle is hostile until proven otherwise: every way to change, forge,
truncate or weaponise one is refused with a reason, before anything is
unpacked where it could do harm."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
import zlib
from pathlib import Path

import pytest
from update_helpers import (
    SAMPLE,
    Keys,
    build_kbundle,
    folder_files,
    make_keys,
    member,
    packed,
    rewrite_zip,
)

from kiosk.updates.archive import KBundle
from kiosk.updates.errors import Refused
from kiosk.updates.limits import Limits
from kiosk.updates.minisign import sign


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.fixture
def good(tmp_path: Path, keys: Keys) -> Path:
    return packed(tmp_path, keys, 2)


def check(path: Path, keys: Keys, limits: Limits | None = None) -> None:
    """What `kiosk verify` does; raises Refused."""
    with KBundle.open(path, *(() if limits is None else (limits,))) as kb:
        kb.check_files(kb.verify_signature([keys.public]).manifest)


def refused(path: Path, keys: Keys, limits: Limits | None = None) -> str:
    with pytest.raises(Refused) as info:
        check(path, keys, limits)
    reason = info.value.reason
    assert "\n" not in reason
    return reason


def test_the_untouched_bundle_passes(good: Path, keys: Keys) -> None:
    check(good, keys)


def test_changed_bytes_in_a_file(tmp_path: Path, good: Path, keys: Keys) -> None:
    name = "bundle/resources/national-trafficking-hotline.yaml"
    original = member(good, name)
    forged = original.replace(b"1-888-373-7888", b"1-888-373-7887")
    assert forged != original
    out = rewrite_zip(good, tmp_path / "forged.kbundle", replace={name: forged})
    assert "national-trafficking-hotline.yaml does not match the signed manifest" in refused(
        out, keys
    )


def test_a_flipped_bit_anywhere_in_the_file(tmp_path: Path, good: Path, keys: Keys) -> None:
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("bundle/resources/lifeline-988.yaml")
    data[info.header_offset + 30 + len(info.filename) + 10] ^= 0x01  # inside its data
    out = tmp_path / "flipped.kbundle"
    out.write_bytes(bytes(data))
    assert "lifeline-988.yaml" in refused(out, keys)


def test_changed_manifest(tmp_path: Path, good: Path, keys: Keys) -> None:
    manifest = json.loads(member(good, "manifest.json"))
    manifest["bundle"]["version"] = 99
    out = rewrite_zip(
        good, tmp_path / "m.kbundle", replace={"manifest.json": json.dumps(manifest).encode()}
    )
    assert "bad signature" in refused(out, keys)


def test_manifest_and_file_changed_together(tmp_path: Path, good: Path, keys: Keys) -> None:
    """The forger updates the hash in the manifest too: the signature catches it."""
    name = "resources/lifeline-988.yaml"
    forged = member(good, "bundle/" + name) + b"\n# changed\n"
    manifest = json.loads(member(good, "manifest.json"))
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["sha256"] = hashlib.sha256(forged).hexdigest()
            entry["size"] = len(forged)
    out = rewrite_zip(
        good,
        tmp_path / "both.kbundle",
        replace={"manifest.json": json.dumps(manifest).encode(), "bundle/" + name: forged},
    )
    assert "bad signature" in refused(out, keys)


def test_wrong_key(tmp_path: Path, good: Path) -> None:
    other = make_keys(tmp_path / "other")
    assert "not a trusted key" in refused(good, other)


def test_signature_from_the_right_key_over_another_manifest(
    tmp_path: Path, good: Path, keys: Keys
) -> None:
    other_sig = sign(b"{}", keys.secret, trusted_comment="c")
    out = rewrite_zip(
        good, tmp_path / "s.kbundle", replace={"manifest.json.minisig": other_sig.encode()}
    )
    assert "bad signature" in refused(out, keys)


def test_no_signature(tmp_path: Path, good: Path, keys: Keys) -> None:
    out = rewrite_zip(good, tmp_path / "u.kbundle", drop=["manifest.json.minisig"])
    assert "not signed" in refused(out, keys)


def test_no_trusted_key_configured(good: Path) -> None:
    with KBundle.open(good) as kb, pytest.raises(Refused, match="no trusted public key"):
        kb.verify_signature([])


@pytest.mark.parametrize("keep", [0, 22, 1000, -22, -1])
def test_truncated_archive(tmp_path: Path, good: Path, keys: Keys, keep: int) -> None:
    data = good.read_bytes()
    out = tmp_path / "short.kbundle"
    out.write_bytes(data[:keep])
    assert "damaged or incomplete" in refused(out, keys)


def test_not_a_zip_at_all(tmp_path: Path, keys: Keys) -> None:
    out = tmp_path / "photo.kbundle"
    out.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    assert "damaged or incomplete" in refused(out, keys)


def test_extra_file(tmp_path: Path, good: Path, keys: Keys) -> None:
    out = rewrite_zip(
        good, tmp_path / "extra.kbundle", add={"bundle/resources/fake.yaml": b"id: fake\n"}
    )
    assert "not in the signed manifest was added: bundle/resources/fake.yaml" in refused(out, keys)


def test_missing_file(tmp_path: Path, good: Path, keys: Keys) -> None:
    out = rewrite_zip(good, tmp_path / "gone.kbundle", drop=["bundle/resources/lifeline-988.yaml"])
    assert "missing: bundle/resources/lifeline-988.yaml" in refused(out, keys)


def test_same_name_twice(tmp_path: Path, good: Path, keys: Keys) -> None:
    name = "bundle/resources/lifeline-988.yaml"
    with pytest.warns(UserWarning, match="Duplicate name"):
        out = rewrite_zip(good, tmp_path / "twice.kbundle", add={name: b"id: other\n"})
    assert "twice" in refused(out, keys)


# --- zip-slip -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../evil.yaml",
        "bundle/../../evil.yaml",
        "/tmp/evil.yaml",
        "bundle\\..\\..\\evil.yaml",
        "C:/evil.yaml",
        "C:evil.yaml",
        "bundle/./resources/evil.yaml",
        "bundle//evil.yaml",
        "bundle/.hidden.yaml",
    ],
)
def test_unsafe_member_names(tmp_path: Path, keys: Keys, name: str) -> None:
    files = folder_files(SAMPLE)
    out = build_kbundle(tmp_path / "slip.kbundle", files, keys, extra=[(name, b"id: evil\n")])
    assert "unsafe path" in refused(out, keys)


def test_name_with_a_nul_byte(tmp_path: Path, keys: Keys) -> None:
    files = folder_files(SAMPLE)
    out = build_kbundle(tmp_path / "nul.kbundle", files, keys, extra=[("bundle/aXb.yaml", b"x")])
    out.write_bytes(out.read_bytes().replace(b"bundle/aXb.yaml", b"bundle/a\0b.yaml"))
    assert "unsafe path" in refused(out, keys)


def test_symlink_member(tmp_path: Path, keys: Keys) -> None:
    link = zipfile.ZipInfo("bundle/resources/link.yaml")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    files = folder_files(SAMPLE)
    out = build_kbundle(tmp_path / "link.kbundle", files, keys, extra=[(link, b"/etc/passwd")])
    assert "symbolic link" in refused(out, keys)


def test_signed_manifest_with_an_unsafe_path(tmp_path: Path, keys: Keys) -> None:
    """Even the editor's own signature cannot vouch for an escaping path."""
    files = folder_files(SAMPLE)
    files["../../outside.yaml"] = b"id: outside\n"
    out = build_kbundle(tmp_path / "signed-slip.kbundle", files, keys)
    assert "unsafe path" in refused(out, keys)


# --- zip bombs ----------------------------------------------------------------


def test_zip_bomb_by_compression_ratio(tmp_path: Path, keys: Keys) -> None:
    files = folder_files(SAMPLE)
    files["resources/bomb.yaml"] = bytes(8 * 2**20)  # 8 MiB of zeros: ~8 KiB deflated
    out = build_kbundle(tmp_path / "bomb.kbundle", files, keys)
    assert out.stat().st_size < 200_000
    assert "zip bomb" in refused(out, keys)


def test_file_larger_than_the_limit(tmp_path: Path, keys: Keys) -> None:
    files = folder_files(SAMPLE)
    files["resources/huge.yaml"] = bytes(17 * 2**20)
    out = build_kbundle(tmp_path / "huge.kbundle", files, keys)
    assert "too large" in refused(out, keys)


def test_total_size_limit(tmp_path: Path, good: Path, keys: Keys) -> None:
    with zipfile.ZipFile(good) as zf:
        total = sum(i.file_size for i in zf.infolist())
    assert "would unpack to more than" in refused(good, keys, Limits(max_total_bytes=total - 1))
    check(good, keys, Limits(max_total_bytes=total))


def test_too_many_entries(tmp_path: Path, good: Path, keys: Keys) -> None:
    with zipfile.ZipFile(good) as zf:
        count = len(zf.infolist())
    assert "entries" in refused(good, keys, Limits(max_entries=count - 1))


def test_header_that_lies_about_the_size(tmp_path: Path, keys: Keys) -> None:
    """A member that claims to be small but inflates to megabytes: reading
    stops at the claimed size and the archive is refused."""
    files = folder_files(SAMPLE)
    files["resources/liar.yaml"] = b"a" * 100
    out = build_kbundle(tmp_path / "liar.kbundle", files, keys)
    # Swap the member's data for 4 MiB of deflated zeros, keeping the header's sizes.
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo("bundle/resources/liar.yaml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = compressor.compress(bytes(4 * 2**20)) + compressor.flush()
    bomb = bomb[: info.compress_size]  # keep every offset in the file valid
    data[start : start + len(bomb)] = bomb
    out.write_bytes(bytes(data))
    reason = refused(out, keys)
    assert "liar.yaml" in reason


def test_archive_file_too_large(tmp_path: Path, good: Path, keys: Keys) -> None:
    assert "too large" in refused(good, keys, Limits(max_archive_bytes=1000))
