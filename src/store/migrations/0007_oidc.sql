-- 0007 OpenID Connect for staff: which account an identity at a provider signs in to, and the sign-ins
-- under way (between the redirect to the provider and its answer).

-- An identity is the pair (issuer, subject) the provider vouches for in its ID token; it signs in to one
-- staff account. An account has at most one identity per provider. Linked by an administrator
-- (`retur users link`) or made at the first sign-in when auto-provisioning is on.
CREATE TABLE user_identities (
  issuer text NOT NULL CHECK (issuer <> ''),
  subject text NOT NULL CHECK (subject <> ''),
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  PRIMARY KEY (issuer, subject),
  UNIQUE (user_id, issuer)
);

-- A sign-in under way: the browser holds a random token in a short-lived cookie, its SHA-256 is the key
-- here, so the answer from the provider is accepted only in the browser that started the sign-in, and only
-- once (the row is deleted when the answer arrives). The PKCE verifier and the nonce never leave the server.
CREATE TABLE oidc_logins (
  flow_hash text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  return_to text NOT NULL CHECK (return_to LIKE '/%'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_logins_expires_idx ON oidc_logins (expires_at);
