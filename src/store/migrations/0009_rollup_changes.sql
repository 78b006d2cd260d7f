-- 0009 rollup changes: a change counter per month of the forced-return rollup (migration 0006), bumped by the
-- same triggers in the same transaction as the rollup's rows, so that a report can be cached keyed by the
-- counters of its 24 months (src/statistics/cache.ts, issue 10 point 8): the counters move whenever a row of
-- those months may have changed, and are read through the primary key in well under a millisecond.
--
-- A counter only grows, so the sum of a report's counters is a key of the rollup's state for those months.
-- Read in the same snapshot as, or before, the rows it keys: a reader then never keeps older rows under a
-- newer key. The counters live in their own rows, one a month, so two transactions wait for each other only
-- when both write departures of the same month (the rollup's rows already make them wait when they share a
-- key).

LOCK TABLE departures IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE forced_return_rollup_changes (
  month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
  changes bigint NOT NULL CHECK (changes > 0)
);

-- Every month the rollup holds so far has changed once.
INSERT INTO forced_return_rollup_changes (month, changes)
SELECT DISTINCT month, 1 FROM forced_return_rollup;

-- The function of 0006, and besides the rollup's rows the counter of every month the statement touched.
CREATE OR REPLACE FUNCTION forced_return_rollup_count() RETURNS trigger
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
    INSERT INTO forced_return_rollup_changes AS c (month, changes)
    SELECT DISTINCT date_trunc('month', departure_date::timestamp)::date, 1
      FROM old_departures
     WHERE return_type = 'forced'
     ORDER BY 1
    ON CONFLICT (month) DO UPDATE SET changes = c.changes + 1;
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
    INSERT INTO forced_return_rollup_changes AS c (month, changes)
    SELECT DISTINCT date_trunc('month', departure_date::timestamp)::date, 1
      FROM new_departures
     WHERE return_type = 'forced'
     ORDER BY 1
    ON CONFLICT (month) DO UPDATE SET changes = c.changes + 1;
  END IF;
  RETURN NULL;
END
$$;

-- A truncate empties every month: every counter moves.
CREATE OR REPLACE FUNCTION forced_return_rollup_clear() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM forced_return_rollup;
  UPDATE forced_return_rollup_changes SET changes = changes + 1;
  RETURN NULL;
END
$$;
