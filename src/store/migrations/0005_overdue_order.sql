-- 0005 the police's overdue list in the order it is read. listCases sorts deadline lists by
-- coalesce(deadline, '0001-01-01'), id (a case with no deadline must leave at once, so it sorts first) and
-- pages on the same key. cases_open_deadline_idx (deadline, id) cannot give that order, so with 1,000,000
-- cases PostgreSQL read every open case and sorted them to return 51 (p99 276 ms, bench/README.md). On the
-- expression itself, the first page is an index scan that stops after 51 rows.
CREATE INDEX cases_open_deadline_order_idx ON cases ((coalesce(deadline, '0001-01-01'::date)), id) WHERE status = 'open';
