#!/usr/bin/env bash
# The clinic's confidentiality, proved from outside the program: a throwaway
# cluster gets the clinic schema (data/migrations/postgresql/), five people
# and three cases written by the superuser, and then plain psql signs in as
# each person and asks for what they must, and must not, get. The server
# refuses it, whatever program asks.
#
# Usage: psql_confidentiality.sh MIGRATIONS_DIR   (PG_BINDIR set)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=cluster.sh
. "$here/cluster.sh"
migrations=$1

failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAILED: $1"; failures=$((failures + 1)); }

# expect WHO WHAT SQL WANTED: WHO's query prints exactly WANTED.
expect() {
    local who=$1 what=$2 sql=$3 wanted=$4 got
    got=$("$PSQL" -X -q -At -v ON_ERROR_STOP=1 -U "$who" -c "$sql" 2>&1)
    if [ "$got" = "$wanted" ]; then
        pass "$who: $what ($got)"
    else
        fail "$who: $what: wanted \"$wanted\", got \"$got\""
    fi
}

# refused WHO WHAT SQL PATTERN: WHO's statement fails with a message matching PATTERN.
refused() {
    local who=$1 what=$2 sql=$3 pattern=$4 got status
    got=$("$PSQL" -X -q -At -v ON_ERROR_STOP=1 -U "$who" -c "$sql" 2>&1)
    status=$?
    if [ $status -ne 0 ] && grep -Eq "$pattern" <<<"$got"; then
        pass "$who: $what is refused ($(head -1 <<<"$got"))"
    else
        fail "$who: $what: wanted a refusal matching \"$pattern\", got \"$got\" (exit $status)"
    fi
}

cluster_start || exit 1
for file in "$migrations"/*.sql; do
    as_root -1 -f "$file" || { echo "FAILED: $file did not apply"; exit 1; }
done

# Five people: two counselors, Ben's supervisor, the front desk, the administrator;
# and a login who is not on the staff at all.
as_root <<'SQL' || exit 1
CREATE ROLE ana LOGIN PASSWORD 'ana-pw' IN ROLE clinic_counselor;
CREATE ROLE ben LOGIN PASSWORD 'ben-pw' IN ROLE clinic_counselor;
CREATE ROLE sue LOGIN PASSWORD 'sue-pw' IN ROLE clinic_supervisor;
CREATE ROLE fay LOGIN PASSWORD 'fay-pw' IN ROLE clinic_front_desk;
CREATE ROLE adam LOGIN PASSWORD 'adam-pw' IN ROLE clinic_administrator;
CREATE ROLE stranger LOGIN PASSWORD 'stranger-pw';
SET search_path = clinic;
INSERT INTO staff (role_name, kind, full_name, credentials, supervisor) VALUES
    ('sue', 'supervisor', 'Sue Park', 'LMFT', NULL),
    ('ana', 'counselor', 'Ana Ruiz', 'LPC', NULL),
    ('ben', 'counselor', 'Ben Osei', 'MA', 'sue'),
    ('fay', 'front_desk', 'Fay Long', '', NULL),
    ('adam', 'administrator', 'Adam Crane', '', NULL);
-- Ana's couple (clients 1 and 2, case 1); Ben's client 3 (case 2) and
-- client 4 (case 3), whose case Ben shares with Ana.
INSERT INTO clients (id, first_name, last_name, created_at, updated_at, counselor) VALUES
    (1, 'Naomi', 'Hartwell', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 'ana'),
    (2, 'Daniel', 'Hartwell', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 'ana'),
    (3, 'Grace', 'Okafor', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', 'ben'),
    (4, 'Rosa', 'Alvarez', '2026-01-07T10:00:00Z', '2026-01-07T10:00:00Z', 'ben');
INSERT INTO cases (id, kind, title, opened_at, counselor) VALUES
    (1, 'couple', 'Hartwell marriage', '2026-01-05T10:00:00Z', 'ana'),
    (2, 'individual', 'Grace alone', '2026-01-06T10:00:00Z', 'ben'),
    (3, 'individual', '', '2026-01-07T10:00:00Z', 'ben');
INSERT INTO case_members VALUES (1, 1, 0), (1, 2, 1), (2, 3, 0), (3, 4, 0);
INSERT INTO case_shares VALUES (3, 'ana', 'ben', '2026-01-08T09:00:00Z', NULL);
INSERT INTO sessions (id, case_id, starts_at, status, created_at) VALUES
    (1, 1, '2026-01-12 10:00', 'held', '2026-01-05T10:00:00Z'),
    (2, 2, '2026-01-13 10:00', 'held', '2026-01-06T10:00:00Z'),
    (3, 3, '2026-01-14 10:00', 'held', '2026-01-07T10:00:00Z');
INSERT INTO session_attendees VALUES (1, 1), (1, 2), (2, 3), (3, 4);
INSERT INTO notes (id, session_id, case_id, body, status, signed_at, signed_by, created_at,
                   updated_at) VALUES
    (1, 1, 1, '{"summary":"ana note"}', 'signed', '2026-01-12T12:00:00Z', 'Ana Ruiz, LPC',
     '2026-01-12T11:00:00Z', '2026-01-12T12:00:00Z'),
    (2, 2, 2, '{"summary":"ben note"}', 'signed', '2026-01-13T12:00:00Z', 'Ben Osei, MA',
     '2026-01-13T11:00:00Z', '2026-01-13T12:00:00Z'),
    (3, 3, 3, '{"summary":"shared note"}', 'draft', NULL, NULL,
     '2026-01-14T11:00:00Z', '2026-01-14T11:00:00Z');
INSERT INTO administrations (client_id, case_id, tool_id, definition_version, answers,
                             administered_at, created_at) VALUES
    (1, 1, 'safety-screen', '1', '{"afraid":false}', '2026-01-05T10:30:00Z', '2026-01-05T10:30:00Z'),
    (3, 2, 'safety-screen', '1', '{"afraid":true}', '2026-01-06T10:30:00Z', '2026-01-06T10:30:00Z'),
    (4, NULL, 'intake', '1', '{}', '2026-01-07T10:30:00Z', '2026-01-07T10:30:00Z');
INSERT INTO homework_assignments (case_id, tool_id, template_id, assigned_at, updated_at) VALUES
    (1, 'homework', 'love-maps', '2026-01-12T11:00:00Z', '2026-01-12T11:00:00Z'),
    (2, 'homework', 'journal', '2026-01-13T11:00:00Z', '2026-01-13T11:00:00Z');
INSERT INTO flags (client_id, case_id, code, severity, message, source, raised_at, hold) VALUES
    (NULL, 2, 'safety', 'critical', 'Afraid at home', 'administration:2', '2026-01-06T10:30:00Z', 1);
-- Ids given above: the sequences go on after them.
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['clients', 'cases', 'sessions', 'notes'] LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), max(id)) FROM clinic.%I',
                       'clinic.' || name, name);
    END LOOP;
END
$$;
SQL
for who in ana ben sue fay adam stranger; do cluster_add_password "$who" "$who-pw"; done

ids() { echo "SELECT coalesce(string_agg(DISTINCT $1::text, ',' ORDER BY $1::text), '') FROM clinic.$2"; }

echo "== a counselor: her own clients and cases, and the case shared with her"
expect ana "clients seen" "$(ids id clients)" "1,2,4"
expect ana "cases seen" "$(ids id cases)" "1,3"
expect ana "notes seen, by case" "$(ids case_id notes)" "1,3"
expect ana "administrations seen, by client" "$(ids client_id administrations)" "1,4"
expect ana "homework seen, by case" "$(ids case_id homework_assignments)" "1"
expect ana "flags seen" "SELECT count(*) FROM clinic.flags" "0"
expect ana "sessions seen, by case" "$(ids case_id sessions)" "1,3"
expect ana "another counselor's note changed" \
    "WITH changed AS (UPDATE clinic.notes SET body = '{}' WHERE case_id = 2 RETURNING 1)
     SELECT count(*) FROM changed" "0"
refused ana "a note written into another counselor's case" \
    "INSERT INTO clinic.notes (case_id, created_at, updated_at) VALUES (2, 'x', 'x')" \
    "row-level security"
refused ana "a client added in another counselor's name" \
    "INSERT INTO clinic.clients (first_name, last_name, created_at, updated_at, counselor)
     VALUES ('A', 'B', 'x', 'x', 'ben')" "row-level security"
expect ana "a client added in her own name, and returned to her" \
    "INSERT INTO clinic.clients (first_name, last_name, created_at, updated_at, counselor)
     VALUES ('Maya', 'Stone', 'x', 'x', 'ana') RETURNING last_name" "Stone"
refused ana "changing her own signed note" \
    "UPDATE clinic.notes SET body = '{}' WHERE id = 1" "signed notes cannot be changed"
refused ana "deleting her own signed note" \
    "DELETE FROM clinic.notes WHERE id = 1" "signed notes cannot be changed"
refused ana "reading the audit trail" "SELECT count(*) FROM clinic.audit_log" "permission denied"
expect ana "an audit row in her own name" \
    "WITH added AS (INSERT INTO clinic.audit_log (at, actor, action) VALUES ('x', 'ana', 'client.view')
     RETURNING 1) SELECT count(*) FROM added" "1"
refused ana "an audit row in another's name" \
    "INSERT INTO clinic.audit_log (at, actor, action) VALUES ('x', 'ben', 'client.view')" \
    "row-level security"

echo "== another counselor, and his supervisor"
expect ben "clients seen" "$(ids id clients)" "3,4"
expect ben "cases seen" "$(ids id cases)" "2,3"
expect ben "flags seen, by case" "$(ids case_id flags)" "2"
expect sue "clients seen (her supervisee's)" "$(ids id clients)" "3,4"
expect sue "notes seen (her supervisee's), by case" "$(ids case_id notes)" "2,3"
refused sue "deleting a supervisee's signed note" \
    "DELETE FROM clinic.notes WHERE id = 2" "signed notes cannot be changed"

echo "== the front desk: names, contacts and the schedule, nothing clinical"
expect fay "clients seen, every one" "SELECT count(*) FROM clinic.clients" "5"
expect fay "sessions seen, by case" "$(ids case_id sessions)" "1,2,3"
expect fay "cases seen (without titles)" "SELECT count(*) FROM clinic.cases" "3"
refused fay "a case's title" "SELECT title FROM clinic.cases" "permission denied"
for table in notes note_addenda administrations homework_assignments flags audit_log; do
    refused fay "reading $table" "SELECT count(*) FROM clinic.$table" "permission denied"
done
expect fay "a session booked" \
    "WITH booked AS (INSERT INTO clinic.sessions (case_id, starts_at, created_at)
     VALUES (2, '2026-02-01 09:00', 'x') RETURNING 1) SELECT count(*) FROM booked" "1"

echo "== the administrator: people and the trail's ids, no clinical record"
expect adam "staff seen" "SELECT count(*) FROM clinic.staff" "5"
expect adam "audit rows seen" "SELECT count(*) FROM clinic.audit_log" "1"
for table in clients cases sessions notes administrations homework_assignments flags; do
    refused adam "reading $table" "SELECT count(*) FROM clinic.$table" "permission denied"
done
refused adam "changing the audit trail" "DELETE FROM clinic.audit_log" "permission denied"
refused clinic_root "changing the audit trail, even as the superuser" \
    "DELETE FROM clinic.audit_log" "the audit log cannot be changed"

echo "== sharing ends, a person leaves, strangers and wrong passwords"
expect ben "the share with Ana revoked" \
    "WITH revoked AS (UPDATE clinic.case_shares SET revoked_at = '2026-02-01T00:00:00Z'
     WHERE case_id = 3 AND shared_with = 'ana' RETURNING 1) SELECT count(*) FROM revoked" "1"
expect ana "cases seen after the revocation" "$(ids id cases)" "1"
as_root -c "UPDATE clinic.staff SET active = FALSE WHERE role_name = 'ben'" || exit 1
expect ben "clients seen once inactive" "$(ids id clients)" ""
expect sue "her former supervisee's cases, still hers to supervise" "$(ids id cases)" "2,3"
refused stranger "a login not on the staff reading the staff list" \
    "SELECT count(*) FROM clinic.staff" "permission denied for schema clinic"
got=$(PGPASSFILE=/dev/null PGPASSWORD=wrong "$PSQL" -X -At -U ana -c "SELECT 1" 2>&1)
if grep -q "password authentication failed" <<<"$got"; then
    pass "a wrong password is refused"
else
    fail "a wrong password: $got"
fi

echo
if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every check held"
