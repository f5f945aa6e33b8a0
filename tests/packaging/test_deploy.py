"""The Linux kiosk deployment (deploy/linux/): install, update and rollback of the packaged
program in a private prefix, and the unit, autostart entry and printer rule they put in place.

systemctl and udevadm are replaced by a script that writes down how it was called; the
program itself is the real one-folder build.
"""

from __future__ import annotations

import configparser
import getpass
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "linux"
UNIT = "mpp-kiosk.service"
RULES = "60-mpp-kiosk-printers.rules"


@dataclass(frozen=True)
class Site:
    """A kiosk PC in a folder: program prefix, udev and unit folders, the station's home."""

    root: Path

    @property
    def prefix(self) -> Path:
        return self.root / "opt"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def units(self) -> Path:
        return self.root / "units"

    @property
    def udev(self) -> Path:
        return self.root / "udev"

    @property
    def calls(self) -> Path:
        return self.root / "calls.log"

    @property
    def program(self) -> Path:
        return self.prefix / "current" / "mpp-kiosk"

    def env(self) -> dict[str, str]:
        recorder = str(self.root / "record")
        return {
            **os.environ,
            "PREFIX": str(self.prefix),
            "UDEV_DIR": str(self.udev),
            "UNIT_DIR": str(self.units),
            "MPP_KIOSK_HOME": str(self.home),
            "KIOSK_USER": getpass.getuser(),
            "SYSTEMCTL": recorder,
            "UDEVADM": recorder,
        }

    def deploy(self, script: str, build: Path) -> subprocess.CompletedProcess[str]:
        """Run install.sh or update.sh on `build` (the folder holding mpp-kiosk)."""
        return subprocess.run(
            ["bash", str(DEPLOY / script), str(build)],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def station(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run the installed program (current) for the station's home."""
        return subprocess.run(
            [str(self.program), *args],
            env={**os.environ, "MPP_KIOSK_HOME": str(self.home)},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def current(self) -> str:
        """The release `current` points at."""
        return os.readlink(self.prefix / "current")

    def releases(self) -> set[str]:
        return {p.name for p in (self.prefix / "releases").iterdir()}

    def systemctl_calls(self) -> list[str]:
        """What systemctl was asked, in order ("--user stop mpp-kiosk.service"…)."""
        if not self.calls.exists():
            return []
        return [line for line in self.calls.read_text().splitlines() if line.startswith("--user")]


@pytest.fixture
def site(tmp_path: Path) -> Site:
    here = Site(tmp_path / "pc")
    here.root.mkdir()
    recorder = here.root / "record"
    recorder.write_text(f'#!/bin/sh\necho "$*" >> "{here.calls}"\n')
    recorder.chmod(0o755)
    return here


def _version(program: Path) -> str:
    answer = subprocess.run([str(program), "--version"], capture_output=True, text=True)
    return answer.stdout.split()[1]


def _fake_build(folder: Path, version: str, other_commands: str = "exit 0") -> Path:
    """A stand-in build whose mpp-kiosk answers --version and does `other_commands` else."""
    folder.mkdir(parents=True)
    program = folder / "mpp-kiosk"
    program.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = --version ]; then echo "mpp-kiosk {version}"; exit 0; fi\n'
        f"{other_commands}\n"
    )
    program.chmod(0o755)
    return folder


def _ini(path: Path) -> configparser.ConfigParser:
    """A unit or desktop file read as INI, keys kept as written."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    assert parser.read(path), path
    return parser


def _config_files(site: Site) -> dict[str, tuple[bytes, int]]:
    config = site.home / "config"
    return {
        str(p.relative_to(config)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(config.rglob("*"))
        if p.is_file()
    }


def test_install_puts_the_release_the_unit_and_the_printer_rule_in_place(
    frozen: Path, site: Site
) -> None:
    done = site.deploy("install.sh", frozen.parent)
    assert done.returncode == 0, done.stderr
    version = _version(frozen)
    assert site.current() == f"releases/{version}"
    assert site.station("--version").stdout.strip() == f"mpp-kiosk {version}"

    unit = _ini(site.units / UNIT)
    assert unit["Service"]["ExecStart"] == f"{site.program} run"
    assert unit["Service"]["Environment"] == f"MPP_KIOSK_HOME={site.home}"
    assert (site.udev / RULES).read_bytes() == (DEPLOY / RULES).read_bytes()
    assert "--user enable mpp-kiosk.service" in site.systemctl_calls()
    if shutil.which("systemd-analyze"):
        _verify_unit(site.units / UNIT, site.root)

    again = site.deploy("install.sh", frozen.parent)
    assert again.returncode != 0
    assert "update.sh" in again.stderr
    assert site.releases() == {version}


def _verify_unit(unit: Path, scratch: Path) -> None:
    """systemd's own check of a user unit: it must load with no unknown or bad setting."""
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700)
    checked = subprocess.run(
        ["systemd-analyze", "--user", "verify", str(unit)],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert unit.name not in checked.stderr, checked.stderr  # "Unknown key … ignoring"


def test_an_update_keeps_the_stations_tickets_and_config_after_a_backup(
    frozen: Path, site: Site
) -> None:
    assert site.deploy("install.sh", frozen.parent).returncode == 0
    issued = site.station("ticket", "issue", "--service", "KIA")
    assert issued.returncode == 0, issued.stderr
    number = issued.stdout.split()[0]
    assert site.station("admin", "set-pin", "--pin-stdin", stdin="2468\n").returncode == 0
    config = _config_files(site)
    assert config

    # The same build again is a release of its own: the one in use is never overwritten.
    done = site.deploy("update.sh", frozen.parent)
    assert done.returncode == 0, done.stderr
    version = _version(frozen)
    assert site.current() == f"releases/{version}-2"
    assert site.releases() == {version, f"{version}-2"}
    assert number in site.station("ticket", "list").stdout
    assert _config_files(site) == config

    backups = list((site.home / "data" / "backups").glob("station-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT count(*) FROM ticket").fetchone() == (1,)
    calls = site.systemctl_calls()
    stop, start = (
        calls.index("--user stop mpp-kiosk.service"),
        calls.index("--user start mpp-kiosk.service"),
    )
    assert stop < start


@pytest.mark.parametrize("fault", ["no program", "not executable", "version fails"])
def test_an_update_from_a_broken_build_is_refused_and_changes_nothing(
    frozen: Path, site: Site, tmp_path: Path, fault: str
) -> None:
    assert site.deploy("install.sh", frozen.parent).returncode == 0
    before = site.current()
    broken = tmp_path / "broken"
    if fault == "no program":
        broken.mkdir()
    else:
        _fake_build(broken, "9.9.9")
        if fault == "not executable":
            (broken / "mpp-kiosk").chmod(0o644)
        else:
            (broken / "mpp-kiosk").write_text("#!/bin/sh\nexit 1\n")

    refused = site.deploy("update.sh", broken)
    assert refused.returncode != 0
    assert str(broken) in refused.stderr, refused.stderr
    assert site.current() == before
    assert site.releases() == {before.removeprefix("releases/")}
    assert "--user stop mpp-kiosk.service" not in site.systemctl_calls()
    assert site.station("--version").returncode == 0


def test_an_update_whose_migration_fails_goes_back_to_the_previous_release(
    frozen: Path, site: Site, tmp_path: Path
) -> None:
    assert site.deploy("install.sh", frozen.parent).returncode == 0
    issued = site.station("ticket", "issue", "--service", "KIA")
    assert issued.returncode == 0, issued.stderr
    before = site.current()
    failing = _fake_build(
        tmp_path / "new", "9.0.0", 'if [ "$1 $2" = "db upgrade" ]; then exit 1; fi\nexit 0'
    )

    done = site.deploy("update.sh", failing)
    assert done.returncode != 0
    assert "9.0.0" in done.stderr and before.removeprefix("releases/") in done.stderr
    assert site.current() == before
    assert "9.0.0" not in site.releases()
    assert issued.stdout.split()[0] in site.station("ticket", "list").stdout
    assert list((site.home / "data" / "backups").glob("station-*.sqlite"))
    assert site.systemctl_calls()[-1] == "--user start mpp-kiosk.service"


def test_updates_keep_the_three_newest_releases(site: Site, tmp_path: Path) -> None:
    first = _fake_build(tmp_path / "b1", "1.0.1")
    assert site.deploy("install.sh", first).returncode == 0
    for n in (2, 3, 4):
        done = site.deploy("update.sh", _fake_build(tmp_path / f"b{n}", f"1.0.{n}"))
        assert done.returncode == 0, done.stderr
    assert site.current() == "releases/1.0.4"
    assert site.releases() == {"1.0.2", "1.0.3", "1.0.4"}


def test_the_unit_starts_the_station_in_the_session_and_restarts_it() -> None:
    unit = _ini(DEPLOY / UNIT)
    service = unit["Service"]
    assert service["ExecStart"] == "/opt/mpp-kiosk/current/mpp-kiosk run"
    assert service["Environment"] == "MPP_KIOSK_HOME=%h/mpp-kiosk"
    assert service["Restart"] == "always"
    assert service["KillSignal"] == "SIGTERM"
    assert unit["Unit"]["PartOf"] == "graphical-session.target"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    # Retries, but a crash loop stops: the burst is reached within the interval.
    restart = _seconds(service["RestartSec"])
    burst, interval = (
        int(unit["Unit"]["StartLimitBurst"]),
        _seconds(unit["Unit"]["StartLimitIntervalSec"]),
    )
    assert restart >= 1 and burst >= 3 and burst * restart < interval


def _seconds(span: str) -> int:
    """A systemd time span of the forms the unit uses: 5, 5s, 10min."""
    parsed = re.fullmatch(r"(\d+)\s*(s|min)?", span)
    assert parsed, span
    return int(parsed[1]) * (60 if parsed[2] == "min" else 1)


# One udev rule: comma-separated KEY=="v", KEY{attr}!="v", KEY="v", KEY+="v" pairs.
PAIR = re.compile(r'\s*([A-Z_]+)(?:\{(\w+)\})?(==|!=|\+=|:=|=)"([^"]*)"\s*')
MATCH_KEYS = {"SUBSYSTEM", "KERNEL", "ENV", "ATTR"}
ASSIGN_KEYS = {"MODE", "GROUP", "TAG"}


def _rules() -> list[list[tuple[str, str | None, str, str]]]:
    rules = []
    for line in (DEPLOY / RULES).read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pairs = []
        for part in line.split(","):
            parsed = PAIR.fullmatch(part)
            assert parsed, f"not a udev key: {part!r} in {line!r}"
            key, attr, op, value = parsed.groups()
            if op in ("==", "!="):
                assert key in MATCH_KEYS, line
            else:
                assert key in ASSIGN_KEYS and not attr, line
            pairs.append((key, attr, op, value))
        rules.append(pairs)
    return rules


def _access(device: dict[str, str]) -> dict[str, str]:
    """What the rules give a device (its MODE, GROUP and TAG), matched as udev globs them."""
    given: dict[str, str] = {}
    for rule in _rules():
        matched = all(
            fnmatchcase(device.get(attr or key, ""), value) == (op == "==")
            for key, attr, op, value in rule
            if op in ("==", "!=")
        )
        if matched:
            given.update({key: value for key, _, op, value in rule if op not in ("==", "!=")})
    return given


def _usb(vendor: str, interfaces: str, devtype: str = "usb_device") -> dict[str, str]:
    return {
        "SUBSYSTEM": "usb",
        "DEVTYPE": devtype,
        "idVendor": vendor,
        "ID_USB_INTERFACES": interfaces,
    }


@pytest.mark.parametrize(
    ("device", "opened"),
    [
        pytest.param(_usb("04b8", ":ff0000:"), True, id="Epson in vendor-class mode"),
        pytest.param(_usb("0416", ":070102:"), True, id="POS-58, printer class"),
        pytest.param(_usb("abcd", ":030000:070101:"), True, id="any maker's printer class"),
        pytest.param(_usb("20d1", ":ff0000:"), True, id="Rongta"),
        pytest.param({"SUBSYSTEM": "usbmisc", "KERNEL": "lp0"}, True, id="usblp node"),
        pytest.param(_usb("046d", ":030101:030102:"), False, id="keyboard and mouse"),
        pytest.param(_usb("1fc9", ":030000:"), False, id="NXP-based HID device"),
        pytest.param(_usb("0bda", ":ff0000:"), False, id="vendor class, other maker"),
        pytest.param(_usb("abcd", ":070201:"), False, id="class 07 but not a printer"),
        pytest.param(
            _usb("04b8", ":ff0000:", "usb_interface"), False, id="an interface, not the device"
        ),
    ],
)
def test_the_printer_rule_opens_usb_receipt_printers_and_nothing_else(
    device: dict[str, str], opened: bool
) -> None:
    access = _access(device)
    if opened:
        assert access == {"MODE": "0664", "GROUP": "lp", "TAG": "uaccess"}
    else:
        assert access == {}


def test_the_printer_rule_names_makers_by_their_usb_vendor_ids() -> None:
    vendors = [v for rule in _rules() for k, a, _, v in rule if (k, a) == ("ATTR", "idVendor")]
    assert {"04b8", "0519", "0416", "1504", "20d1"} <= set(vendors)
    assert all(re.fullmatch(r"[0-9a-f]{4}", v) for v in vendors)  # as sysfs writes them
    assert len(vendors) == len(set(vendors))


STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _desktop_exec(value: str) -> list[str]:
    """The argv of a desktop entry's Exec value, decoded as the Desktop Entry spec says."""
    text = re.sub(r"\\([sntr\\])", lambda m: STRING_ESCAPES[m[1]], value)
    argv: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
        elif text[i] == '"':
            arg, i = "", i + 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', text
                    i += 1
                else:
                    assert text[i] not in "`$", f"unescaped {text[i]!r} in {text!r}"
                arg, i = arg + text[i], i + 1
            argv.append(arg)
            i += 1
        else:
            end = text.find(" ", i)
            end = len(text) if end < 0 else end
            word = text[i:end]
            assert not set(word) & set("\"'\\><~|&;$*?#()`"), word
            argv.append(word)
            i = end
    return argv


def test_the_autostart_entry_runs_the_station_with_the_same_home_as_the_unit() -> None:
    desktop = _ini(DEPLOY / "mpp-kiosk.desktop")["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert _desktop_exec(desktop["Exec"]) == [
        "sh",
        "-c",
        "MPP_KIOSK_HOME=$HOME/mpp-kiosk exec /opt/mpp-kiosk/current/mpp-kiosk run",
    ]
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(DEPLOY / "mpp-kiosk.desktop")],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0 and not checked.stdout, checked.stdout
