"""A private CUPS scheduler with a cups-pdf queue, for tests that print for real.

    with CupsServer.start(privacy_snippet=Path("deploy/cups/cupsd-privacy.conf")) as cups:
        os.environ["CUPS_SERVER"] = str(cups.socket)   # before Qt asks CUPS anything
        ... print to cups.queue ...
        cups.output_pdfs()          # what cups-pdf wrote
        cups.spool_job_files()      # c*/d* files the scheduler still keeps

Why a private `cupsd` rather than the system one: the machine is shared, a system
scheduler may or may not be running, and a test must not change /etc/cups/cupsd.conf.
This one has its own config, spool, state and log folders and listens only on a
Unix socket in its own folder, so several test runs can each have one. The only
file it puts outside that folder is cups-pdf's per-instance config
(/etc/cups/cups-pdf-<instance>.conf, the one place cups-pdf reads it from),
removed again on stop.

`privacy_snippet` is appended to the scheduler's cupsd.conf verbatim: the test
checks the deploy/cups/ file itself, not a copy of its settings.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

CUPS_PDF_PPDS = (
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
)
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")
START_TIMEOUT_S = 20.0


class CupsUnavailable(Exception):
    """Why a real CUPS queue cannot be had here (the caller skips or fails with it)."""


def why_unavailable() -> str | None:
    """None when this machine can run a private cupsd with a cups-pdf queue."""
    if os.geteuid() != 0:
        return "needs root: cupsd runs the cups-pdf backend as root"
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat") if shutil.which(tool) is None]
    if missing:
        return f"{', '.join(missing)} not installed (apt-get install cups cups-client)"
    if not CUPS_PDF_BACKEND.exists() or not any(p.exists() for p in CUPS_PDF_PPDS):
        return "cups-pdf not installed (apt-get install printer-driver-cups-pdf)"
    return None


def new_base() -> Path:
    """A fresh folder for one scheduler. Filters run as the unprivileged `lp`
    user and open the spooled file by path, so every folder above the spool
    must be traversable by others: pytest's tmp_path folders are not (0700),
    hence a folder of our own, which the caller removes."""
    base = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
    base.chmod(0o755)
    return base


def _config_args(base: Path) -> list[str]:
    """The scheduler's two config files, as cupsd takes them."""
    return ["-c", str(base / "etc" / "cupsd.conf"), "-s", str(base / "etc" / "cups-files.conf")]


def _check_config(base: Path) -> None:
    """cupsd's own check of the two files (`cupsd -t`), so a config the
    installed cupsd refuses is reported with cupsd's words, before it starts."""
    checked = subprocess.run(
        ["cupsd", "-t", *_config_args(base)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if checked.returncode != 0:
        said = " ".join((checked.stdout + " " + checked.stderr).split())
        raise CupsUnavailable(f"the installed cupsd refuses the test config: {said}")


@dataclass
class CupsServer:
    base: Path
    process: subprocess.Popen[bytes]
    instance: str

    @property
    def socket(self) -> Path:
        return self.base / "run" / "cups.sock"

    @property
    def spool(self) -> Path:
        """The scheduler's RequestRoot: where /var/spool/cups would be."""
        return self.base / "spool"

    @property
    def output(self) -> Path:
        """Where cups-pdf writes each printed job as a PDF."""
        return self.base / "out"

    @property
    def error_log(self) -> Path:
        return self.base / "log" / "error_log"

    @property
    def device_uri(self) -> str:
        return f"cups-pdf:/{self.instance}"

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env(), capture_output=True, text=True, timeout=60, check=False
        )

    def add_queue(self, name: str, *, enabled: bool = True) -> None:
        """A cups-pdf queue; a disabled one is what CUPS shows for an offline printer."""
        ppd = next(p for p in CUPS_PDF_PPDS if p.exists())
        # cups-pdf turns the job into PostScript and back into PDF; with poppler's
        # pdftocairo doing the first step the text stays extractable, so a test can
        # read the printed numbers back (the default renderer loses the text layer).
        args = ["lpadmin", "-p", name, "-v", self.device_uri, "-P", str(ppd)]
        args += ["-o", "pdftops-renderer-default=pdftocairo"]
        if enabled:
            args.insert(3, "-E")
        done = self.run(*args)
        if done.returncode != 0:
            raise CupsUnavailable(f"lpadmin failed: {done.stderr.strip()}")

    def output_pdfs(self) -> list[Path]:
        return sorted(self.output.glob("*.pdf"))

    def spool_job_files(self) -> list[Path]:
        """Job control (c*) and data (d*) files the scheduler still keeps."""
        return sorted(p for p in self.spool.iterdir() if p.is_file() and p.name[:1] in "cd")

    def pending_jobs(self) -> str:
        """lpstat's list of jobs not finished yet (empty when all are done)."""
        return self.run("lpstat", "-o").stdout.strip()

    def error_log_text(self) -> str:
        return self.error_log.read_text(errors="replace") if self.error_log.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)
        with suppress(FileNotFoundError):
            (CUPS_PDF_CONFIG_DIR / f"cups-pdf-{self.instance}.conf").unlink()

    @classmethod
    @contextmanager
    def start(cls, *, privacy_snippet: Path | None) -> Iterator[CupsServer]:
        """A running scheduler in a fresh folder, stopped and removed afterwards."""
        base = new_base()
        try:
            server = cls.launch(base, privacy_snippet)
            try:
                yield server
            finally:
                server.stop()
        finally:
            shutil.rmtree(base, ignore_errors=True)

    @classmethod
    def launch(cls, base: Path, privacy_snippet: Path | None) -> CupsServer:
        """A scheduler whose folders live in `base` (made by new_base()); its
        socket is `base/run/cups.sock`, known before it starts. The caller
        removes `base`."""
        reason = why_unavailable()
        if reason:
            raise CupsUnavailable(reason)
        for sub in ("etc", "spool", "run", "cache", "log", "out", "pdf-spool"):
            (base / sub).mkdir()
            (base / sub).chmod(0o755)
        instance = "kiosktest" + base.name.removeprefix("kiosk-cups-").replace("_", "").lower()
        (base / "etc" / "cups-files.conf").write_text(
            f"ServerRoot {base}/etc\n"
            f"RequestRoot {base}/spool\n"
            f"StateDir {base}/run\n"
            f"CacheDir {base}/cache\n"
            f"AccessLog {base}/log/access_log\n"
            f"ErrorLog {base}/log/error_log\n"
            f"PageLog {base}/log/page_log\n"
            # A printcap of its own: the default one is a system file. (cupsd
            # 2.4.2-3+deb12u11 and later refuse a bare "Printcap" line.)
            f"Printcap {base}/run/printcap\n"
            "SystemGroup root\n"
        )
        conf = (
            f"Listen {base}/run/cups.sock\n"
            "LogLevel info\n"
            "Browsing No\n"
            "WebInterface No\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        if privacy_snippet is not None:
            conf += "\n# deploy/cups snippet, verbatim:\n" + privacy_snippet.read_text()
        (base / "etc" / "cupsd.conf").write_text(conf)
        _check_config(base)
        # cups-pdf reads /etc/cups/cups-pdf-<instance>.conf for a `cups-pdf:/<instance>` queue.
        (CUPS_PDF_CONFIG_DIR / f"cups-pdf-{instance}.conf").write_text(
            f"Out {base}/out\nAnonDirName {base}/out\nSpool {base}/pdf-spool\nLog {base}/log\n"
            "Label 0\n"
        )
        with (base / "log" / "cupsd.stderr").open("wb") as stderr:
            process = subprocess.Popen(
                ["cupsd", "-f", *_config_args(base)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        server = cls(base, process, instance)
        try:
            server._wait_until_listening()
        except CupsUnavailable:
            server.stop()
            raise
        return server

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                stderr = (self.base / "log" / "cupsd.stderr").read_text(errors="replace")
                raise CupsUnavailable(
                    f"cupsd exited with {self.process.returncode}: {stderr.strip()}\n"
                    f"{self.error_log_text()}"
                )
            if self.socket.exists():
                with socket.socket(socket.AF_UNIX) as probe, suppress(OSError):
                    probe.connect(str(self.socket))
                    return
            time.sleep(0.02)  # start-up poll, bounded by the deadline
        raise CupsUnavailable(f"cupsd did not listen within {START_TIMEOUT_S:.0f} s")
