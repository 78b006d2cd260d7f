-- 0010 the staff console's queues, debt register and border check. Each role's queue is a few states of the
-- case's processes, read a page at a time in the order the caseworker chose; with a national case load
-- (a million cases) each needs its own small index, partial on the states it lists, so that the first page
-- and the count read only that queue. Two projection columns and one projection table are written by the
-- case work with every event, in the same statement (src/cases/commands.ts, columnsOf):
-- `last_document_on` (the day the latest uploaded document arrived: UDI's "documents that arrived"),
-- `debt_balance` (what the household owes after a forced return, in NOK: the debt register), and
-- `case_people` (each person's date of birth and citizenship, and their name in a form to compare: the border
-- check finds a person at the border by who they are, not by a case number they will not carry).
ALTER TABLE cases
  ADD COLUMN last_document_on date,
  ADD COLUMN debt_balance integer NOT NULL DEFAULT 0 CHECK (debt_balance >= 0);

-- UDI: applications to decide; IOM: journeys to arrange; UNE: appeals of assisted-return rejections.
CREATE INDEX cases_assisted_queue_idx ON cases (assisted_status, created_at, id) WHERE assisted_status IN ('applied', 'granted', 'appealed');
CREATE INDEX cases_assisted_deadline_idx ON cases (assisted_status, (coalesce(deadline, '0001-01-01'::date)), id) WHERE assisted_status IN ('applied', 'granted', 'appealed');
-- UNE: appeals and requests for deferred implementation.
CREATE INDEX cases_appeal_queue_idx ON cases (created_at, id) WHERE appeal_status = 'registered';
CREATE INDEX cases_deferral_queue_idx ON cases (created_at, id) WHERE deferral_status = 'requested';
-- The police: planned returns.
CREATE INDEX cases_planned_queue_idx ON cases (created_at, id) WHERE forced_status = 'planned';
-- UDI: documents that arrived, newest first.
CREATE INDEX cases_documents_queue_idx ON cases (last_document_on DESC, id) WHERE last_document_on IS NOT NULL;
-- The debt register: who owes, largest first.
CREATE INDEX cases_debt_idx ON cases (debt_balance DESC, id) WHERE debt_balance > 0;

CREATE TABLE case_people (
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL,
  date_of_birth date NOT NULL,
  citizenship char(2) NOT NULL,
  -- The name in lower case, each run of punctuation and spaces one space: "josé maría" for "José-María ".
  name_key text NOT NULL,
  PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_people_birth_idx ON case_people (date_of_birth, citizenship);

-- Cases opened before this migration: their people, their debts and their latest uploaded document, from the
-- case document (as columnsOf in src/cases/commands.ts writes them).
INSERT INTO case_people (case_id, person_id, date_of_birth, citizenship, name_key)
SELECT c.id, (p->>'id')::uuid, (p->>'dateOfBirth')::date, p->'citizenships'->>0,
       trim(regexp_replace(lower(p->>'name'), '[^[:alnum:]]+', ' ', 'g'))
  FROM cases c CROSS JOIN jsonb_array_elements(c.state->'household') AS p
 WHERE c.state IS NOT NULL;
UPDATE cases SET debt_balance = greatest(0, coalesce((state->'debt'->>'balance')::integer, 0)) WHERE state IS NOT NULL;
UPDATE cases c SET last_document_on = (
  SELECT max((d->>'receivedOn')::date) FROM jsonb_array_elements(c.state->'documents') AS d
   WHERE d->>'status' = 'uploaded' AND d->>'receivedOn' IS NOT NULL
) WHERE state IS NOT NULL;
