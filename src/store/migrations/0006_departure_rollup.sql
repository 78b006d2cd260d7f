-- 0006 departure rollup: the forced-return report's aggregate rows (src/statistics/aggregate.ts) per month,
-- kept up to date by triggers on `departures` in the transaction of every insert, update, delete and
-- truncate, so the report reads a few tens of thousands of rows instead of grouping every departure of its
-- 24 months (issue 4: the report for a month in under a second with 10,000,000 departures). The rollup holds
-- exactly the rows `aggregateSql` gives: one per month, category, citizenship, destination, convicted and
-- minor status with at least one forced return, and its count.

-- No departure is written while this runs: the backfill at the end sees every committed departure, and no
-- insert slips between it and the triggers.
LOCK TABLE departures IN SHARE ROW EXCLUSIVE MODE;

-- Minor status on the departure date, as `aggregateSql` and `minorStatusOf` (records.ts) define it: under
-- 18 on the departure date (`date_of_birth + interval '18 years'` moves a 29 February birthday to 28
-- February in a common year, as `ageOn` does); an unknown date of birth is not a minor; the unaccompanied
-- flag of someone who is not a minor is ignored. Fixed when the departure is recorded: it depends on the
-- row alone, not on today. (A plain SQL expression, so the planner inlines it.)
CREATE FUNCTION forced_return_minor_status(date_of_birth date, departure_date date, unaccompanied_minor boolean) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE
             WHEN date_of_birth IS NULL OR date_of_birth + interval '18 years' <= departure_date THEN 'none'
             WHEN unaccompanied_minor THEN 'unaccompanied'
             ELSE 'with-family'
           END
  $$;

-- `month` is the first day of the month; `count` is never 0 after a statement (a row that reaches 0 is
-- deleted). Every write after the first of a row changes only `count`, so pages are left 30 % free for
-- those updates to stay on their page without a new index entry (HOT).
CREATE TABLE forced_return_rollup (
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  category text NOT NULL CHECK (category IN ('asylum', 'dublin', 'ip', 'refused', 'expelled')),
  citizenship char(2) NOT NULL,
  destination char(2) NOT NULL,
  convicted boolean NOT NULL,
  minor text NOT NULL CHECK (minor IN ('none', 'with-family', 'unaccompanied')),
  count integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (month, category, citizenship, destination, convicted, minor)
) WITH (fillfactor = 70);

-- One statement-level function for the three kinds of change, reading the statement's transition tables:
-- a bulk import of 2,000 rows is one grouped upsert, not 2,000. `new_departures` holds only the rows really
-- inserted, so the `ON CONFLICT (id) DO NOTHING` of a repeated import adds nothing. Rows removed (DELETE, or
-- the old side of an UPDATE) are taken off first: a row whose count is exactly what is taken off is deleted,
-- the others are lowered (the two parts touch different rows, so one statement does both). The keys are
-- upserted in order, so two transactions never wait for each other's rows in opposite orders.
CREATE FUNCTION forced_return_rollup_count() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    WITH removed AS (
      SELECT date_trunc('month', departure_date::timestamp)::date AS month, category, citizenship, destination, convicted,
             forced_return_minor_status(date_of_birth, departure_date, unaccompanied_minor) AS minor, count(*)::int AS n
        FROM old_departures
       WHERE return_type = 'forced'
       GROUP BY 1, 2, 3, 4, 5, 6
    ), emptied AS (
      DELETE FROM forced_return_rollup r
       USING removed o
       WHERE (r.month, r.category, r.citizenship, r.destination, r.convicted, r.minor) = (o.month, o.category, o.citizenship, o.destination, o.convicted, o.minor)
         AND r.count = o.n
    )
    UPDATE forced_return_rollup r
       SET count = r.count - o.n
      FROM removed o
     WHERE (r.month, r.category, r.citizenship, r.destination, r.convicted, r.minor) = (o.month, o.category, o.citizenship, o.destination, o.convicted, o.minor)
       AND r.count <> o.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO forced_return_rollup AS r (month, category, citizenship, destination, convicted, minor, count)
    SELECT date_trunc('month', departure_date::timestamp)::date, category, citizenship, destination, convicted,
           forced_return_minor_status(date_of_birth, departure_date, unaccompanied_minor), count(*)
      FROM new_departures
     WHERE return_type = 'forced'
     GROUP BY 1, 2, 3, 4, 5, 6
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (month, category, citizenship, destination, convicted, minor) DO UPDATE SET count = r.count + excluded.count;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION forced_return_rollup_clear() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM forced_return_rollup;
  RETURN NULL;
END
$$;

-- A trigger with transition tables has one event each.
CREATE TRIGGER departures_rollup_insert AFTER INSERT ON departures
  REFERENCING NEW TABLE AS new_departures
  FOR EACH STATEMENT EXECUTE FUNCTION forced_return_rollup_count();
CREATE TRIGGER departures_rollup_update AFTER UPDATE ON departures
  REFERENCING OLD TABLE AS old_departures NEW TABLE AS new_departures
  FOR EACH STATEMENT EXECUTE FUNCTION forced_return_rollup_count();
CREATE TRIGGER departures_rollup_delete AFTER DELETE ON departures
  REFERENCING OLD TABLE AS old_departures
  FOR EACH STATEMENT EXECUTE FUNCTION forced_return_rollup_count();
CREATE TRIGGER departures_rollup_truncate AFTER TRUNCATE ON departures
  FOR EACH STATEMENT EXECUTE FUNCTION forced_return_rollup_clear();

-- The departures recorded so far.
INSERT INTO forced_return_rollup (month, category, citizenship, destination, convicted, minor, count)
SELECT date_trunc('month', departure_date::timestamp)::date, category, citizenship, destination, convicted,
       forced_return_minor_status(date_of_birth, departure_date, unaccompanied_minor), count(*)
  FROM departures
 WHERE return_type = 'forced'
 GROUP BY 1, 2, 3, 4, 5, 6;
