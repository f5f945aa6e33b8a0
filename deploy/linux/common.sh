# Shared by install.sh and update.sh (sourced, not run): settings, messages, and the steps
# both take. Every path can be moved with an environment variable (see README.md here).
# shellcheck shell=bash

PREFIX="${PREFIX:-/opt/mpp-kiosk}"
UDEV_DIR="${UDEV_DIR:-/etc/udev/rules.d}"
KIOSK_USER="${KIOSK_USER:-kiosk}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"
UDEVADM="${UDEVADM:-udevadm}"
KEEP_RELEASES=3
UNIT=mpp-kiosk.service
RULES=60-mpp-kiosk-printers.rules
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Whether the station home was chosen by hand: then the unit is told, else it keeps %h.
HOME_GIVEN="${MPP_KIOSK_HOME:+yes}"
# The program folder is root's and readable by all; nothing in it is the kiosk user's.
umask 022

say() { printf '%s / %s\n' "$1" "$2"; }
warn() { printf 'PERINGATAN: %s / WARNING: %s\n' "$1" "$2" >&2; }
die() {
    printf 'GAGAL: %s / FAILED: %s\n' "$1" "$2" >&2
    exit 1
}

# The kiosk user's home folder, MPP_KIOSK_HOME and UNIT_DIR; refuses unusable paths.
resolve_paths() {
    local user_home=""
    if [ -z "${MPP_KIOSK_HOME:-}" ] || [ -z "${UNIT_DIR:-}" ]; then
        user_home="$(getent passwd "$KIOSK_USER" | cut -d: -f6)" ||
            die "pengguna $KIOSK_USER tidak ada; buat dulu (adduser $KIOSK_USER)" \
                "user $KIOSK_USER does not exist; create it first (adduser $KIOSK_USER)"
    fi
    MPP_KIOSK_HOME="${MPP_KIOSK_HOME:-$user_home/mpp-kiosk}"
    UNIT_DIR="${UNIT_DIR:-$user_home/.config/systemd/user}"
    local path
    for path in "$PREFIX" "$MPP_KIOSK_HOME" "$UNIT_DIR" "$UDEV_DIR"; do
        # These paths are written into the unit file, where spaces and % mean something.
        [[ "$path" =~ ^/[A-Za-z0-9._/-]*$ ]] ||
            die "jalur harus mutlak, tanpa spasi atau tanda khusus: $path" \
                "paths must be absolute, without spaces or special characters: $path"
    done
    if [ "$(id -un)" != "$KIOSK_USER" ] && [ "$(id -u)" != 0 ]; then
        die "jalankan sebagai root (sudo) atau sebagai $KIOSK_USER" \
            "run as root (sudo) or as $KIOSK_USER"
    fi
}

# Run a command as the kiosk user with the station's home, so what it writes is the
# station's own (a backup made as root would be root's, and the station could not prune it).
as_kiosk() {
    if [ "$(id -un)" = "$KIOSK_USER" ]; then
        env MPP_KIOSK_HOME="$MPP_KIOSK_HOME" "$@"
    else
        runuser -u "$KIOSK_USER" -- env MPP_KIOSK_HOME="$MPP_KIOSK_HOME" "$@"
    fi
}

# systemctl --user for the kiosk user; from root through the user's own manager (-M),
# which exists while the kiosk user is logged in.
user_systemctl() {
    if [ "$(id -un)" = "$KIOSK_USER" ]; then
        "$SYSTEMCTL" --user "$@"
    else
        "$SYSTEMCTL" --user --machine="$KIOSK_USER@.host" "$@"
    fi
}

# The version a build says it is ("mpp-kiosk 1.2.3" → 1.2.3); refuses a build that cannot say.
build_version() {
    local build="$1" answer version
    [[ -f "$build/mpp-kiosk" && -x "$build/mpp-kiosk" ]] ||
        die "tidak ada program mpp-kiosk yang bisa dijalankan di $build" \
            "no runnable mpp-kiosk program in $build"
    answer="$(timeout 60 "$build/mpp-kiosk" --version 2>/dev/null)" ||
        die "$build/mpp-kiosk --version gagal; paket ini rusak atau bukan untuk PC ini" \
            "$build/mpp-kiosk --version failed; this build is broken or not for this PC"
    version="${answer#mpp-kiosk }"
    [[ "$answer" == "mpp-kiosk "* && "$version" =~ ^[0-9A-Za-z][0-9A-Za-z.+_-]*$ ]] ||
        die "$build/mpp-kiosk --version menjawab '$answer', bukan 'mpp-kiosk VERSI'" \
            "$build/mpp-kiosk --version answered '$answer', not 'mpp-kiosk VERSION'"
    printf '%s\n' "$version"
}

# Copy a build to releases/VERSION (VERSION-2, -3… when that name is taken: the same
# version installed again is a release of its own, so the one in use is never overwritten).
# Prints the new release's name.
copy_release() {
    local build="$1" version="$2" name n=2
    mkdir -p "$PREFIX/releases"
    name="$version"
    while [ -e "$PREFIX/releases/$name" ]; do
        name="$version-$n"
        n=$((n + 1))
    done
    # Copied under a hidden name first: a power cut mid-copy leaves no half release.
    local incoming="$PREFIX/releases/.incoming-$name"
    rm -rf "$incoming"
    mkdir "$incoming"
    cp -RP "$build/." "$incoming/"
    chmod -R u+rwX,go+rX,go-w "$incoming"
    mv -T "$incoming" "$PREFIX/releases/$name"
    touch "$PREFIX/releases/$name" # the newest release is the newest folder (see prune)
    printf '%s\n' "$name"
}

# Point current at releases/NAME in one step (a new link, renamed over the old one).
switch_current() {
    ln -sfn "releases/$1" "$PREFIX/.current.new"
    mv -T "$PREFIX/.current.new" "$PREFIX/current"
}

# The release current points at (its folder name), or nothing when there is none.
current_release() {
    local target
    target="$(readlink "$PREFIX/current" 2>/dev/null)" || return 0
    printf '%s\n' "${target##*/}"
}

# Keep the KEEP_RELEASES newest releases, and always the ones named as arguments.
prune_releases() {
    local name keep
    find "$PREFIX/releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%T@\t%f\n' |
        sort -rn | tail -n +$((KEEP_RELEASES + 1)) | cut -f2 |
        while IFS= read -r name; do
            for keep in "$@"; do
                [ "$name" = "$keep" ] && continue 2
            done
            say "Menghapus rilis lama $name" "Removing old release $name"
            rm -rf "${PREFIX:?}/releases/$name"
        done
}

# The printer rule, written only when it changed; udev is told to read it again.
install_udev_rule() {
    if cmp -s "$DEPLOY_DIR/$RULES" "$UDEV_DIR/$RULES"; then
        return 0
    fi
    say "Memasang aturan udev printer di $UDEV_DIR" "Installing the printer udev rule in $UDEV_DIR"
    install -D -m 0644 "$DEPLOY_DIR/$RULES" "$UDEV_DIR/$RULES"
    if ! { "$UDEVADM" control --reload-rules && "$UDEVADM" trigger --subsystem-match=usb; }; then
        warn "udev belum membaca aturan baru; cabut lalu colokkan printer, atau mulai ulang PC" \
            "udev did not reload the rules; unplug and replug the printer, or restart the PC"
    fi
}

# The unit as this PC needs it (PREFIX, and MPP_KIOSK_HOME when it was chosen by hand).
unit_text() {
    local rules=(-e "s|/opt/mpp-kiosk/current/|$PREFIX/current/|")
    if [ -n "$HOME_GIVEN" ]; then
        rules+=(-e "s|^Environment=MPP_KIOSK_HOME=.*|Environment=MPP_KIOSK_HOME=$MPP_KIOSK_HOME|")
    fi
    sed "${rules[@]}" "$DEPLOY_DIR/$UNIT"
}

# Write the unit into the kiosk user's unit folder (as that user, so the folders are
# theirs); returns 1 when it was already the same.
write_unit() {
    local text
    text="$(unit_text)"
    if [ -f "$UNIT_DIR/$UNIT" ] && [ "$(cat "$UNIT_DIR/$UNIT")" = "$text" ]; then
        return 1
    fi
    say "Memasang unit systemd di $UNIT_DIR" "Installing the systemd unit in $UNIT_DIR"
    as_kiosk mkdir -p "$UNIT_DIR"
    printf '%s\n' "$text" | as_kiosk tee "$UNIT_DIR/$UNIT" >/dev/null
}
