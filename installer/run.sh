#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens the
# Counselor Workstation window on the default database in your data folder
# (~/.local/share/counselor/counselor.db, or COUNSELOR_DB). The first run
# asks for the practice's name and offers a demo practice to look around in.
# Arguments go to the program (e.g. --db FILE, --safe-mode).
#
# Without a display (a server, a container), it opens the window on a
# virtual display instead, with the demo practice on a first run, saves a
# picture of what it showed and closes it again. That demo practice is
# encrypted with a generated passphrase kept in the demo folder
# (installer/demo-passphrase.sh), which cli-tour.sh uses too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh" >/dev/null
window="$root/build/bin/counselor"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$window" "$@"
fi

picture_dir="${HOME}/Counselor Workstation demo"
mkdir -p "$picture_dir"
picture="$picture_dir/window.png"
passphrase="${COUNSELOR_PASSPHRASE_FILE:-$("$root/installer/demo-passphrase.sh")}"
echo "No display here: opening the window on a virtual display (Xvfb)."
echo "(the demo practice's passphrase is in $passphrase)"
xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$window" --demo --passphrase-file "$passphrase" --size 1280x800 --screenshot "$picture" "$@"
echo "What the window showed is in $picture"
