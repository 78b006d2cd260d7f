-- 0011 Sessions and tokens that can be ended (issue 10, point 12).

-- API tokens expire and can be revoked, and are named by an id that is not the secret's hash (to list and
-- revoke them). Tokens made before this migration last 90 days from when they were made.
ALTER TABLE api_tokens ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_id_key UNIQUE (id);
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
UPDATE api_tokens SET expires_at = created_at + interval '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE api_tokens ADD COLUMN revoked_at timestamptz;
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- A per-account lock-out after repeated failed sign-ins (besides the per-address rate limit): the failures
-- since the last success, and until when the account refuses every password.
ALTER TABLE users ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0);
ALTER TABLE users ADD COLUMN locked_until timestamptz;

CREATE INDEX sessions_user_idx ON sessions (user_id);
