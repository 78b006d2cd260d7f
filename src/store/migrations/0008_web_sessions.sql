-- 0008 The public pages' sessions: what a person has answered in the checker, the calculator and "what now",
-- kept on the server (never in URLs or logs) until the session expires or the person leaves.

-- The browser holds a random token in the retur_web cookie; its SHA-256 is the key here, so a copy of the
-- table opens no session. `data` holds the answers of each flow by name; `expires_at` moves forward on each
-- write (two hours after the last answer) and expired rows are deleted as new answers are written.
CREATE TABLE web_sessions (
  id_hash text PRIMARY KEY,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX web_sessions_expires_idx ON web_sessions (expires_at);
