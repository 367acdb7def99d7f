"""Keys and signatures in minisign's file formats (https://jedisct1.github.io/minisign/).

The kiosk reads and writes exactly what the standard `minisign` tool does, so
an editor can sign with either and check with either. The cryptography is
done by libraries: Ed25519 by the `cryptography` package, BLAKE2b and scrypt
by hashlib. This module only lays out bytes.

Public key:  "untrusted comment: ..." line, then
             base64("Ed" + key_id[8] + ed25519_public_key[32])
Secret key:  "untrusted comment: ..." line, then
             base64("Ed" + kdf[2] + "B2" + salt[32] + opslimit[8, LE] + memlimit[8, LE]
                    + key_id[8] + secret[64] + checksum[32])
             kdf "Sc": the last 104 bytes are XORed with scrypt(password, salt) whose
             N, r, p libsodium derives from opslimit/memlimit; kdf 0x0000: stored
             as is (minisign -W). secret = seed[32] + public key[32];
             checksum = BLAKE2b-256("Ed" + key_id + secret).
Signature:   "untrusted comment: ..." line, base64(alg[2] + key_id[8] + sig[64]),
             "trusted comment: ..." line, base64(global_sig[64])
             alg "ED" (minisign's default): sig over BLAKE2b-512 of the file;
             alg "Ed" (legacy): sig over the file itself.
             global_sig is over sig + the trusted comment's text, so the trusted
             comment cannot be changed either.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

SIG_ALG: Final = b"Ed"
SIG_ALG_PREHASHED: Final = b"ED"
KDF_SCRYPT: Final = b"Sc"
KDF_NONE: Final = b"\0\0"
CHECKSUM_ALG: Final = b"B2"
UNTRUSTED_PREFIX: Final = "untrusted comment: "
TRUSTED_PREFIX: Final = "trusted comment: "
MAX_TRUSTED_COMMENT: Final = 8192 - len(TRUSTED_PREFIX) - 1

# minisign's own defaults for a password-protected key (libsodium's
# scryptsalsa208sha256 "sensitive" limits: N=2**20, r=8, p=1, 1 GiB of memory).
SENSITIVE_KDF: Final = (33554432, 1073741824)
# libsodium's "interactive" limits (16 MiB); for tests and slow machines.
INTERACTIVE_KDF: Final = (524288, 16777216)

_PUBLIC_LEN: Final = 2 + 8 + 32
_SECRET_LEN: Final = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32
_SIG_LEN: Final = 2 + 8 + 64
_ENCRYPTED_LEN: Final = 8 + 64 + 32


class MinisignError(ValueError):
    """A key or signature that cannot be used; the message is for a person."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (a little-endian 64-bit number in hex)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: Ed25519PublicKey

    @property
    def id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def to_text(self) -> str:
        blob = SIG_ALG + self.key_id + self.key.public_bytes_raw()
        return f"{UNTRUSTED_PREFIX}minisign public key {self.id_hex}\n{_b64(blob)}\n"

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """A public key file, or the bare base64 line minisign prints for `-P`."""
        lines = [line.rstrip("\r") for line in text.splitlines() if line.strip()]
        if len(lines) >= 2 and lines[0].startswith(UNTRUSTED_PREFIX):
            encoded = lines[1]
        elif len(lines) == 1:
            encoded = lines[0]
        else:
            raise MinisignError("not a minisign public key (expected a comment line and a key)")
        blob = _unb64(encoded.strip(), _PUBLIC_LEN, "public key")
        if blob[:2] != SIG_ALG:
            raise MinisignError("not an Ed25519 minisign public key")
        return cls(blob[2:10], Ed25519PublicKey.from_public_bytes(blob[10:]))

    @classmethod
    def from_file(cls, path: str | Path) -> PublicKey:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MinisignError(f"cannot read the public key {path}: {_why(exc)}") from None
        try:
            return cls.from_text(text)
        except MinisignError as exc:
            raise MinisignError(f"{path}: {exc}") from None


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    key: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(secrets.token_bytes(8), Ed25519PrivateKey.generate())

    def public(self) -> PublicKey:
        return PublicKey(self.key_id, self.key.public_key())

    def _secret_bytes(self) -> bytes:
        return self.key.private_bytes_raw() + self.key.public_key().public_bytes_raw()

    def to_text(
        self,
        password: str | None = None,
        *,
        kdf_limits: tuple[int, int] = SENSITIVE_KDF,
        comment: str = "minisign secret key",
    ) -> str:
        """The secret key file; protected by `password` when one is given."""
        secret = self._secret_bytes()
        checksum = _checksum(self.key_id, secret)
        payload = self.key_id + secret + checksum
        if password is None:
            # As minisign -W writes it: no salt, no limits.
            head = SIG_ALG + KDF_NONE + CHECKSUM_ALG + bytes(32) + bytes(16)
        else:
            salt = secrets.token_bytes(32)
            opslimit, memlimit = kdf_limits
            stream = _kdf_stream(password, salt, opslimit, memlimit)
            payload = bytes(a ^ b for a, b in zip(payload, stream, strict=True))
            head = (
                SIG_ALG
                + KDF_SCRYPT
                + CHECKSUM_ALG
                + salt
                + opslimit.to_bytes(8, "little")
                + memlimit.to_bytes(8, "little")
            )
        return f"{UNTRUSTED_PREFIX}{comment}\n{_b64(head + payload)}\n"

    @classmethod
    def from_text(cls, text: str, password: Callable[[], str] | None = None) -> SecretKey:
        """Read a secret key file; `password` is asked for only if the key has one."""
        lines = [line.rstrip("\r") for line in text.splitlines()]
        if len(lines) < 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
            raise MinisignError("not a minisign secret key (expected a comment line and a key)")
        blob = _unb64(lines[1].strip(), _SECRET_LEN, "secret key")
        if blob[:2] != SIG_ALG:
            raise MinisignError("not an Ed25519 minisign secret key")
        if blob[4:6] != CHECKSUM_ALG:
            raise MinisignError("unsupported checksum in the secret key")
        kdf, salt = blob[2:4], blob[6:38]
        opslimit = int.from_bytes(blob[38:46], "little")
        memlimit = int.from_bytes(blob[46:54], "little")
        payload = blob[54:]
        if kdf == KDF_SCRYPT:
            if password is None:
                raise MinisignError("this secret key is protected by a password")
            stream = _kdf_stream(password(), salt, opslimit, memlimit)
            payload = bytes(a ^ b for a, b in zip(payload, stream, strict=True))
        elif kdf != KDF_NONE:
            raise MinisignError("unsupported password protection in the secret key")
        key_id, secret, checksum = payload[:8], payload[8:72], payload[72:]
        # minisign leaves the checksum of an unprotected key at zero.
        unchecked = kdf == KDF_NONE and checksum == bytes(32)
        if not unchecked and not secrets.compare_digest(checksum, _checksum(key_id, secret)):
            if kdf == KDF_SCRYPT:
                raise MinisignError("wrong password for this secret key")
            raise MinisignError("the secret key is damaged (its checksum does not match)")
        key = Ed25519PrivateKey.from_private_bytes(secret[:32])
        if key.public_key().public_bytes_raw() != secret[32:]:
            raise MinisignError("the secret key is damaged (its two halves do not match)")
        return cls(key_id, key)

    @staticmethod
    def needs_password(text: str) -> bool:
        lines = text.splitlines()
        if len(lines) < 2:
            return False
        try:
            blob = base64.b64decode(lines[1].strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        return blob[2:4] == KDF_SCRYPT


@dataclass(frozen=True)
class Verified:
    key: PublicKey
    trusted_comment: str
    prehashed: bool


def sign(
    data: bytes,
    key: SecretKey,
    *,
    trusted_comment: str,
    untrusted_comment: str | None = None,
    prehashed: bool = True,
) -> str:
    """A .minisig file's text for `data`, as `minisign -S` writes it."""
    if any(c in trusted_comment for c in "\r\n") or len(trusted_comment) > MAX_TRUSTED_COMMENT:
        raise MinisignError("the trusted comment must be one line of at most 8 KiB")
    alg = SIG_ALG_PREHASHED if prehashed else SIG_ALG
    message = _blake2b_512(data) if prehashed else data
    signature = key.key.sign(message)
    global_signature = key.key.sign(signature + trusted_comment.encode("utf-8"))
    untrusted = untrusted_comment or f"signature from minisign secret key {key_id_hex(key.key_id)}"
    return (
        f"{UNTRUSTED_PREFIX}{untrusted}\n"
        f"{_b64(alg + key.key_id + signature)}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n"
        f"{_b64(global_signature)}\n"
    )


def verify(data: bytes, signature_text: str, keys: Sequence[PublicKey]) -> Verified:
    """Check a .minisig over `data` against any of `keys`; raise MinisignError if it fails."""
    lines = [line.rstrip("\r") for line in signature_text.split("\n")]
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED_PREFIX):
        raise MinisignError("the signature file is not in minisign's format")
    if not lines[2].startswith(TRUSTED_PREFIX):
        raise MinisignError("the signature has no trusted comment line")
    if any(line.strip() for line in lines[4:]):
        raise MinisignError("the signature file has extra lines")
    blob = _unb64(lines[1].strip(), _SIG_LEN, "signature")
    alg, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if alg not in (SIG_ALG, SIG_ALG_PREHASHED):
        raise MinisignError("unsupported signature algorithm")
    trusted_comment = lines[2][len(TRUSTED_PREFIX) :]
    if any(ord(c) < 32 and c != "\t" for c in trusted_comment):
        raise MinisignError("the trusted comment has unprintable characters")
    global_signature = _unb64(lines[3].strip(), 64, "global signature")
    candidates = [k for k in keys if k.key_id == key_id]
    if not candidates:
        raise MinisignError(f"signed with key {key_id_hex(key_id)}, which is not a trusted key")
    prehashed = alg == SIG_ALG_PREHASHED
    message = _blake2b_512(data) if prehashed else data
    comment_bytes = trusted_comment.encode("utf-8")
    for candidate in candidates:
        try:
            candidate.key.verify(signature, message)
        except InvalidSignature:
            continue
        try:
            candidate.key.verify(global_signature, signature + comment_bytes)
        except InvalidSignature:
            raise MinisignError("the trusted comment was changed after signing") from None
        return Verified(candidate, trusted_comment, prehashed)
    raise MinisignError(
        f"the signature does not match the signed file (key {key_id_hex(key_id)}): "
        "the file was changed after signing"
    )


def scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """scrypt's N, r, p from libsodium's opslimit/memlimit, the way libsodium's
    crypto_pwhash_scryptsalsa208sha256 picks them (so minisign's keys open here)."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if not opslimit < memlimit // 32:
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _kdf_stream(password: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    n, r, p = scrypt_parameters(opslimit, memlimit)
    needed = 128 * r * (n + p + 2)
    if p < 1 or needed > 2**31 - 2**20:
        raise MinisignError("the secret key's password settings need more memory than allowed")
    try:
        return hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=needed + 2**20,
            dklen=_ENCRYPTED_LEN,
        )
    except (ValueError, MemoryError) as exc:
        raise MinisignError(f"cannot derive the key from the password: {exc}") from None


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(SIG_ALG + key_id + secret, digest_size=32).digest()


def _blake2b_512(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, length: int, what: str) -> bytes:
    try:
        blob = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"the {what} is not valid base64") from None
    if len(blob) != length:
        raise MinisignError(f"the {what} has the wrong length")
    return blob


def _why(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return "not a text file"
