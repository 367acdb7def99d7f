"""Everything checked before the kiosk's first frame, in one place.

`kiosk run` and `kiosk check-config` both call `check_start`: the config,
its trusted keys, the content it names, the slip's second language, the
printer, the shipped fonts and the display. A setting that would make the
kiosk weaker than the file says (no panic key, no update keys, a PIN that
can never match, another site's content) is an error, and `kiosk run`
refuses to start on any error, saying why in one `file:line:col: error:`
line per finding. A kiosk that could start but has nothing to show yet is a
warning: it starts on the "not ready" screen.

Qt-free, except the printer check, which asks Qt's print support (the same
lookup printing uses) and only when a printer is named.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig, read_config
from kiosk.content.findings import Finding, Findings, Pos, WithFindings
from kiosk.content.suggest import did_you_mean
from kiosk.paths import fonts_conf, fonts_dir, translations_dir

if TYPE_CHECKING:
    from kiosk.content import LoadResult
    from kiosk.content.compiled import CompiledResult

# Findings that say the config file could not be read as YAML at all
# (`kiosk check-config` exits 2 for them, as `kiosk validate` does).
UNREADABLE_RULES: Final = frozenset(
    {
        "no-config",
        "unreadable-file",
        "file-too-large",
        "empty-file",
        "yaml-syntax",
        "yaml-structure",
        "control-character",
        "too-deep",
        "expected-mapping",
    }
)
DISPLAY_RULES: Final = frozenset({"no-display"})
# Where problems that belong to no file are reported ("kiosk: error: ...").
NO_FILE: Final = "kiosk"
CUPS_LOCAL_SOCKET: Final = "/run/cups/cups.sock"
FONT_MAGIC: Final = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


@dataclass
class StartCheck(WithFindings):
    """What the checks found, and what they loaded on the way (the kiosk
    shows that bundle: nothing is read twice)."""

    config: KioskConfig | None = None
    findings: list[Finding] = field(default_factory=list)
    source: ContentSource | None = None
    bundle_dir: Path | None = None
    result: LoadResult | CompiledResult | None = None

    @property
    def unreadable(self) -> bool:
        return any(f.rule in UNREADABLE_RULES for f in self.errors)

    @property
    def only_display_errors(self) -> bool:
        return bool(self.errors) and all(f.rule in DISPLAY_RULES for f in self.errors)


def check_start(
    config_path: str | None,
    bundle_arg: str | None = None,
    *,
    today: date | None = None,
) -> StartCheck:
    """Run every start-time check; never raises for a bad setting."""
    check = StartCheck()
    findings = Findings()
    config: KioskConfig | None = KioskConfig()
    if config_path:
        config, read = read_config(config_path)
        findings.items.extend(read)
    if config is not None:
        check.config = config
        check_trusted_keys(config, findings)
        check_inbox(config, findings)
        check_outbox(config, findings)
        check_content(check, config, bundle_arg, config_path is not None, findings, today)
        check_slip_language(config, check.result, findings)
        check_printer(config, findings)
    check_fonts(findings)
    check_display(findings)
    check.findings = findings.sorted()
    return check


# --- trusted keys --------------------------------------------------------------


def check_trusted_keys(config: KioskConfig, findings: Findings) -> None:
    """Each key file exists and holds a minisign public key: a kiosk whose
    key cannot be read would refuse every update, and staff would not know."""
    for index, path in enumerate(config.trusted_keys):
        pos = config.pos(f"trusted_keys[{index}]")
        problem = key_file_problem(path)
        if problem is not None:
            rule, message = problem
            findings.error(pos, rule, message)


def key_file_problem(path: Path) -> tuple[str, str] | None:
    # Imported here: it brings the cryptography library, which a kiosk
    # without update keys never needs.
    from kiosk.updates import minisign

    if not path.is_file():
        return "trusted-key-missing", f"no key file {path}; copy the editor's .pub file there"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "it is not text"
        return "trusted-key-unreadable", f"cannot read the key file {path}: {why}"
    if _is_secret_key(text):
        return (
            "trusted-key-secret",
            f"{path} is a secret (signing) key; a kiosk needs only the public key (the .pub "
            "file): delete this copy and make a new key pair if it has been shared",
        )
    try:
        minisign.PublicKey.from_text(text)
    except minisign.MinisignError as exc:
        return "trusted-key-unusable", f"{path} is not a minisign public key: {exc}"
    except ValueError as exc:  # the key bytes themselves refused by the library
        return "trusted-key-unusable", f"{path} is not a minisign public key: {exc}"
    return None


def _is_secret_key(text: str) -> bool:
    import base64
    import binascii

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and "secret key" in lines[0].lower():
        return True
    try:
        blob = base64.b64decode(lines[-1], validate=True) if lines else b""
    except (binascii.Error, ValueError):
        return False
    return len(blob) == 158  # minisign's secret key layout (see kiosk.updates.minisign)


def check_inbox(config: KioskConfig, findings: Findings) -> None:
    if config.inbox is None:
        return
    missing = [name for name in ("content_dir", "trusted_keys") if not getattr(config, name)]
    if missing:
        findings.warning(
            config.pos("inbox"),
            "inbox-not-watched",
            f"the inbox is not watched without {' and '.join(missing)}: "
            "bundles dropped there are never installed",
        )


def check_outbox(config: KioskConfig, findings: Findings) -> None:
    """Each install writes the kiosk's status file into the outbox: a folder
    it cannot write would lose every report, and the coordinator would take
    the silence for a kiosk that is off."""
    if config.outbox is None:
        if config.kiosk_name is not None:
            findings.warning(
                config.pos("kiosk_name"),
                "outbox-missing",
                "kiosk_name is used only with outbox: no status file is written",
            )
        return
    if "kiosk_name" not in config.where:  # a name written wrong has its own error
        findings.error(
            config.pos("outbox"),
            "kiosk-name-missing",
            "the outbox needs kiosk_name: the name this kiosk's status file goes by "
            "(such as clinic-2)",
        )
    if not config.outbox.is_dir():
        findings.error(
            config.pos("outbox"),
            "outbox-not-a-folder",
            f"the outbox {config.outbox} is not a folder; create it, writable by the kiosk's user",
        )
    elif not os.access(config.outbox, os.W_OK | os.X_OK):
        findings.error(
            config.pos("outbox"),
            "outbox-not-writable",
            f"the kiosk's user cannot write to the outbox {config.outbox}",
        )
    elif config.inbox is None:
        findings.warning(
            config.pos("outbox"),
            "outbox-never-written",
            "the status file is written after each install from the inbox; without inbox "
            "nothing is ever written here",
        )


# --- content -------------------------------------------------------------------


def check_content(
    check: StartCheck,
    config: KioskConfig,
    bundle_arg: str | None,
    config_given: bool,
    findings: Findings,
    today: date | None,
) -> None:
    """Load what the kiosk will show. Only a kiosk started without any config
    shows the sample bundle: a config that names no content, or a folder
    that does not exist, is refused rather than shown another site's
    services."""
    if config_given and not (bundle_arg or config.bundle or config.content_dir):
        findings.error(
            Pos(config.source, 1, 1),
            "no-content",
            "the config names no content: add content_dir (where bundles are installed) or "
            "bundle (a folder to preview)",
        )
        return
    for name in ("bundle", "content_dir"):
        folder = getattr(config, name)
        if bundle_arg is None and folder is not None and not folder.is_dir():
            findings.error(config.pos(name), "no-such-folder", _no_folder(folder))
            return
    source = ContentSource.from_config(config, bundle_arg)
    bundle_dir, result = source.load(today)
    check.source, check.bundle_dir, check.result = source, bundle_dir, result
    if result.bundle is not None:
        return
    if source.installs:
        # The kiosk starts and says it is not ready; the journal says why.
        for finding in result.errors:
            findings.warning(config.pos("content_dir"), finding.rule, finding.message)
        return
    for finding in result.errors:
        pos = finding.pos
        where = pos.file if Path(pos.file).is_absolute() else f"{bundle_dir}/{pos.file}"
        findings.items.append(
            Finding(Pos(where, pos.line, pos.col), finding.severity, finding.rule, finding.message)
        )


def _no_folder(folder: Path) -> str:
    message = f"no such folder {folder}"
    parent = folder.parent
    if parent.is_dir():
        siblings = [p.name for p in parent.iterdir() if p.is_dir()]
        close = difflib.get_close_matches(folder.name, siblings, n=1, cutoff=0.6)
        if close:
            return f"{message}; did you mean {parent / close[0]}?"
    return message


# --- slip language -------------------------------------------------------------


def interface_languages() -> list[str]:
    """The kiosk's own catalogues (kiosk_<lang>.qm), as language codes (zh-CN)."""
    folder = translations_dir()
    return sorted(
        p.stem.removeprefix("kiosk_").replace("_", "-") for p in folder.glob("kiosk_*.qm")
    )


def check_slip_language(
    config: KioskConfig, result: LoadResult | CompiledResult | None, findings: Findings
) -> None:
    wanted = config.slip_second_language
    if wanted is None:
        return
    bundle_languages = list(result.bundle.languages) if result and result.bundle else []
    interface = interface_languages()
    # A catalogue serves its language's plain code too: zh-CN's serves zh.
    known = {*bundle_languages, *interface, *(code.split("-")[0] for code in interface)}
    if wanted in known:
        return
    hint = did_you_mean(wanted, sorted(known))
    languages = f"an interface language ({', '.join(interface)})"
    if bundle_languages:
        what = f"neither a language of the bundle ({', '.join(bundle_languages)}) nor {languages}"
    else:
        what = f"not {languages}"
    findings.error(
        config.pos("slip_second_language"), "unknown-slip-language", f"'{wanted}' is {what}{hint}"
    )


# --- printer -------------------------------------------------------------------


def use_local_print_socket() -> None:
    """Reach the print system through its local socket, never over TCP.
    Without a scheduler on that socket, libcups would try localhost:631 (an
    internet socket) just to list printers; the kiosk opens none. A site with
    a print server elsewhere sets CUPS_SERVER itself."""
    os.environ.setdefault("CUPS_SERVER", CUPS_LOCAL_SOCKET)


def check_printer(config: KioskConfig, findings: Findings) -> None:
    """The named printer is one the print system knows. When it lists no
    printer at all (the scheduler not up yet at boot) the kiosk starts and
    says so; a name it does not know among others is a typo."""
    name = config.printer
    if name is None:
        return
    use_local_print_socket()
    # Qt's lookup, as printing does it (kiosk.printing.printer); loaded only
    # for a config that names a printer.
    from PySide6.QtPrintSupport import QPrinterInfo

    known = sorted(QPrinterInfo.availablePrinterNames())
    if name in known:
        return
    pos = config.pos("printer")
    if not known:
        findings.warning(
            pos,
            "no-printers",
            f"the print system lists no printers (is CUPS running?); slips cannot be printed "
            f"until '{name}' is set up",
        )
        return
    hint = did_you_mean(name, known)
    findings.error(
        pos,
        "unknown-printer",
        f"no printer named '{name}' in the print system (it has {', '.join(known)}){hint}",
    )


# --- fonts and display ---------------------------------------------------------


def check_fonts(findings: Findings) -> None:
    """The shipped fonts are there and are fonts: without them Qt would pick
    some system font, or none, and scripts would show as boxes."""
    folder = fonts_dir()
    files = sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []
    if not files:
        findings.error(Pos(str(folder)), "no-fonts", "the kiosk's fonts are missing; reinstall it")
    for path in files:
        try:
            with path.open("rb") as font:
                magic = font.read(4)
        except OSError as exc:
            findings.error(Pos(str(path)), "font-unreadable", f"cannot read: {exc.strerror}")
            continue
        if magic not in FONT_MAGIC:
            findings.error(Pos(str(path)), "not-a-font", "not a font file; reinstall the kiosk")
    conf = fonts_conf()
    if not conf.is_file():
        findings.error(Pos(str(conf)), "no-fonts", "the fonts' configuration is missing")


def check_display(findings: Findings) -> None:
    from kiosk.display_check import display_problem

    problem = display_problem()
    if problem:
        findings.error(Pos(NO_FILE), "no-display", problem)
