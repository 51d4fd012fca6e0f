-- The case's safety hold: a flag now says itself whether it tells of danger
-- between members of a case or in their home (the form's flag rule "hold"),
-- so no code has to recognise such flags by their code.
--
-- Flags raised before this version carry no such mark. The ones that did
-- tell of danger are the trust and safety plugin's critical "safety" flags
-- and the intake's two abuse questions; the intake wrote the same "risk"
-- code for self-harm, so its two are told apart by the message it wrote,
-- once, here.
ALTER TABLE flags ADD COLUMN hold INTEGER NOT NULL DEFAULT 0 CHECK (hold IN (0, 1));

UPDATE flags SET hold = 1
 WHERE (code = 'safety' AND severity = 'critical')
    OR (code = 'risk' AND message IN (
          'Reports being abused or threatened. Speak with this client alone before any joint session.',
          'Reports abuse in the home. Speak with this client alone before any joint session.'));
