-- 0002 case work: the projections of a return case, the people linked to it, departures (which the
-- statistics count), and accounts. Every projection is written in the transaction that appends the event.

-- The case document (the fold of its events) and the columns the lists filter and sort on.
ALTER TABLE cases
  ADD COLUMN reference text UNIQUE,
  ADD COLUMN state jsonb,
  ADD COLUMN authority text,
  ADD COLUMN decision_kind text,
  ADD COLUMN deadline date,
  ADD COLUMN assisted_status text NOT NULL DEFAULT 'none',
  ADD COLUMN appeal_status text NOT NULL DEFAULT 'none',
  ADD COLUMN deferral_status text NOT NULL DEFAULT 'none',
  ADD COLUMN forced_status text NOT NULL DEFAULT 'none',
  ADD COLUMN departed_on date;

-- The police's queue and "overdue" lists: open cases by deadline.
CREATE INDEX cases_open_deadline_idx ON cases (deadline, id) WHERE status = 'open';
CREATE INDEX cases_created_idx ON cases (created_at, id);
CREATE INDEX cases_status_idx ON cases (status, created_at, id);

-- Lawyers, guardians and reception-centre staff see only the cases they are linked to.
CREATE TABLE case_links (
  case_id uuid NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL,
  relation text NOT NULL CHECK (relation IN ('lawyer', 'guardian', 'reception')),
  PRIMARY KEY (case_id, user_id, relation)
);
CREATE INDEX case_links_user_idx ON case_links (user_id, case_id);

-- One row per person who left Norway: written by the case work when a departure is recorded, or imported
-- from a file of historical returns. The statistics are computed from this table and nothing else.
CREATE TABLE departures (
  id text PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('case', 'import')),
  case_id uuid REFERENCES cases (id),
  person_id uuid,
  departure_date date NOT NULL,
  return_type text NOT NULL CHECK (return_type IN ('forced', 'assisted', 'own')),
  category text CHECK (category IN ('asylum', 'dublin', 'ip', 'refused', 'expelled')),
  citizenship char(2) NOT NULL,
  destination char(2) NOT NULL,
  date_of_birth date,
  unaccompanied_minor boolean NOT NULL DEFAULT false,
  convicted boolean NOT NULL DEFAULT false,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (return_type <> 'forced' OR category IS NOT NULL)
);
CREATE INDEX departures_date_idx ON departures (departure_date);

-- Staff accounts. Passwords are hashed with Argon2id (a memory-hard function); the hash only is stored.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin')),
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Browser sessions (the cookie holds the token; its SHA-256 is stored) for staff, or for the person on
-- their own case (signed in with the application reference and secret).
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid REFERENCES users (id),
  case_id uuid REFERENCES cases (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK ((user_id IS NULL) <> (case_id IS NULL))
);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Bearer tokens for other systems, one per integration; the SHA-256 of the token is stored.
CREATE TABLE api_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
