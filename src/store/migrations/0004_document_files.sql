-- 0004 document files: the bytes of documents uploaded to a case (a passport copy, a residence permit, a
-- medical certificate). The event records what was uploaded (kind, type, size, SHA-256); the bytes are kept
-- here, written in the same transaction.
CREATE TABLE document_files (
  case_id uuid NOT NULL REFERENCES cases (id),
  document_id uuid NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, document_id)
);
