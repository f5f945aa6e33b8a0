#!/usr/bin/env bash
# Update the station program on a kiosk PC (see README.md here).
#   sudo bash deploy/linux/update.sh BUILD_DIR
# Stops the station, backs its database up with the program in use, puts the new release
# in place, migrates the database with it, and starts the station again. When the
# migration fails, the previous release is put back. The station's config and data are
# touched only by the programs' own `db backup` and `db upgrade`.
set -euo pipefail
# shellcheck source=deploy/linux/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ $# -eq 1 ] || die "pakai: update.sh FOLDER_BUILD" "usage: update.sh BUILD_DIR"
build="$1"
resolve_paths
version="$(build_version "$build")"
previous="$(current_release)"
if [ -z "$previous" ] || [ ! -x "$PREFIX/current/mpp-kiosk" ]; then
    die "MPP Kiosk belum terpasang di $PREFIX; pakai install.sh" \
        "MPP Kiosk is not installed in $PREFIX; use install.sh"
fi
database="$MPP_KIOSK_HOME/data/station.sqlite"

start_station() {
    # Only a unit that is enabled is started: a PC using the autostart entry instead
    # would otherwise run the station twice.
    if user_systemctl is-enabled --quiet "$UNIT"; then
        user_systemctl reset-failed "$UNIT" || true
        user_systemctl start "$UNIT" ||
            warn "stasiun belum jalan; ia mulai saat $KIOSK_USER masuk (mulai ulang PC)" \
                "the station is not running; it starts when $KIOSK_USER logs in (restart the PC)"
    else
        warn "$UNIT tidak dijalankan sekarang (tidak aktif, atau $KIOSK_USER belum masuk); stasiun mulai saat $KIOSK_USER masuk" \
            "$UNIT not started now (not enabled, or $KIOSK_USER is not logged in); the station starts when $KIOSK_USER logs in"
    fi
}

say "Memperbarui MPP Kiosk $previous → $version" "Updating MPP Kiosk $previous → $version"
user_systemctl stop "$UNIT" ||
    warn "layanan $UNIT tidak bisa dihentikan; pastikan stasiun tidak sedang berjalan" \
        "could not stop $UNIT; make sure the station is not running"

# The program in use surely understands the database as it is now.
if [ -f "$database" ]; then
    say "Mencadangkan basis data dengan versi $previous" "Backing up the database with $previous"
    if ! as_kiosk "$PREFIX/current/mpp-kiosk" db backup; then
        start_station
        die "pencadangan gagal; tidak ada yang diubah" "the backup failed; nothing was changed"
    fi
else
    say "Belum ada basis data di $database; tidak ada yang dicadangkan" \
        "No database at $database yet; nothing to back up"
fi

release="$(copy_release "$build" "$version")"
switch_current "$release"
if [ -f "$database" ] && ! as_kiosk "$PREFIX/current/mpp-kiosk" db upgrade; then
    switch_current "$previous"
    rm -rf "${PREFIX:?}/releases/$release"
    start_station
    die "migrasi basis data oleh $version gagal; kembali ke $previous (cadangan di $MPP_KIOSK_HOME/data/backups)" \
        "$version failed to migrate the database; back to $previous (backups in $MPP_KIOSK_HOME/data/backups)"
fi

install_udev_rule
# A PC that uses the autostart entry instead has no unit: none is added then.
if [ -f "$UNIT_DIR/$UNIT" ] && write_unit; then
    user_systemctl daemon-reload || true
fi
prune_releases "$release" "$previous"
start_station
say "Selesai: MPP Kiosk $version ($release) terpasang; sebelumnya $previous" \
    "Done: MPP Kiosk $version ($release) installed; before it $previous"
