#!/usr/bin/env bash
# Fails when data/man/counselorctl.1 and the program disagree: every command
# and subcommand counselorctl --help lists, and every option each one takes,
# must be in the man page, so a new option cannot ship undocumented.
#
# Usage: check_man_page.sh COUNSELORCTL MAN_PAGE
set -euo pipefail
ctl=$1
page=$2

# The page as plain words: troff's \- as -, font changes dropped.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")
missing=()

subcommands_of() {
    "$ctl" "$@" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'
}
check() {  # $@: the command's words, none for counselorctl itself
    if [ $# -gt 0 ] && ! grep -qE "(^|[ .])$*( |\$)" <<<"$text"; then
        missing+=("command '$*'")
    fi
    local option
    for option in $("$ctl" "$@" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        grep -qF -- "$option" <<<"$text" || missing+=("option $option of '${*:-counselorctl}'")
    done
    local sub
    for sub in $(subcommands_of "$@"); do
        check "$@" "$sub"
    done
}
check

if [ ${#missing[@]} -gt 0 ]; then
    echo "not in $page:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
echo "every command and option of counselorctl is in $page"
