#!/usr/bin/env bash
# Prints the path of the demo practice's passphrase file,
# ~/Counselor Workstation demo/passphrase, making it first (random, readable
# by you only) when it is not there. run.sh's headless demo and cli-tour.sh
# encrypt the demo database with it; a real practice has its own passphrase.
set -euo pipefail
folder="${HOME}/Counselor Workstation demo"
file="$folder/passphrase"
if [ ! -s "$file" ]; then
  mkdir -p "$folder"
  (umask 077 && head -c 18 /dev/urandom | base64 >"$file")
fi
printf '%s\n' "$file"
