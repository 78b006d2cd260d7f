-- 0001 core: the system of record. A case, its append-only event log, the audit trail of every read and
-- change of personal data, and the stored answers of idempotent requests.
--
-- Rules for every migration (see src/store/README.md): SQL that PostgreSQL 15 accepts (PGlite embeds 18),
-- names without a schema prefix, no BEGIN/COMMIT (migrate() wraps each file in one transaction).

-- A case is one process about one person or household (assisted return, appeal, forced return, ...).
-- `status` is the state of its state machine, a projection of its events; `version` counts its events and
-- is the optimistic-concurrency token: a write names the version it read and is refused if it moved.
CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind <> ''),
  status text NOT NULL CHECK (status <> ''),
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The record. One row per event of a case, numbered 1, 2, 3, ... without gaps (sequence n is written by the
-- transaction that moves cases.version from n - 1). `occurred_at` is the time of the transaction that
-- recorded it; dates the event is about (a departure, a deadline) belong in the payload.
CREATE TABLE events (
  case_id uuid NOT NULL REFERENCES cases (id),
  sequence integer NOT NULL CHECK (sequence >= 1),
  type text NOT NULL CHECK (type <> ''),
  payload jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
  actor text NOT NULL CHECK (actor <> ''),
  role text NOT NULL CHECK (role <> ''),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, sequence)
);

-- Who read or changed personal data, in which role, when, on which case, what and why.
CREATE TABLE audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor text NOT NULL CHECK (actor <> ''),
  role text NOT NULL CHECK (role <> ''),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  case_id uuid REFERENCES cases (id),
  action text NOT NULL CHECK (action IN ('read', 'change')),
  what text NOT NULL CHECK (what <> ''),
  why text NOT NULL CHECK (why <> '')
);
CREATE INDEX audit_case_idx ON audit (case_id, occurred_at);
CREATE INDEX audit_actor_idx ON audit (actor, occurred_at);

-- Events and audit rows are never changed or removed. The trigger is the guard inside the database; in
-- production the application's role should also be granted only SELECT and INSERT on these tables.
CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'RE001', HINT = 'Record a new event that corrects the earlier one.';
END;
$$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

-- The answer given to a POST carrying an Idempotency-Key, stored in the transaction of the command itself,
-- so a retry gets the same answer and the command runs once. A key belongs to the actor that sent it;
-- `request_hash` tells a retry from a different request reusing the key.
CREATE TABLE idempotency_keys (
  key text NOT NULL CHECK (key <> ''),
  actor text NOT NULL CHECK (actor <> ''),
  request_hash text NOT NULL,
  response_status integer,
  response_body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
