#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and runs
# Counselor Workstation on the default database in your data folder
# (~/.local/share/counselor/counselor.db, or COUNSELOR_DB).
#
# Until the window exists this is a guided tour of counselorctl: it adds a
# demo couple (once), opens their case, lists the tools and shows a form.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh" >/dev/null
ctl="$root/build/bin/counselorctl"

step() { printf '\n\033[1m$ counselorctl %s\033[0m\n' "$*"; "$ctl" "$@"; }

echo "Counselor Workstation $("$ctl" --version | cut -d' ' -f2-)"
step init --practice "Riverside Pastoral Counseling" --counselor "Demo Counselor"

# The demo couple is added once; later runs find it again.
ids=$("$ctl" client list --search Hartwell | awk 'NR > 1 && $2 == "Hartwell" {print $1}')
if [ "$(echo "$ids" | grep -c .)" -lt 2 ]; then
  step client add --first Naomi --last Hartwell --dob 1986-03-14 --email naomi@example.org
  step client add --first Daniel --last Hartwell --dob 1984-11-02
  ids=$("$ctl" client list --search Hartwell | awk 'NR > 1 && $2 == "Hartwell" {print $1}')
fi
naomi=$(echo "$ids" | sed -n 1p)
daniel=$(echo "$ids" | sed -n 2p)

first_case() { "$ctl" case list --client "$naomi" | awk 'NR > 1 && $2 == "couple" {print $1; exit}'; }
case_id=$(first_case)
if [ -z "$case_id" ]; then
  step case open --kind couple --client "$naomi" --client "$daniel" --title "Rebuilding trust"
  case_id=$(first_case)
fi

step client list
step case show "$case_id"
step plugins list
step tools list
step form show weekly-checkin

cat <<MSG

That is the foundation: records, cases, plugins and forms, on the database
named at the top. Everything else: $ctl --help
MSG
