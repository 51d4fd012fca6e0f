-- The audit trail becomes a hash chain: each row from here on carries the
-- SHA-256 of its own content and of the row before it, so a row changed,
-- inserted or removed outside the program breaks the chain that
-- `counselorctl audit verify` walks. Rows written before this version are
-- not covered; the setting says where the chain starts (absent: from the
-- first row).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
INSERT OR REPLACE INTO practice_settings (key, value)
    SELECT 'audit.chain_starts_after', id FROM audit_log ORDER BY id DESC LIMIT 1;
