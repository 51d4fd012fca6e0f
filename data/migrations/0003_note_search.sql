-- Full-text search over signed session notes (FTS4: the engine inside
-- SQLCipher is SQLite 3.15, which has no FTS5).
--
-- What is indexed is the text a counselor wrote, not the JSON it is stored
-- in: note_text(body) joins the body's string values with newlines (a
-- function every connection of the program registers), so field names such
-- as "plan" and JSON escapes never match.
--
-- Contentless (content=""): the words are indexed, the text is not stored a
-- second time. A contentless table cannot forget a row, and it never has to:
-- only signed notes are indexed, and the triggers of the first schema
-- refuse any change to a signed note. A note enters the index when it is
-- signed (or written signed); drafts are not searched.
CREATE VIRTUAL TABLE note_search USING fts4(content="", text, tokenize=unicode61);

CREATE TRIGGER notes_search_signed_insert AFTER INSERT ON notes
WHEN NEW.status = 'signed'
BEGIN
    INSERT INTO note_search (docid, text) VALUES (NEW.id, note_text(NEW.body));
END;

CREATE TRIGGER notes_search_on_sign AFTER UPDATE OF status ON notes
WHEN NEW.status = 'signed' AND OLD.status IS NOT 'signed'
BEGIN
    INSERT INTO note_search (docid, text) VALUES (NEW.id, note_text(NEW.body));
END;

INSERT INTO note_search (docid, text)
    SELECT id, note_text(body) FROM notes WHERE status = 'signed';
