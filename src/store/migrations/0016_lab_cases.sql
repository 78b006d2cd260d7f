-- 0016 The policy lab's projection of the case load: exactly the facts the simulation asks the rules about,
-- in typed columns, so that it reads neither the case document nor the event payloads (src/lab/README.md).
-- The case work writes both tables in the statement of each event that changes them (src/cases/projections.ts
-- holds the mapping; store/tables.ts lists the columns).
--
-- lab_cases: one row per case, replaced whenever one of its facts changes.
CREATE TABLE lab_cases (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  status text NOT NULL,
  decision_kind text,
  -- The case's current departure deadline.
  deadline date,
  -- The people, in the case's order, each with only what the rules read: id, dateOfBirth, citizenships,
  -- role, unaccompaniedMinor (no names).
  household jsonb NOT NULL CHECK (jsonb_typeof(household) = 'array'),
  -- The assisted-return application's date and destination (kept after a withdrawal), null before one.
  applied_on date,
  destination text CHECK (destination ~ '^[A-Z]{2}$')
);
CREATE INDEX lab_cases_open_idx ON lab_cases (case_id) WHERE status = 'open';

-- lab_applications: the facts of the case's latest assisted-return application as the rules took them,
-- written with each assisted-return.apply event (applying again after a withdrawal replaces it).
CREATE TABLE lab_applications (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  applicant_id text NOT NULL,
  traveller_ids jsonb NOT NULL CHECK (jsonb_typeof(traveller_ids) = 'array'),
  -- The facts the eligibility rules read (those of each definition step of the stored trace, a later step's
  -- value over an earlier one's), and those of the support rules: the deadline and the registration they took
  -- (absent when no step read it).
  eligibility_facts jsonb NOT NULL CHECK (jsonb_typeof(eligibility_facts) = 'object'),
  support_facts jsonb NOT NULL CHECK (jsonb_typeof(support_facts) = 'object')
);

-- The backfill, as src/lab/db.ts read the cases before this migration.
INSERT INTO lab_cases (case_id, status, decision_kind, deadline, household, applied_on, destination)
SELECT c.id, c.status, c.decision_kind, c.deadline,
       COALESCE((SELECT jsonb_agg(jsonb_build_object(
                          'id', p.person->'id',
                          'dateOfBirth', p.person->'dateOfBirth',
                          'citizenships', p.person->'citizenships',
                          'role', p.person->'role',
                          'unaccompaniedMinor', COALESCE(p.person->'unaccompaniedMinor', 'false'::jsonb)) ORDER BY p.n)
                   FROM jsonb_array_elements(c.state->'household') WITH ORDINALITY AS p (person, n)), '[]'::jsonb),
       (c.state->'assistedReturn'->>'appliedOn')::date,
       c.state->'assistedReturn'->>'destination'
  FROM cases AS c
 WHERE c.state IS NOT NULL;

INSERT INTO lab_applications (case_id, applicant_id, traveller_ids, eligibility_facts, support_facts)
SELECT apply.case_id,
       apply.payload->>'applicantId',
       apply.payload->'travellerIds',
       COALESCE((SELECT jsonb_object_agg(f.key, f.value ORDER BY s.n)
                   FROM jsonb_array_elements(apply.payload->'eligibility'->'trace'->'steps') WITH ORDINALITY AS s (step, n),
                        jsonb_each(s.step->'facts') AS f
                  WHERE s.step->>'kind' = 'definition'), '{}'::jsonb),
       COALESCE((SELECT jsonb_object_agg(f.key, f.value ORDER BY s.n)
                   FROM jsonb_array_elements(apply.payload->'support'->'trace'->'steps') WITH ORDINALITY AS s (step, n),
                        jsonb_each(s.step->'facts') AS f
                  WHERE s.step->>'kind' = 'definition' AND f.key IN ('departureDeadline', 'registeredInNorway')), '{}'::jsonb)
  FROM (SELECT DISTINCT ON (e.case_id) e.case_id, e.payload
          FROM events AS e
          JOIN cases AS c ON c.id = e.case_id AND c.state->'assistedReturn'->>'appliedOn' IS NOT NULL
         WHERE e.type = 'assisted-return.apply'
         ORDER BY e.case_id, e.sequence DESC) AS apply;
