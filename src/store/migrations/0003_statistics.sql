-- 0003 statistics: reports as published. The police publish monthly figures that later change as late
-- registrations come in; a published report is kept as it was, beside the live figures.
CREATE TABLE published_reports (
  kind text NOT NULL CHECK (kind <> ''),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  published_at timestamptz NOT NULL DEFAULT now(),
  report jsonb NOT NULL,
  PRIMARY KEY (kind, month, published_at)
);

-- The report reads the departures of 24 months by date and kind of return.
CREATE INDEX departures_forced_date_idx ON departures (departure_date) WHERE return_type = 'forced';
