-- The first schema of a practice database.
--
-- Written for the SQLite 3.15 engine inside SQLCipher 3.4: no UPSERT, no
-- RETURNING, no window or JSON functions. Timestamps are UTC text
-- "YYYY-MM-DDTHH:MM:SSZ", dates "YYYY-MM-DD"; JSON documents are TEXT.

CREATE TABLE practice_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id            INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    date_of_birth TEXT,
    email         TEXT,
    phone         TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
-- Name search is a case-insensitive prefix match listed by last, then first
-- name; these indexes serve the ordering and the first-name lookups.
CREATE INDEX clients_by_name ON clients (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX clients_by_first_name ON clients (first_name COLLATE NOCASE);

CREATE TABLE cases (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('individual', 'couple', 'family')),
    title     TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at TEXT NOT NULL,
    closed_at TEXT
);

-- Members of a case, in the order they were added. Deleting a client who is
-- still a member of a case is refused (no cascade on client_id).
CREATE TABLE case_members (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (case_id, client_id)
) WITHOUT ROWID;
CREATE INDEX case_members_by_client ON case_members (client_id);

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 50 CHECK (duration_minutes > 0),
    status           TEXT NOT NULL DEFAULT 'scheduled'
                     CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
    created_at       TEXT NOT NULL
);
CREATE INDEX sessions_by_case ON sessions (case_id, starts_at);

CREATE TABLE session_attendees (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    PRIMARY KEY (session_id, client_id)
) WITHOUT ROWID;
CREATE INDEX session_attendees_by_client ON session_attendees (client_id);

-- Session notes. body is the filled template as JSON. A note is edited while
-- a draft; once signed it is part of the record and only addenda may follow.
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER REFERENCES sessions (id),
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    tool_id     TEXT,
    template_id TEXT,
    body        TEXT NOT NULL DEFAULT '{}',
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    signed_at   TEXT,
    signed_by   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (status = 'draft' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL))
);
CREATE INDEX notes_by_case ON notes (case_id);
CREATE INDEX notes_by_session ON notes (session_id);

-- Enforced here, not only in code, so no path through the program (or a
-- future one) can alter what a counselor signed.
CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

-- Corrections to a signed note. Each addendum is signed when written and is
-- itself unchangeable.
CREATE TABLE note_addenda (
    id         INTEGER PRIMARY KEY,
    note_id    INTEGER NOT NULL REFERENCES notes (id),
    body       TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    signed_by  TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX note_addenda_by_note ON note_addenda (note_id);

CREATE TRIGGER note_addenda_signed_notes_only BEFORE INSERT ON note_addenda
WHEN (SELECT status FROM notes WHERE id = NEW.note_id) IS NOT 'signed'
BEGIN
    SELECT RAISE(ABORT, 'addenda can only be added to signed notes');
END;

CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'note addenda cannot be changed');
END;

CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'note addenda cannot be changed');
END;

-- One completed assessment. answers and result (scores, bands, flags) are
-- JSON; definition_version says which form the answers belong to.
CREATE TABLE administrations (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients (id),
    case_id            INTEGER REFERENCES cases (id),
    tool_id            TEXT NOT NULL,
    definition_version TEXT NOT NULL,
    answers            TEXT NOT NULL,
    result             TEXT,
    administered_at    TEXT NOT NULL,
    created_at         TEXT NOT NULL
);
CREATE INDEX administrations_by_client ON administrations (client_id, administered_at);
CREATE INDEX administrations_by_case ON administrations (case_id);

CREATE TABLE homework_assignments (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    client_id       INTEGER REFERENCES clients (id),
    tool_id         TEXT NOT NULL,
    template_id     TEXT NOT NULL,
    personalisation TEXT NOT NULL DEFAULT '{}',
    status          TEXT NOT NULL DEFAULT 'assigned'
                    CHECK (status IN ('assigned', 'completed', 'reviewed')),
    assigned_at     TEXT NOT NULL,
    due_on          TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX homework_by_case ON homework_assignments (case_id);
CREATE INDEX homework_by_client ON homework_assignments (client_id);

-- Things a counselor must not miss (e.g. a risk item answered), raised by a
-- tool or by hand, open until resolved.
CREATE TABLE flags (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER REFERENCES clients (id),
    case_id     INTEGER REFERENCES cases (id),
    code        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    message     TEXT NOT NULL,
    source      TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    CHECK (client_id IS NOT NULL OR case_id IS NOT NULL)
);
CREATE INDEX flags_by_client ON flags (client_id);
CREATE INDEX flags_by_case ON flags (case_id);

CREATE TABLE plugin_data (
    plugin_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (plugin_id, key)
) WITHOUT ROWID;

-- Who did what to which record. Ids and counts only: never names, note
-- text or answers. Append-only, so the trail cannot be edited afterwards.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id   INTEGER,
    outcome     TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'refused', 'failed')),
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_record ON audit_log (record_type, record_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;
