-- 0012 IOM's queue holds the journeys it has arranged too (until it records the departure), and each queue
-- opens on its own index: a partial index on exactly the states the queue lists, in the order it opens in,
-- so that its first page reads 26 index entries and stops.
CREATE INDEX cases_iom_queue_idx ON cases (created_at, id) WHERE assisted_status IN ('granted', 'travel-arranged');
