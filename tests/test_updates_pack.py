"""`kiosk keygen`, `kiosk pack` and `kiosk verify`, on the sample bundle and
real key files, through the real command line."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from update_helpers import (
    CREATED,
    REPO,
    SAMPLE_ID,
    TODAY,
    make_keys,
    member,
    packed,
    sample_bundle,
)

from kiosk.cli import main
from kiosk.updates.archive import KBundle
from kiosk.updates.manifest import Manifest
from kiosk.updates.minisign import INTERACTIVE_KDF, PublicKey, SecretKey
from kiosk.updates.pack import PackError, pack

MINISIGN = shutil.which("minisign")


def test_keygen_writes_a_private_secret_key_and_a_public_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "keys"
    assert main(["keygen", "--out", str(out)]) == 0
    secret_file, public_file = out / "kiosk.key", out / "kiosk.pub"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    secret = SecretKey.from_text(secret_file.read_text())
    public = PublicKey.from_file(public_file)
    assert secret.public().key_id == public.key_id
    assert "NOT password-protected" in capsys.readouterr().out
    # Never overwrites a key by accident.
    assert main(["keygen", "--out", str(out)]) == 1
    assert PublicKey.from_file(public_file).key_id == public.key_id


def test_keygen_with_password_reads_it_from_a_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("hunter2\n"))
    # minisign's 1 GiB setting is for real keys; the format is the same.
    monkeypatch.setattr("kiosk.updates.commands.KEYGEN_KDF", INTERACTIVE_KDF)
    assert main(["keygen", "--out", str(tmp_path), "--password"]) == 0
    text = (tmp_path / "kiosk.key").read_text()
    assert SecretKey.needs_password(text)
    assert SecretKey.from_text(text, lambda: "hunter2")


def test_pack_layout_and_manifest(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path, keys, 2)
    with zipfile.ZipFile(kbundle) as zf:
        names = zf.namelist()
        infos = zf.infolist()
    assert names[:2] == ["manifest.json", "manifest.json.minisig"]
    assert names[2:] == sorted(names[2:])
    assert all(n.startswith("bundle/") for n in names[2:])
    assert not any(n.startswith("/") or ".." in n for n in names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}

    manifest = json.loads(member(kbundle, "manifest.json"))
    assert manifest["bundle"] == {"id": SAMPLE_ID, "version": 2}
    assert manifest["created"] == "2026-11-27T09:30:00Z"
    listed = {f["path"]: f for f in manifest["files"]}
    source = tmp_path / "src" / "sample-v2"
    on_disk = {p.relative_to(source).as_posix() for p in source.rglob("*.yaml") if p.is_file()}
    assert set(listed) == on_disk
    for path, entry in listed.items():
        data = (source / path).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["size"] == len(data)
        assert member(kbundle, "bundle/" + path) == data


def test_pack_is_deterministic(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "keys")
    folder = sample_bundle(tmp_path, 3)
    a, b = tmp_path / "a.kbundle", tmp_path / "b.kbundle"
    pack(folder, a, key=keys.secret, created=CREATED, today=TODAY)
    pack(folder, b, key=keys.secret, created=CREATED, today=TODAY)
    assert a.read_bytes() == b.read_bytes()


def test_pack_leaves_out_what_the_kiosk_does_not_read(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "keys")
    folder = sample_bundle(tmp_path, 2)
    (folder / "NOTES.txt").write_text("call Maria about the clinic hours\n")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref\n")
    (folder / "resources" / "draft.txt").write_text("todo\n")
    result = pack(folder, tmp_path / "out.kbundle", key=keys.secret, today=TODAY)
    # SOURCES.md is the sample's list of sources: for editors, not for kiosks.
    assert result.skipped == ["NOTES.txt", "SOURCES.md", "resources/draft.txt"]
    with zipfile.ZipFile(tmp_path / "out.kbundle") as zf:
        names = zf.namelist()
    assert not any("NOTES" in n or ".git" in n or "draft" in n or "SOURCES" in n for n in names)


def test_an_invalid_bundle_is_not_packed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = make_keys(tmp_path / "keys")
    folder = sample_bundle(tmp_path, 2)
    yaml = folder / "bundle.yaml"
    yaml.write_text(yaml.read_text().replace("default_language: en", "default_language: 7"))
    out = tmp_path / "bad.kbundle"
    code = main(["pack", str(folder), "--key", str(keys.key_file), "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert "bundle.yaml:" in captured.out and "error" in captured.out
    assert "not packed" in captured.err
    assert not out.exists()
    assert list(tmp_path.glob(".*partial")) == []
    with pytest.raises(PackError):
        pack(folder, out, key=keys.secret, today=TODAY)


def test_pack_and_verify_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = make_keys(tmp_path / "keys")
    folder = sample_bundle(tmp_path, 4)
    out = tmp_path / "sample-4.kbundle"
    assert main(["pack", str(folder), "--key", str(keys.key_file), "-o", str(out)]) == 0
    assert "version 4" in capsys.readouterr().out
    assert main(["verify", str(out), "--pubkey", str(keys.pub_file)]) == 0
    assert f"ok: '{SAMPLE_ID}' version 4" in capsys.readouterr().out

    other = make_keys(tmp_path / "other")
    assert main(["verify", str(out), "--pubkey", str(other.pub_file)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not a trusted key" in err
    # Several --pubkey options: any one of them may have signed it.
    assert (
        main(["verify", str(out), "--pubkey", str(other.pub_file), "--pubkey", str(keys.pub_file)])
        == 0
    )


def test_pack_with_a_password_protected_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = SecretKey.generate()
    key_file = tmp_path / "kiosk.key"
    key_file.write_text(secret.to_text("pw", kdf_limits=INTERACTIVE_KDF))
    folder = sample_bundle(tmp_path, 2)
    out = tmp_path / "out.kbundle"
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong\n"))
    assert main(["pack", str(folder), "--key", str(key_file), "-o", str(out)]) == 1
    assert not out.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert main(["pack", str(folder), "--key", str(key_file), "-o", str(out)]) == 0
    with KBundle.open(out) as kb:
        kb.check_files(kb.verify_signature([secret.public()]).manifest)


def test_verify_exit_codes_from_a_real_process(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path, keys, 2)
    damaged = tmp_path / "damaged.kbundle"
    damaged.write_bytes(kbundle.read_bytes()[:-100])

    def run(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "verify", str(path), "--pubkey", str(keys.pub_file)],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    good, bad = run(kbundle), run(damaged)
    assert good.returncode == 0, good.stderr
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "damaged or incomplete" in bad.stderr
    assert "Traceback" not in bad.stderr


# --- the minisign tool, both ways -------------------------------------------

needs_tools = pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")


@needs_tools
def test_minisign_verifies_a_packed_bundle(tmp_path: Path) -> None:
    """docs/editor-guide.md: check a .kbundle with the standard tool."""
    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path, keys, 2)
    work = tmp_path / "check"
    work.mkdir()
    with zipfile.ZipFile(kbundle) as zf:
        zf.extract("manifest.json", work)
        zf.extract("manifest.json.minisig", work)
    assert MINISIGN is not None
    ok = subprocess.run(
        [MINISIGN, "-Vm", "manifest.json", "-p", str(keys.pub_file)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert f"bundle:{SAMPLE_ID}\tversion:2" in ok.stdout


@needs_tools
def test_a_bundle_signed_with_the_minisign_tool_installs(tmp_path: Path) -> None:
    """docs/editor-guide.md: pack --unsigned, sign manifest.json with minisign,
    put the signature into the archive, and the kiosk accepts it."""
    assert MINISIGN is not None
    made = subprocess.run(
        [MINISIGN, "-G", "-W", "-p", "editor.pub", "-s", "editor.key"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    folder = sample_bundle(tmp_path, 5)
    kbundle = tmp_path / "sample-5.kbundle"
    assert main(["pack", str(folder), "--unsigned", "-o", str(kbundle)]) == 0
    assert main(["verify", str(kbundle), "--pubkey", str(tmp_path / "editor.pub")]) == 1

    (tmp_path / "manifest.json").write_bytes(member(kbundle, "manifest.json"))
    signed = subprocess.run(
        [MINISIGN, "-Sm", "manifest.json", "-s", "editor.key"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert signed.returncode == 0, signed.stderr
    # What `zip -j sample-5.kbundle manifest.json.minisig` does.
    with zipfile.ZipFile(kbundle, "a") as zf:
        zf.write(tmp_path / "manifest.json.minisig", "manifest.json.minisig")

    assert main(["verify", str(kbundle), "--pubkey", str(tmp_path / "editor.pub")]) == 0
    content = tmp_path / "content"
    assert (
        main(
            [
                "install",
                str(kbundle),
                "--content-dir",
                str(content),
                "--pubkey",
                str(tmp_path / "editor.pub"),
            ]
        )
        == 0
    )
    assert Manifest.from_bytes(member(kbundle, "manifest.json")).version == 5
