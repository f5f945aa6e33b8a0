"""Where an export can go: the USB sticks the desktop mounted, then the station's own folder."""

from __future__ import annotations

from pathlib import Path

from kiosk.paths import Paths
from kiosk.services.export_targets import ExportTarget, export_targets, removable_drives

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda1 /boot/efi vfat rw,relatime,fmask=0077 0 0
/dev/sdb1 /media/teknisi/USB\\040STICK vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /run/media/ana/KINGSTON exfat rw,nosuid,nodev,relatime 0 0
/dev/sr0 /media/teknisi/CDROM iso9660 ro,nosuid,nodev,relatime 0 0
broken line
"""


def test_writable_drives_under_media_are_listed_with_their_names(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    assert removable_drives(mounts) == [
        ExportTarget(Path("/media/teknisi/USB STICK"), "USB STICK", removable=True),
        ExportTarget(Path("/run/media/ana/KINGSTON"), "KINGSTON", removable=True),
    ]


def test_the_station_folder_comes_last_and_is_there_without_a_stick(
    tmp_path: Path, home: Paths
) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    targets = export_targets(home, mounts)
    assert [t.removable for t in targets] == [True, True, False]
    assert targets[-1].path == home.exports
    nothing = tmp_path / "no-such-file"
    assert export_targets(home, nothing) == [ExportTarget(home.exports, "exports", False)]
