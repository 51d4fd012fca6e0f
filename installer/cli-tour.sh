#!/usr/bin/env bash
# A guided tour of counselorctl on the default database in your data folder
# (~/.local/share/counselor/counselor.db, or COUNSELOR_DB): it adds a demo
# couple (once), has both spouses take the assessments, prints the couple
# report, signs a session note and exports homework handouts.
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
# Runs a step that prints an id, shows its output, and keeps the id in $last_id.
step_id() {
  local output
  output=$(step "$@")
  printf '%s\n' "$output"
  last_id=$(printf '%s\n' "$output" | tail -n 1)
}
# The id of the demo spouse with this first name, if present.
demo_id() { "$ctl" client list --search Hartwell | awk -v first="$1" 'NR > 1 && $2 == "Hartwell" && $3 == first {print $1; exit}'; }

echo "Counselor Workstation $("$ctl" --version | cut -d' ' -f2-)"
# A new database is encrypted. Unless you name your own passphrase file, the
# tour uses the demo's (made once, readable by you only), which run.sh's
# headless demo shares.
if [ -z "${COUNSELOR_PASSPHRASE_FILE:-}" ]; then
  export COUNSELOR_PASSPHRASE_FILE="$("$root/installer/demo-passphrase.sh")"
  echo "(the demo practice's passphrase is in $COUNSELOR_PASSPHRASE_FILE)"
fi
step init --practice "Riverside Pastoral Counseling" --counselor "Demo Counselor"

# The demo couple is added once; later runs find it again.
naomi=$(demo_id Naomi)
if [ -z "$naomi" ]; then
  step_id client add --first Naomi --last Hartwell --dob 1986-03-14 --email naomi@example.org
  naomi=$last_id
fi
daniel=$(demo_id Daniel)
if [ -z "$daniel" ]; then
  step_id client add --first Daniel --last Hartwell --dob 1984-11-02
  daniel=$last_id
fi

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
step form show stage-inventory | sed -n '1,30p'
echo "    ... (the whole form: counselorctl form show stage-inventory)"

# Both spouses complete the three trust and safety instruments (once).
demo="$root/data/demo"
# (The report names any instrument a spouse has not completed yet.)
report=$("$ctl" report couple --case "$case_id")
if grep -q "has not completed" <<<"$report"; then
  for tool in stage-inventory needs-check safety-screen; do
    step assess "$tool" --client "$naomi" --case "$case_id" --answers "$demo/naomi-$tool.json" >/dev/null
    step assess "$tool" --client "$daniel" --case "$case_id" --answers "$demo/daniel-$tool.json" | sed -n '1,12p'
  done
fi

out="$HOME/Counselor Workstation demo"
mkdir -p "$out"
step report couple --case "$case_id" | sed -n '1,60p'
echo "    ... (the whole report: counselorctl report couple --case $case_id)"
step report couple --case "$case_id" --format pdf --out "$out/Couple report.pdf" --replace

# Naomi's answers to the private statements ask to talk with her alone, so
# the first session is hers; its note is signed, and corrected by an addendum.
step_id session add --case "$case_id" --at "2026-11-20 10:00" --minutes 60 --attendees "$naomi"
session=$last_id
step_id note add --session "$session" --template soap --fields "$demo/soap-note.json"
note=$last_id
step note sign "$note"
# A signed note never changes: the edit is refused and the note stays as signed.
step note edit "$note" --fields "$demo/soap-note.json" || echo "    (refused, as it must be)"
step note addendum "$note" --text "Correction: the session ran 60 minutes, not 50." >/dev/null
step note show "$note"
# The session took place: say so, and see the case's sessions.
step session status "$session" held
step session list --case "$case_id"

# Two homework handouts for the couple, as PDF.
step flags list --case "$case_id"
step homework templates --case "$case_id"
step_id homework assign --case "$case_id" --template daily-gratitude --due 2026-12-05 \
  --note "Start on Sunday evening, before bed."
gratitude=$last_id
step_id homework assign --case "$case_id" --template listening-without-fixing --due 2026-12-03
listening=$last_id
step homework export "$gratitude" --format pdf --out "$out" --replace
step homework export "$listening" --format pdf --out "$out" --replace

cat <<MSG

The printouts are in "$out".
Everything ran on the database named at the top. More: $ctl --help
MSG
