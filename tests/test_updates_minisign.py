"""Keys and signatures in minisign's formats, checked against the format
itself and, where the `minisign` binary is installed, against the real tool."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from update_helpers import make_keys

from kiosk.updates import minisign
from kiosk.updates.minisign import (
    INTERACTIVE_KDF,
    MinisignError,
    PublicKey,
    SecretKey,
    scrypt_parameters,
    sign,
    verify,
)

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")
DATA = b"manifest bytes\n"


def _line(text: str, index: int) -> bytes:
    return base64.b64decode(text.splitlines()[index])


def test_public_key_file_layout() -> None:
    key = SecretKey.generate()
    text = key.public().to_text()
    lines = text.splitlines()
    assert lines[0] == f"untrusted comment: minisign public key {key.public().id_hex}"
    blob = _line(text, 1)
    assert blob[:2] == b"Ed" and blob[2:10] == key.key_id
    assert blob[10:] == key.key.public_key().public_bytes_raw()
    assert PublicKey.from_text(text).key_id == key.key_id
    # The bare base64 string minisign prints for -P works too.
    assert PublicKey.from_text(lines[1]).key_id == key.key_id


def test_signature_is_prehashed_and_covers_the_trusted_comment() -> None:
    key = SecretKey.generate()
    text = sign(DATA, key, trusted_comment="timestamp:1\tfile:manifest.json")
    lines = text.splitlines()
    blob = _line(text, 1)
    assert blob[:2] == b"ED" and blob[2:10] == key.key_id
    # ED = Ed25519 over BLAKE2b-512 of the file.
    key.key.public_key().verify(blob[10:], hashlib.blake2b(DATA, digest_size=64).digest())
    assert lines[2] == "trusted comment: timestamp:1\tfile:manifest.json"
    global_sig = base64.b64decode(lines[3])
    key.key.public_key().verify(global_sig, blob[10:] + b"timestamp:1\tfile:manifest.json")
    result = verify(DATA, text, [key.public()])
    assert result.prehashed and result.trusted_comment == "timestamp:1\tfile:manifest.json"


def test_legacy_signature_is_accepted() -> None:
    key = SecretKey.generate()
    text = sign(DATA, key, trusted_comment="old", prehashed=False)
    assert _line(text, 1)[:2] == b"Ed"
    assert verify(DATA, text, [key.public()]).prehashed is False


def test_changed_data_fails() -> None:
    key = SecretKey.generate()
    text = sign(DATA, key, trusted_comment="c")
    with pytest.raises(MinisignError, match="changed after signing"):
        verify(DATA + b" ", text, [key.public()])


def test_changed_trusted_comment_fails() -> None:
    key = SecretKey.generate()
    text = sign(DATA, key, trusted_comment="version:3")
    forged = text.replace("trusted comment: version:3", "trusted comment: version:9")
    with pytest.raises(MinisignError, match="trusted comment was changed"):
        verify(DATA, forged, [key.public()])


def test_untrusted_key_fails() -> None:
    signer, other = SecretKey.generate(), SecretKey.generate()
    text = sign(DATA, signer, trusted_comment="c")
    with pytest.raises(MinisignError, match="not a trusted key"):
        verify(DATA, text, [other.public()])
    # A key that claims the signer's id but is another key still fails.
    impostor = PublicKey(signer.key_id, other.key.public_key())
    with pytest.raises(MinisignError, match="does not match"):
        verify(DATA, text, [impostor])
    # Any one of several trusted keys will do.
    assert verify(DATA, text, [other.public(), signer.public()]).key.key_id == signer.key_id


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: "",
        lambda t: "\n".join(t.splitlines()[:3]),
        lambda t: t.replace("untrusted comment:", "comment:"),
        lambda t: t.replace("trusted comment: c", "c"),
        lambda t: t.replace(t.splitlines()[1], t.splitlines()[1][:-8]),
        lambda t: t.replace(t.splitlines()[1], "!!" + t.splitlines()[1][2:]),
        lambda t: t + "one more line\n",
    ],
    ids=["empty", "no-global", "no-prefix", "no-trusted", "short", "not-base64", "extra-line"],
)
def test_malformed_signatures_fail_cleanly(damage: Callable[[str], str]) -> None:
    key = SecretKey.generate()
    text = sign(DATA, key, trusted_comment="c")
    with pytest.raises(MinisignError):
        verify(DATA, damage(text), [key.public()])


def test_unprotected_secret_key_round_trip() -> None:
    key = SecretKey.generate()
    text = key.to_text()
    blob = _line(text, 1)
    assert blob[:6] == b"Ed\0\0B2"
    again = SecretKey.from_text(text)
    assert again.key_id == key.key_id
    assert again.key.private_bytes_raw() == key.key.private_bytes_raw()


def test_protected_secret_key_needs_the_right_password() -> None:
    key = SecretKey.generate()
    text = key.to_text("correct horse", kdf_limits=INTERACTIVE_KDF)
    assert _line(text, 1)[:6] == b"EdScB2"
    assert SecretKey.needs_password(text)
    with pytest.raises(MinisignError, match="password"):
        SecretKey.from_text(text)
    with pytest.raises(MinisignError, match="wrong password"):
        SecretKey.from_text(text, lambda: "wrong")
    assert SecretKey.from_text(text, lambda: "correct horse").key_id == key.key_id


def test_damaged_secret_key_is_refused() -> None:
    text = SecretKey.generate().to_text()
    blob = bytearray(_line(text, 1))
    blob[100] ^= 1  # inside the secret key
    damaged = text.splitlines()[0] + "\n" + base64.b64encode(bytes(blob)).decode() + "\n"
    with pytest.raises(MinisignError, match="damaged"):
        SecretKey.from_text(damaged)


def test_scrypt_parameters_match_libsodium() -> None:
    # minisign's default ("sensitive") and libsodium's "interactive" limits.
    assert scrypt_parameters(33554432, 1073741824) == (2**20, 8, 1)
    assert scrypt_parameters(524288, 16777216) == (2**14, 8, 1)


# --- the real minisign tool -------------------------------------------------


def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run(
        [MINISIGN, *args], input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


@needs_minisign
def test_minisign_verifies_our_signature(tmp_path: Path) -> None:
    keys = make_keys(tmp_path)
    data = tmp_path / "manifest.json"
    data.write_bytes(DATA)
    (tmp_path / "manifest.json.minisig").write_text(
        sign(DATA, keys.secret, trusted_comment="from the kiosk")
    )
    ok = _run(["-Vm", str(data), "-p", str(keys.pub_file)])
    assert ok.returncode == 0, ok.stderr
    assert "Trusted comment: from the kiosk" in ok.stdout
    data.write_bytes(DATA + b"x")
    assert _run(["-Vm", str(data), "-p", str(keys.pub_file)]).returncode != 0


@needs_minisign
@pytest.mark.parametrize("password", [None, "s3cret"])
def test_minisign_signs_with_our_key(tmp_path: Path, password: str | None) -> None:
    key = SecretKey.generate()
    key_file = tmp_path / "kiosk.key"
    key_file.write_text(key.to_text(password, kdf_limits=INTERACTIVE_KDF))
    data = tmp_path / "manifest.json"
    data.write_bytes(DATA)
    signed = _run(
        ["-S", "-s", str(key_file), "-m", str(data), "-t", "by minisign"],
        stdin=f"{password}\n" if password else "",
    )
    assert signed.returncode == 0, signed.stderr
    result = verify(DATA, (tmp_path / "manifest.json.minisig").read_text(), [key.public()])
    assert result.trusted_comment == "by minisign" and result.prehashed


@needs_minisign
def test_minisign_keys_work_here(tmp_path: Path) -> None:
    made = _run(["-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")])
    assert made.returncode == 0, made.stderr
    secret = SecretKey.from_text((tmp_path / "m.key").read_text())
    public = PublicKey.from_file(tmp_path / "m.pub")
    assert secret.public().key_id == public.key_id
    text = minisign.sign(DATA, secret, trusted_comment="by the kiosk")
    assert verify(DATA, text, [public]).trusted_comment == "by the kiosk"
