#!/usr/bin/env bash
# The clinic's accounts through counselorctl, checked from outside with psql:
# `clinic init` makes the schema and the first administrator; the
# administrator adds a counselor, a supervisor and the front desk; `clinic
# users` lists them; a person who leaves is disabled and can no longer sign
# in. Every refusal says why in one line and changes nothing: a second init,
# an unknown role, a name taken, a counselor adding people, a newer schema,
# TLS switched off over a network, a server offering no TLS.
#
# Usage: clinic_accounts.sh   (PG_BINDIR and COUNSELORCTL set)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=cluster.sh
. "$here/cluster.sh"

failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAILED: $1"; failures=$((failures + 1)); }

# run WHAT WANTED_EXIT PATTERN counselorctl-args...: the exit status, and
# stdout+stderr matching PATTERN.
run() {
    local what=$1 wanted=$2 pattern=$3 got status
    shift 3
    got=$("$COUNSELORCTL" "$@" 2>&1)
    status=$?
    if [ $status -eq "$wanted" ] && grep -Eq -- "$pattern" <<<"$got"; then
        pass "$what ($(head -1 <<<"$got"))"
    else
        fail "$what: wanted exit $wanted and \"$pattern\", got exit $status: $got"
    fi
}

staff() {
    "$PSQL" -X -q -At -U clinic_root -c \
        "SELECT string_agg(role_name || ':' || kind || ':' || active, ' ' ORDER BY role_name) FROM clinic.staff"
}

cluster_start || exit 1
work=$CLUSTER_DIR/work
mkdir -p "$work"
for who in adam ana sue fay; do echo "$who-first-password" > "$work/$who.pw"; done
as=(--server "postgresql:///clinic?host=$PGHOST&port=$PGPORT")

echo "== clinic init, as the server's superuser"
export PGUSER=clinic_root
run "clinic init makes the clinic" 0 "Clinic created on $PGHOST .schema version 1.; administrator: adam" \
    clinic init "${as[@]}" --admin adam --full-name "Adam Crane" --new-password-file "$work/adam.pw"
run "a second clinic init is refused" 1 "already holds a clinic; nothing was changed" \
    clinic init "${as[@]}" --admin other --full-name "Other" --new-password-file "$work/adam.pw"
before=$(staff)
[ "$before" = "adam:administrator:true" ] && pass "the staff after init: $before" || fail "the staff after init: $before"

echo "== the administrator adds people"
export PGUSER=adam
run "a supervisor added" 0 "^Added sue \(supervisor\)" clinic add-user sue --role supervisor \
    --full-name "Sue Park" --credentials LMFT --new-password-file "$work/sue.pw" "${as[@]}" \
    --password-file "$work/adam.pw"
run "a counselor under supervision added" 0 "^Added ana \(counselor\)" clinic add-user ana \
    --supervisor sue --full-name "Ana Ruiz" --credentials LPC --new-password-file "$work/ana.pw" \
    "${as[@]}" --password-file "$work/adam.pw"
run "the front desk added" 0 "^Added fay \(front-desk\)" clinic add-user fay --role front-desk \
    --full-name "Fay Long" --new-password-file "$work/fay.pw" "${as[@]}" --password-file "$work/adam.pw"
before=$(staff)
run "an unknown role is refused" 1 "--role takes counselor, supervisor, front-desk or administrator" \
    clinic add-user zed --role janitor --full-name "Zed" --new-password-file "$work/fay.pw" \
    "${as[@]}" --password-file "$work/adam.pw"
run "a name taken is refused" 1 "a person or role named \"ana\" already exists" \
    clinic add-user ana --full-name "Ana Again" --new-password-file "$work/fay.pw" "${as[@]}" \
    --password-file "$work/adam.pw"
run "a name the server keeps is refused" 1 "kept for the server itself" \
    clinic add-user clinic_owner --full-name "X" --new-password-file "$work/fay.pw" "${as[@]}" \
    --password-file "$work/adam.pw"
run "an unknown supervisor is refused" 1 "\"nobody\" is not an active supervisor" \
    clinic add-user ben --supervisor nobody --full-name "Ben Osei" --new-password-file "$work/fay.pw" \
    "${as[@]}" --password-file "$work/adam.pw"
[ "$(staff)" = "$before" ] && pass "nothing changed by the refusals" || fail "the refusals changed the staff: $(staff)"

run "clinic users lists everyone" 0 "ana +counselor +Ana Ruiz +LPC +sue +active" \
    clinic users "${as[@]}" --password-file "$work/adam.pw"
got=$("$COUNSELORCTL" clinic users --json "${as[@]}" --password-file "$work/adam.pw" 2>&1)
if grep -q '"role": "front-desk"' <<<"$got" && grep -q '"supervisor": "sue"' <<<"$got"; then
    pass "clinic users --json names roles and supervisors"
else
    fail "clinic users --json: $got"
fi

echo "== what the new people are, seen from psql"
cluster_add_password ana ana-first-password
cluster_add_password fay fay-first-password
got=$("$PSQL" -X -q -At -U ana -c "SELECT pg_has_role('ana', 'clinic_counselor', 'member')")
[ "$got" = "t" ] && pass "ana signs in with her first password and is a counselor" || fail "ana: $got"
got=$("$PSQL" -X -q -At -U fay -c "SELECT count(*) FROM clinic.notes" 2>&1)
grep -q "permission denied" <<<"$got" && pass "fay, the front desk, reads no note" || fail "fay: $got"

echo "== refusals by who asks"
export PGUSER=ana
before=$(staff)
run "a counselor adding people is refused" 1 "ana may not add people: only an administrator" \
    clinic add-user eve --full-name "Eve" --new-password-file "$work/fay.pw" "${as[@]}" \
    --password-file "$work/ana.pw"
[ "$(staff)" = "$before" ] && pass "nothing changed by her attempt" || fail "her attempt changed: $(staff)"
run "a wrong password is refused" 1 "refused the password" \
    clinic users "${as[@]}" --password-file "$work/fay.pw"

echo "== a person leaves"
export PGUSER=adam
run "fay disabled" 0 "^Disabled fay" clinic disable-user fay "${as[@]}" --password-file "$work/adam.pw"
got=$("$PSQL" -X -q -At -U fay -c "SELECT 1" 2>&1)
grep -q "not permitted to log in" <<<"$got" && pass "fay can no longer sign in" || fail "fay after leaving: $got"
run "she stays on the list, disabled" 0 "fay +front-desk +Fay Long.*disabled" \
    clinic users "${as[@]}" --password-file "$work/adam.pw"

echo "== a newer schema, and the network without TLS"
"$PSQL" -X -q -U clinic_root -c "INSERT INTO clinic.schema_migrations VALUES (99, 'x')"
before=$(staff)
run "a newer clinic schema is refused" 1 "schema version 99, newer than this program knows" \
    clinic add-user eve --full-name "Eve" --new-password-file "$work/fay.pw" "${as[@]}" \
    --password-file "$work/adam.pw"
[ "$(staff)" = "$before" ] && pass "nothing written to the newer schema" || fail "written: $(staff)"
"$PSQL" -X -q -U clinic_root -c "DELETE FROM clinic.schema_migrations WHERE version = 99"
run "TLS switched off over a network is refused before connecting" 1 \
    "would be reached without TLS .sslmode=disable." \
    clinic users --server "postgresql://127.0.0.1:1/clinic?sslmode=disable" --password-file "$work/adam.pw"
cluster_listen_on_loopback || exit 1
run "a server offering no TLS over the network is refused" 1 \
    "the clinic server at 127.0.0.1 offers no TLS" \
    clinic users --server "postgresql://127.0.0.1:$CLUSTER_TCP_PORT/clinic" --password-file "$work/adam.pw"

echo "== TLS with a certificate made now"
tls_settings=$(cluster_make_certificates) || exit 1
# shellcheck disable=SC2086
cluster_listen_on_loopback $tls_settings || exit 1
tls=$CLUSTER_DIR/tls
run "the server's certificate checked against the clinic's CA (verify-full)" 0 \
    "fay +front-desk +Fay Long" \
    clinic users --server "postgresql://localhost:$CLUSTER_TCP_PORT/clinic?sslrootcert=$tls/ca.crt" \
    --password-file "$work/adam.pw"
run "a certificate from an authority this computer does not trust is refused" 1 \
    "the clinic server at localhost presented a certificate this computer does not trust" \
    clinic users --server "postgresql://localhost:$CLUSTER_TCP_PORT/clinic?sslrootcert=$tls/other-ca.crt" \
    --password-file "$work/adam.pw"
run "a certificate for another name is refused" 1 \
    "the certificate of the clinic server at 127.0.0.1 is for another name" \
    clinic users --server "postgresql://127.0.0.1:$CLUSTER_TCP_PORT/clinic?sslrootcert=$tls/ca.crt" \
    --password-file "$work/adam.pw"

echo
if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every check held"
