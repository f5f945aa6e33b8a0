#!/usr/bin/env bash
# First installation of the packaged station program on a kiosk PC (see README.md here).
#   sudo bash deploy/linux/install.sh BUILD_DIR
# BUILD_DIR is the one-folder build, the folder holding the mpp-kiosk program.
# A PC that already has it is updated with update.sh instead.
set -euo pipefail
# shellcheck source=deploy/linux/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ $# -eq 1 ] || die "pakai: install.sh FOLDER_BUILD" "usage: install.sh BUILD_DIR"
build="$1"
resolve_paths
version="$(build_version "$build")"
if [ -e "$PREFIX/current" ] || [ -L "$PREFIX/current" ]; then
    die "MPP Kiosk sudah terpasang di $PREFIX ($(current_release)); untuk versi baru pakai update.sh" \
        "MPP Kiosk is already installed in $PREFIX ($(current_release)); use update.sh for a new version"
fi

say "Memasang MPP Kiosk $version di $PREFIX" "Installing MPP Kiosk $version in $PREFIX"
release="$(copy_release "$build" "$version")"
switch_current "$release"
install_udev_rule
write_unit || true

# Enabling a unit wanted by graphical-session.target only links it into that target's
# .wants folder. Without a reachable user manager (the kiosk user is not logged in yet)
# the link is made here, as systemctl would make it.
if user_systemctl daemon-reload && user_systemctl enable "$UNIT"; then
    say "Layanan $UNIT diaktifkan" "Service $UNIT enabled"
else
    warn "systemd pengguna $KIOSK_USER tidak terjangkau; layanan diaktifkan lewat tautan" \
        "the systemd user manager of $KIOSK_USER is not reachable; enabled through a link"
    as_kiosk mkdir -p "$UNIT_DIR/graphical-session.target.wants"
    as_kiosk ln -sfn "$UNIT_DIR/$UNIT" "$UNIT_DIR/graphical-session.target.wants/$UNIT"
fi

say "Selesai. Data stasiun: $MPP_KIOSK_HOME. Stasiun mulai saat $KIOSK_USER masuk (mulai ulang PC)." \
    "Done. Station data: $MPP_KIOSK_HOME. The station starts when $KIOSK_USER logs in (restart the PC)."
