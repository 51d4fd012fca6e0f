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

# Shows each command as you would type it, then runs it.
step() {
  printf '\n\033[1m$ counselorctl'
  printf ' %q' "$@"
  printf '\033[0m\n'
  "$ctl" "$@"
}
# The id of the demo spouse with this first name, if present.
demo_id() { "$ctl" client list --search Hartwell | awk -v first="$1" 'NR > 1 && $2 == "Hartwell" && $3 == first {print $1; exit}'; }

echo "Counselor Workstation $("$ctl" --version | cut -d' ' -f2-)"
step init --practice "Riverside Pastoral Counseling" --counselor "Demo Counselor"

# The demo couple is added once; later runs find it again.
naomi=$(demo_id Naomi)
[ -n "$naomi" ] || naomi=$(step client add --first Naomi --last Hartwell --dob 1986-03-14 --email naomi@example.org | tee /dev/stderr | tail -n 1)
daniel=$(demo_id Daniel)
[ -n "$daniel" ] || daniel=$(step client add --first Daniel --last Hartwell --dob 1984-11-02 | tee /dev/stderr | tail -n 1)

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
