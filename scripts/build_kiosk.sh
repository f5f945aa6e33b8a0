#!/usr/bin/env bash
# Build the station program as one folder, dist/mpp-kiosk/ (run it as dist/mpp-kiosk/mpp-kiosk).
#   bash scripts/build_kiosk.sh [DISTDIR [WORKDIR]]
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
start=$(date +%s)
work="${2:-build/pyinstaller}"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" kiosk.spec
# Links PyInstaller leaves to the Qt libraries kiosk.spec took out.
find "$dist/mpp-kiosk" -xtype l -delete
echo "dist: $dist/mpp-kiosk ($(du -sh "$dist/mpp-kiosk" | cut -f1), $(( $(date +%s) - start )) s)"
