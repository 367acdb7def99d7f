"""Editor and staff commands: keygen, pack, verify, install, status, rollback,
fleet-report.

A refusal prints one line on stderr (`FILE: refused: reason`) and exits 1;
nothing here prints a traceback for bad input. Every file name and reason is
printed through kiosk.shown, so a name holding a newline or a terminal escape
cannot forge or hide a line.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from kiosk.shown import shown
from kiosk.updates.minisign import SENSITIVE_KDF

KEY_NAME = "kiosk.key"
PUB_NAME = "kiosk.pub"
# minisign's own setting for a password-protected key: 1 GiB of memory to
# derive the key, so a stolen key file resists guessing.
KEYGEN_KDF = SENSITIVE_KDF


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keygen = commands.add_parser("keygen", help="make a key pair for signing bundles")
    keygen.add_argument("--out", required=True, help=f"folder for {KEY_NAME} and {PUB_NAME}")
    keygen.add_argument(
        "--password", action="store_true", help=f"protect {KEY_NAME} with a password"
    )
    keygen.add_argument("--force", action="store_true", help="overwrite existing key files")
    keygen.set_defaults(handler=_keygen)

    pack = commands.add_parser("pack", help="validate a bundle folder and pack it, signed")
    pack.add_argument("bundle", help="the bundle folder (the one holding bundle.yaml)")
    how = pack.add_mutually_exclusive_group(required=True)
    how.add_argument("--key", help=f"the secret key ({KEY_NAME} or a minisign key)")
    how.add_argument(
        "--unsigned", action="store_true", help="leave the signature out (to sign with minisign)"
    )
    pack.add_argument("-o", "--output", required=True, help="the file to write (.kbundle)")
    pack.set_defaults(handler=_pack)

    verify = commands.add_parser("verify", help="check a packed bundle's signature and files")
    verify.add_argument("file", help="the .kbundle file")
    _pubkey_option(verify)
    verify.set_defaults(handler=_verify)

    install = commands.add_parser("install", help="install a packed bundle on this kiosk")
    install.add_argument("file", help="the .kbundle file")
    install.add_argument("--content-dir", required=True, help="the kiosk's content folder")
    _pubkey_option(install)
    install.add_argument(
        "--allow-new-id",
        action="store_true",
        help="accept a bundle with a different id than the installed one",
    )
    install.add_argument("--outbox", help="write this kiosk's fleet status file here")
    install.add_argument("--kiosk-name", help="the kiosk's name in the fleet status file")
    install.add_argument("--printer", help="the printer whose state the status file gives")
    install.set_defaults(handler=_install)

    status = commands.add_parser("status", help="show the installed bundles and last refusal")
    status.add_argument("--content-dir", required=True, help="the kiosk's content folder")
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=_status)

    compile_ = commands.add_parser(
        "compile", help="rebuild what the kiosk reads at start from the installed bundles"
    )
    compile_.add_argument("--content-dir", required=True, help="the kiosk's content folder")
    compile_.set_defaults(handler=_compile)

    rollback = commands.add_parser("rollback", help="go back to the previous installed bundle")
    rollback.add_argument("--content-dir", required=True, help="the kiosk's content folder")
    rollback.set_defaults(handler=_rollback)

    fleet = commands.add_parser(
        "fleet-report", help="one line per kiosk from the status files the kiosks send back"
    )
    fleet.add_argument("folders", nargs="+", metavar="DIR", help="a folder of *.status.json")
    fleet.add_argument("--format", choices=("text", "json"), default="text")
    fleet.add_argument(
        "--silent-days",
        type=int,
        default=30,
        help="flag a kiosk not heard from in this many days (default 30)",
    )
    fleet.add_argument("--today", help="report as of this day (YYYY-MM-DD); default today (UTC)")
    fleet.set_defaults(handler=_fleet_report)


def _pubkey_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pubkey",
        action="append",
        required=True,
        help="a trusted public key file (repeat the option for several)",
    )


def _refused(what: str, reason: str) -> int:
    print(f"{shown(str(what))}: refused: {shown(reason)}", file=sys.stderr)
    return 1


def _ask_password(prompt: str) -> str:
    """From the terminal without echo; from stdin when piped (as minisign does)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _keygen(args: argparse.Namespace) -> int:
    from kiosk.updates.minisign import SecretKey

    out = Path(args.out)
    secret_path, public_path = out / KEY_NAME, out / PUB_NAME
    existing = [p for p in (secret_path, public_path) if p.exists()]
    if existing and not args.force:
        print(
            f"{shown(str(existing[0]))}: exists already; not overwritten (use --force)",
            file=sys.stderr,
        )
        return 1
    password = None
    if args.password:
        password = _ask_password("Password for the new key: ")
        if sys.stdin.isatty() and getpass.getpass("Password (again): ") != password:
            print("the passwords differ; no key written", file=sys.stderr)
            return 1
        if not password:
            print("an empty password protects nothing; no key written", file=sys.stderr)
            return 1
    key = SecretKey.generate()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    # The comment survives `minisign -C` (adding a password), so it says
    # nothing about the password.
    comment = "kiosk bundle signing secret key"
    _write_private(secret_path, key.to_text(password, kdf_limits=KEYGEN_KDF, comment=comment))
    public_path.write_text(key.public().to_text(), encoding="ascii")
    protection = "password-protected" if password else "NOT password-protected"
    print(f"secret key: {secret_path} ({protection}; keep it on the editor's machine only)")
    print(f"public key: {public_path} (key id {key.public().id_hex}; copy it to every kiosk)")
    return 0


def _write_private(path: Path, text: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(text)
    os.chmod(path, 0o600)  # whatever the umask says


def _pack(args: argparse.Namespace) -> int:
    from kiosk.updates.minisign import MinisignError, SecretKey
    from kiosk.updates.pack import PackError, pack

    key = None
    if args.key:
        try:
            text = Path(args.key).read_text(encoding="utf-8")
            key = SecretKey.from_text(text, lambda: _ask_password(f"Password for {args.key}: "))
        except (OSError, UnicodeDecodeError) as exc:
            return _refused(args.key, f"cannot read the secret key: {exc}")
        except MinisignError as exc:
            return _refused(args.key, str(exc))
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\rpacking {done}/{total} files", end="", file=sys.stderr, flush=True)

    try:
        result = pack(
            args.bundle, args.output, key=key, on_progress=progress if show_progress else None
        )
    except PackError as exc:
        if show_progress:
            print(file=sys.stderr)
        for finding in exc.findings:
            print(shown(str(finding)))
        print(f"{shown(args.bundle)}: not packed: {shown(str(exc))}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{shown(args.bundle)}: not packed: {shown(str(exc))}", file=sys.stderr)
        return 1
    if show_progress:
        print(file=sys.stderr)
    m = result.manifest
    print(
        f"packed '{m.bundle_id}' version {m.version}: {len(m.files)} files, "
        f"{m.total_size / 1024:.1f} KiB -> {shown(str(result.out))}"
    )
    print(f"signed by key {result.signed_by}" if result.signed_by else "NOT signed (--unsigned)")
    if result.warnings:
        print(f"{len(result.warnings)} warnings; see `kiosk validate {shown(args.bundle)}`")
    for rel in result.skipped:
        print(f"not packed (the kiosk does not read it): {shown(rel)}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from kiosk.updates.archive import KBundle
    from kiosk.updates.errors import Refused
    from kiosk.updates.installer import load_trusted_keys

    try:
        keys = load_trusted_keys(args.pubkey)
        with KBundle.open(args.file) as kb:
            signed = kb.verify_signature(keys)
            kb.check_files(signed.manifest)
    except Refused as exc:
        return _refused(args.file, exc.reason)
    m = signed.manifest
    print(
        f"ok: '{m.bundle_id}' version {m.version}, created {m.created}, {len(m.files)} files, "
        f"signed by key {signed.key.id_hex}" + ("" if signed.prehashed else " (legacy signature)")
    )
    print(f"trusted comment: {shown(signed.trusted_comment)}")
    return 0


def _install(args: argparse.Namespace) -> int:
    from kiosk.updates.errors import Refused
    from kiosk.updates.installer import install, load_trusted_keys
    from kiosk.updates.status import record_refusal

    content = Path(args.content_dir)
    if (args.outbox is None) != (args.kiosk_name is None):
        print("--outbox and --kiosk-name go together", file=sys.stderr)
        return 2
    try:
        keys = load_trusted_keys(args.pubkey)
    except Refused as exc:
        if content.is_dir():
            record_refusal(content, exc.reason, Path(args.file).name)
        _report_to_fleet(args, content, "refused")
        return _refused(args.file, exc.reason)
    try:
        done = install(args.file, content, keys, allow_new_id=args.allow_new_id)
    except Refused as exc:
        _report_to_fleet(args, content, "refused")
        return _refused(args.file, exc.reason)
    _report_to_fleet(args, content, "already installed" if done.already else "installed")
    if done.already == "previous":
        print(
            f"'{done.bundle_id}' version {done.version} is installed as the previous bundle "
            "(kept for rollback); nothing changed. To show it again: kiosk rollback"
        )
    elif done.already:
        print(f"already installed: '{done.bundle_id}' version {done.version}; nothing to do")
    else:
        print(
            f"installed '{done.bundle_id}' version {done.version} in {shown(str(done.path))}; "
            "a running kiosk shows it from its next session reset"
        )
    return 0


def _report_to_fleet(args: argparse.Namespace, content: Path, event: str) -> None:
    if args.outbox is None or not content.is_dir():
        return
    from kiosk.updates.fleet import report_after_install

    problem = report_after_install(Path(args.outbox), args.kiosk_name, content, event, args.printer)
    if problem:
        print(problem, file=sys.stderr)


def _fleet_report(args: argparse.Namespace) -> int:
    """Exit 0 when every kiosk is fine, 1 when one needs attention, 2 when
    no status file was found."""
    from datetime import date

    from kiosk.updates.fleet import fleet_rows, report_json, report_text, status_files, today_utc

    try:
        today = date.fromisoformat(args.today) if args.today else today_utc()
    except ValueError:
        print(f"--today {shown(args.today)}: not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    files = status_files([Path(f) for f in args.folders])
    if not files:
        folders = ", ".join(shown(f) for f in args.folders)
        print(f"no *.status.json files in {folders}", file=sys.stderr)
        return 2
    rows = fleet_rows(files, today=today, silent_days=args.silent_days)
    print(report_json(rows) if args.format == "json" else report_text(rows))
    return 1 if any(row.attention for row in rows) else 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.updates.status import status_json, status_report, status_text

    report = status_report(args.content_dir)
    if args.format == "json":
        print(status_json(report))
    else:
        print(status_text(report))
    return 0


def _compile(args: argparse.Namespace) -> int:
    """Exit 1 when a version could not be compiled (it no longer loads)."""
    from kiosk.updates.errors import Refused
    from kiosk.updates.installer import recompile

    try:
        done = recompile(args.content_dir)
    except Refused as exc:
        return _refused(args.content_dir, exc.reason)
    if not done:
        return _refused(args.content_dir, "no bundle is installed here")
    for item in done:
        print(shown(f"{item.dir}: {item.outcome}"))
    return 1 if any(item.outcome.startswith("not valid") for item in done) else 0


def _rollback(args: argparse.Namespace) -> int:
    from kiosk.updates.errors import Refused
    from kiosk.updates.installer import rollback

    try:
        done = rollback(args.content_dir)
    except Refused as exc:
        return _refused(args.content_dir, exc.reason)
    print(
        f"rolled back to '{done.bundle_id}' version {done.version}; "
        "a running kiosk shows it from its next session reset"
    )
    return 0
