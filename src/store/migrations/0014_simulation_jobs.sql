-- 0014 The policy lab's simulation jobs: a long simulation runs in the background, one at a time per
-- instance, writing its progress as it goes; the report it made waits here for the account that asked.
-- A job whose instance stopped (no heartbeat for two minutes) is queued again and starts over, at most
-- three times (src/lab/jobs.ts).
CREATE TABLE simulation_jobs (
  id uuid PRIMARY KEY,
  -- The account that asked (`user:<id>`), and its role: only it reads the job.
  actor text NOT NULL,
  role text NOT NULL,
  disclosure text NOT NULL CHECK (disclosure IN ('case-ids', 'samples', 'public')),
  -- The reform and the options as asked for ({ reform, cases, asOf }).
  request jsonb NOT NULL,
  -- The reform's name, for lists and the audit without reading the request.
  reform_name text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  cases_done integer NOT NULL DEFAULT 0,
  cases_total integer,
  report jsonb,
  -- The problem (RFC 9457) that ended a failed job.
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  heartbeat_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX simulation_jobs_queued_idx ON simulation_jobs (created_at, id) WHERE status = 'queued';
CREATE INDEX simulation_jobs_running_idx ON simulation_jobs (heartbeat_at) WHERE status = 'running';
CREATE INDEX simulation_jobs_actor_idx ON simulation_jobs (actor, created_at DESC);
