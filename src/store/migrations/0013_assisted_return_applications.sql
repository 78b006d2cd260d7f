-- 0013 The assisted-return applications as the statistics count them: one row per case that holds an
-- application (its latest: applying again after a withdrawal replaces the earlier one), written by the case
-- work in the statement of every event that changes it (src/cases/projections.ts holds the mapping), so that
-- the statistics read this table and never the case document or the event payloads.
CREATE TABLE assisted_return_applications (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  applied_on date NOT NULL,
  -- The applicant's first citizenship (the applicant need not be the first person of the household).
  citizenship text NOT NULL CHECK (citizenship ~ '^[A-Z]{2}$'),
  -- The support rule set's timing stored with the application: the higher rate or the lower.
  timing text NOT NULL CHECK (timing IN ('before-deadline', 'after-deadline')),
  -- UDI's decision and UNE's decision on an appeal of a rejection, null while there is none.
  decision text CHECK (decision IN ('granted', 'rejected')),
  appeal text CHECK (appeal IN ('upheld', 'reversed')),
  withdrawn boolean NOT NULL
);
CREATE INDEX assisted_return_applications_applied_on_idx ON assisted_return_applications (applied_on);

-- The backfill. The case document did not keep who applied: the latest assisted-return.apply event names
-- the applicant. The case keeps it from now on (assistedReturn.applicantId), so it is written into the
-- documents of the cases that applied before this migration.
UPDATE cases AS c
   SET state = jsonb_set(c.state, '{assistedReturn,applicantId}', to_jsonb(apply.applicant_id))
  FROM (SELECT DISTINCT ON (case_id) case_id, payload->>'applicantId' AS applicant_id
          FROM events
         WHERE type = 'assisted-return.apply'
         ORDER BY case_id, sequence DESC) AS apply
 WHERE apply.case_id = c.id
   AND c.assisted_status <> 'none'
   AND apply.applicant_id IS NOT NULL
   AND c.state->'assistedReturn'->'applicantId' IS NULL;

-- Then the rows, as the statistics read them before this migration. An applicant who cannot be found
-- leaves the citizenship null, and the migration fails rather than drop the application from the figures.
INSERT INTO assisted_return_applications (case_id, applied_on, citizenship, timing, decision, appeal, withdrawn)
SELECT c.id,
       (c.state->'assistedReturn'->>'appliedOn')::date,
       applicant.citizenship,
       c.state->'assistedReturn'->'support'->'answer'->>'timing',
       c.state->'assistedReturn'->'decision'->>'outcome',
       c.state->'assistedReturn'->'appeal'->>'outcome',
       c.state->'assistedReturn'->>'status' = 'withdrawn'
  FROM cases AS c
  LEFT JOIN LATERAL (
         SELECT person->'citizenships'->>0 AS citizenship
           FROM jsonb_array_elements(c.state->'household') AS person
          WHERE person->>'id' = c.state->'assistedReturn'->>'applicantId') AS applicant ON true
 WHERE c.assisted_status <> 'none';
