-- 0012 IOM's queue holds the journeys it has arranged too (until it records the departure), and each queue
-- opens on its own index: a partial index on exactly the states the queue lists, in the order it opens in,
-- so that its first page reads 26 index entries and stops.
CREATE INDEX cases_iom_queue_idx ON cases (created_at, id) WHERE assisted_status IN ('granted', 'travel-arranged');
-- UDI's documents that arrived, newest first: the order's key is coalesce(last_document_on, …) (a case
-- without a document sorts last), which the plain column index of 0010 cannot give, so PostgreSQL read
-- every document of the last 30 days and sorted them for each first page.
CREATE INDEX cases_documents_order_idx ON cases ((coalesce(last_document_on, '0001-01-01'::date)) DESC, id DESC) WHERE last_document_on IS NOT NULL;
