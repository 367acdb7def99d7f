"""Installing, refusing, rolling back and reporting, on a real content folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from update_helpers import (
    CREATED,
    REPO,
    SAMPLE,
    SAMPLE_ID,
    TODAY,
    Keys,
    build_kbundle,
    folder_files,
    make_keys,
    packed,
)

from kiosk.cli import main
from kiosk.content import load_bundle
from kiosk.updates import (
    Refused,
    current_bundle_path,
    install,
    load_current_bundle,
    rollback,
)
from kiosk.updates.fsutil import install_lock
from kiosk.updates.installer import InstallBusy, Installed
from kiosk.updates.status import read_status, status_report


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return tmp_path / "content"


def shown(content: Path) -> tuple[str, int]:
    """What the kiosk would show: the bundle at current_bundle_path, loaded."""
    path = current_bundle_path(content)
    assert path is not None
    result = load_bundle(path, today=TODAY)
    assert result.bundle is not None, result.findings
    return result.bundle.id, result.bundle.version


def do_install(
    kbundle: Path, content: Path, keys: Keys, *, allow_new_id: bool = False
) -> Installed:
    return install(kbundle, content, [keys.public], today=TODAY, allow_new_id=allow_new_id)


def refusal(kbundle: Path, content: Path, keys: Keys) -> str:
    with pytest.raises(Refused) as info:
        do_install(kbundle, content, keys)
    reason = info.value.reason
    recorded = read_status(content)["last_refusal"]
    assert recorded["reason"] == reason and recorded["file"] == kbundle.name
    return reason


def test_first_install_then_update(tmp_path: Path, content: Path, keys: Keys) -> None:
    assert current_bundle_path(content) is None
    done = do_install(packed(tmp_path, keys, 1), content, keys)
    assert (done.bundle_id, done.version, done.already) == (SAMPLE_ID, 1, None)
    assert shown(content) == (SAMPLE_ID, 1)
    do_install(packed(tmp_path, keys, 2), content, keys)
    assert shown(content) == (SAMPLE_ID, 2)
    report = status_report(content)
    assert report["previous"]["version"] == 1
    assert report["last_install"]["version"] == 2
    # Installed files are exactly the signed ones.
    current = current_bundle_path(content)
    assert current is not None
    source = folder_files(tmp_path / "src" / "sample-v2")
    assert source.pop("SOURCES.md")  # the editor's list of sources is not packed
    assert folder_files(current) == source


def test_only_current_and_previous_are_kept(tmp_path: Path, content: Path, keys: Keys) -> None:
    for version in (1, 2, 3, 4):
        do_install(packed(tmp_path, keys, version), content, keys)
    kept = sorted(p.name for p in (content / "versions").iterdir())
    assert kept == [
        f"{SAMPLE_ID}-3",
        f"{SAMPLE_ID}-3.compiled.json",
        f"{SAMPLE_ID}-4",
        f"{SAMPLE_ID}-4.compiled.json",
    ]
    assert list((content / "staging").iterdir()) == []
    assert not list(content.glob(".*.tmp"))


def test_the_same_file_again_changes_nothing(tmp_path: Path, content: Path, keys: Keys) -> None:
    kbundle = packed(tmp_path, keys, 1)
    do_install(kbundle, content, keys)
    pointer_before = (content / "current").read_bytes()
    again = do_install(kbundle, content, keys)
    assert again.already == "current"
    assert (content / "current").read_bytes() == pointer_before
    assert read_status(content).get("last_refusal") is None


def test_downgrade_is_refused(tmp_path: Path, content: Path, keys: Keys) -> None:
    do_install(packed(tmp_path, keys, 3), content, keys)
    older = packed(tmp_path, keys, 2)
    reason = refusal(older, content, keys)
    assert "version 2" in reason and "not newer than the installed version 3" in reason
    assert shown(content) == (SAMPLE_ID, 3)


def test_same_version_with_other_content_is_refused(
    tmp_path: Path, content: Path, keys: Keys
) -> None:
    do_install(packed(tmp_path, keys, 3), content, keys)

    def edit(folder: Path) -> None:
        hotline = folder / "resources" / "national-trafficking-hotline.yaml"
        hotline.write_text(hotline.read_text().replace("24 hours", "day and night"))

    same_version = packed(tmp_path, keys, 3, name="edited-v3", edit=edit)
    assert "not newer than the installed version 3" in refusal(same_version, content, keys)
    assert shown(content) == (SAMPLE_ID, 3)


def test_another_bundle_id_needs_allow_new_id(tmp_path: Path, content: Path, keys: Keys) -> None:
    do_install(packed(tmp_path, keys, 5), content, keys)

    def rename(folder: Path) -> None:
        yaml = folder / "bundle.yaml"
        yaml.write_text(yaml.read_text().replace(f"id: {SAMPLE_ID}", "id: another-site"))

    other = packed(tmp_path, keys, 1, name="another", edit=rename)
    assert "allow-new-id" in refusal(other, content, keys)
    assert shown(content) == (SAMPLE_ID, 5)
    do_install(other, content, keys, allow_new_id=True)
    assert shown(content) == ("another-site", 1)


def test_invalid_bundle_inside_a_valid_signature(tmp_path: Path, content: Path, keys: Keys) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    files = folder_files(SAMPLE)
    text = files["bundle.yaml"].decode().replace("version: 1", "version: 2")
    files["bundle.yaml"] = text.replace("default_language: en", "default_language: 7").encode()
    bad = build_kbundle(tmp_path / "signed-but-broken.kbundle", files, keys, version=2)
    reason = refusal(bad, content, keys)
    assert reason.startswith("the signed bundle is not valid") and "bundle.yaml:" in reason
    assert shown(content) == (SAMPLE_ID, 1)
    assert list((content / "staging").iterdir()) == []
    assert sorted(p.name for p in (content / "versions").iterdir()) == [
        f"{SAMPLE_ID}-1",
        f"{SAMPLE_ID}-1.compiled.json",
    ]


def test_manifest_that_disagrees_with_bundle_yaml(
    tmp_path: Path, content: Path, keys: Keys
) -> None:
    files = folder_files(SAMPLE)  # bundle.yaml says version 1
    kbundle = build_kbundle(tmp_path / "mismatch.kbundle", files, keys, version=7)
    assert "bundle.yaml says" in refusal(kbundle, content, keys)
    assert current_bundle_path(content) is None


def test_tampered_bundle_leaves_the_current_one(tmp_path: Path, content: Path, keys: Keys) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    good = packed(tmp_path, keys, 2)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "tampered.kbundle").write_bytes(bytes(data))
    refusal(tmp_path / "tampered.kbundle", content, keys)
    assert shown(content) == (SAMPLE_ID, 1)


def test_zip_slip_writes_nothing_outside(tmp_path: Path, content: Path, keys: Keys) -> None:
    files = folder_files(SAMPLE)
    evil = build_kbundle(
        tmp_path / "slip.kbundle",
        files,
        keys,
        version=1,
        extra=[("bundle/../../../escaped.yaml", b"id: escaped\n")],
    )
    assert "unsafe path" in refusal(evil, content, keys)
    assert not list(tmp_path.rglob("escaped.yaml"))
    assert current_bundle_path(content) is None


def test_rollback_switches_current_and_previous(tmp_path: Path, content: Path, keys: Keys) -> None:
    v1, v2 = packed(tmp_path, keys, 1), packed(tmp_path, keys, 2)
    do_install(v1, content, keys)
    do_install(v2, content, keys)
    back = rollback(content)
    assert (back.bundle_id, back.version) == (SAMPLE_ID, 1)
    assert shown(content) == (SAMPLE_ID, 1)
    assert status_report(content)["previous"]["version"] == 2
    assert read_status(content)["last_rollback"]["from_version"] == 2
    # The version rolled back from does not sneak back in from the inbox...
    assert do_install(v2, content, keys).already == "previous"
    assert shown(content) == (SAMPLE_ID, 1)
    # ...but a newer one does, and a second rollback undoes the first.
    rollback(content)
    assert shown(content) == (SAMPLE_ID, 2)


def test_rollback_without_a_previous_bundle(tmp_path: Path, content: Path, keys: Keys) -> None:
    with pytest.raises(Refused, match="no bundle is installed"):
        rollback(content)
    do_install(packed(tmp_path, keys, 1), content, keys)
    with pytest.raises(Refused, match="no previous bundle"):
        rollback(content)
    assert shown(content) == (SAMPLE_ID, 1)


@pytest.mark.parametrize("garbage", [b"", b"{", b'{"dir": "../../etc"}', b"\xff\xfe", b"x" * 9000])
def test_garbled_current_pointer_falls_back_to_previous(
    tmp_path: Path, content: Path, keys: Keys, garbage: bytes
) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    do_install(packed(tmp_path, keys, 2), content, keys)
    (content / "current").write_bytes(garbage)
    assert shown(content) == (SAMPLE_ID, 1)
    (content / "previous").unlink()
    assert current_bundle_path(content) is None


def test_pointer_to_a_missing_folder_falls_back(tmp_path: Path, content: Path, keys: Keys) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    do_install(packed(tmp_path, keys, 2), content, keys)
    (content / "versions" / f"{SAMPLE_ID}-2" / "bundle.yaml").unlink()
    assert shown(content) == (SAMPLE_ID, 1)


def test_load_current_bundle_skips_a_damaged_current(
    tmp_path: Path, content: Path, keys: Keys
) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    do_install(packed(tmp_path, keys, 2), content, keys)
    loaded = load_current_bundle(content, today=TODAY)
    assert loaded is not None and loaded[1].bundle is not None
    assert loaded[1].bundle.version == 2
    topic = next((content / "versions" / f"{SAMPLE_ID}-2" / "topics").iterdir())
    topic.write_text("id: [unclosed\n")
    # The kiosk shows what was checked at install (the compiled form); the
    # YAML is read again only when that form is damaged too.
    loaded = load_current_bundle(content, today=TODAY)
    assert loaded is not None and loaded[1].bundle is not None
    assert loaded[1].bundle.version == 2
    compiled = content / "versions" / f"{SAMPLE_ID}-2.compiled.json"
    compiled.write_bytes(compiled.read_bytes()[:-10])
    loaded = load_current_bundle(content, today=TODAY)
    assert loaded is not None and loaded[1].bundle is not None
    assert loaded[1].bundle.version == 1


def test_one_install_at_a_time(tmp_path: Path, content: Path, keys: Keys) -> None:
    kbundle = packed(tmp_path, keys, 1)
    content.mkdir()
    with install_lock(content), pytest.raises(InstallBusy):
        do_install(kbundle, content, keys)
    do_install(kbundle, content, keys)
    assert shown(content) == (SAMPLE_ID, 1)


def test_install_status_and_rollback_commands(
    tmp_path: Path, content: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    v1, v2 = packed(tmp_path, keys, 1), packed(tmp_path, keys, 2)
    pub = ["--pubkey", str(keys.pub_file)]
    assert main(["install", str(v1), "--content-dir", str(content), *pub]) == 0
    assert main(["install", str(v2), "--content-dir", str(content), *pub]) == 0
    assert "installed 'ofallon-mo-sample' version 2" in capsys.readouterr().out
    assert main(["install", str(v1), "--content-dir", str(content), *pub]) == 0
    assert "previous bundle" in capsys.readouterr().out

    later = CREATED + timedelta(hours=1)  # so not the very same manifest as v1
    downgrade = packed(tmp_path, keys, 1, name="repacked-v1", created=later)
    assert main(["install", str(downgrade), "--content-dir", str(content), *pub]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{downgrade}: refused: version 1") and err.count("\n") == 1

    assert main(["status", "--content-dir", str(content)]) == 0
    text = capsys.readouterr().out
    assert f"current:  {SAMPLE_ID} version 2" in text
    assert f"previous: {SAMPLE_ID} version 1" in text
    assert "last refusal: " in text and "repacked-v1.kbundle: version 1" in text

    assert main(["status", "--content-dir", str(content), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["current"]["version"] == 2 and report["previous"]["version"] == 1
    assert report["last_refusal"]["file"] == "repacked-v1.kbundle"
    assert "not newer" in report["last_refusal"]["reason"]

    assert main(["rollback", "--content-dir", str(content)]) == 0
    assert json.loads(json.dumps(status_report(content)))["current"]["version"] == 1


def test_status_of_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--content-dir", str(tmp_path / "nothing")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"content folder: {tmp_path / 'nothing'}",
        "current:  none",
        "previous: none",
        'no installed bundle loads here: the kiosk shows visitors "not ready yet"',
        "last refusal: none",
    ]


def test_unreadable_trusted_key_is_a_refusal(
    tmp_path: Path, content: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    kbundle = packed(tmp_path, keys, 1)
    missing = tmp_path / "nope.pub"
    code = main(["install", str(kbundle), "--content-dir", str(content), "--pubkey", str(missing)])
    assert code == 1
    assert "trusted key unusable" in capsys.readouterr().err
    assert current_bundle_path(content) is None


def test_updates_package_imports_no_qt() -> None:
    """Everything but the watcher and its Qt half of background work
    (kiosk.updates.background, as pyproject's layering contract says) runs
    on editors' machines and in CI without Qt."""
    child = (
        "import importlib, pkgutil, sys, json, kiosk.updates as u\n"
        "names = [m.name for m in pkgutil.iter_modules(u.__path__, 'kiosk.updates.')]\n"
        "qt_part = ('kiosk.updates.watcher', 'kiosk.updates.background')\n"
        "for n in names:\n"
        "    if n not in qt_part: importlib.import_module(n)\n"
        "print(json.dumps([names, sorted(m for m in sys.modules if m.startswith('PySide6'))]))\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", child],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    names, qt = json.loads(process.stdout)
    assert "kiosk.updates.installer" in names and "kiosk.updates.watcher" in names
    assert qt == []


def test_a_pointer_from_a_newer_kiosk_still_reads(
    tmp_path: Path, content: Path, keys: Keys
) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    pointer = json.loads((content / "current").read_text())
    pointer["written_by"] = "kiosk 9.0"
    (content / "current").write_text(json.dumps(pointer))
    assert shown(content) == (SAMPLE_ID, 1)


def test_install_after_a_garbled_current_keeps_the_rollback_target(
    tmp_path: Path, content: Path, keys: Keys
) -> None:
    do_install(packed(tmp_path, keys, 1), content, keys)
    do_install(packed(tmp_path, keys, 2), content, keys)
    (content / "current").write_text("garbage")
    do_install(packed(tmp_path, keys, 3), content, keys)
    assert shown(content) == (SAMPLE_ID, 3)
    assert status_report(content)["previous"]["version"] == 1
    rollback(content)
    assert shown(content) == (SAMPLE_ID, 1)
