/**
 * A tiny OpenID Connect provider for tests, on a loopback port: a discovery document, its keys (JWKS) and a
 * token endpoint that checks what a real provider checks (client authentication, a code used once, the
 * redirect URI, the PKCE verifier) and signs ID tokens with jose. The browser's part at the provider is
 * `authorize`: it reads the authorization URL Retur redirected to, signs a person in, and answers the
 * callback URL the provider would send the browser to. `tamper` makes the ID token wrong in one way.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface Person {
  readonly sub: string;
  /** More claims for the ID token: roles, name, preferred_username … */
  readonly claims?: Record<string, unknown>;
}

export interface Tamper {
  /** A nonce other than the one Retur sent. */
  readonly nonce?: string;
  /** Seconds from now the token expires (negative: it already has). */
  readonly expiresIn?: number;
  /** Signed with a key that is not the provider's published one (under the published key's id). */
  readonly foreignKey?: boolean;
  /** An audience other than the client. */
  readonly audience?: string;
  /** An issuer other than the provider. */
  readonly issuer?: string;
}

interface Grant {
  readonly redirectUri: string;
  readonly challenge: string;
  readonly nonce: string;
  readonly person: Person;
  readonly tamper: Tamper;
}

export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** How many token requests arrived, and how many were refused. */
  readonly tokenRequests: { total: number; refused: string[] };
  /** Signs the person in at the provider; answers the callback URL the browser is sent to. */
  authorize(authorizationUrl: URL, person: Person, tamper?: Tamper): URL;
  /** The provider answers the authorization request with an error. */
  deny(authorizationUrl: URL, error: string): URL;
  /** Forgets every code given out (so exchanging one is refused as a real provider refuses a used code). */
  forgetCodes(): void;
  close(): Promise<void>;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export async function startTestProvider(options: { clientId?: string; clientSecret?: string } = {}): Promise<TestProvider> {
  const clientId = options.clientId ?? 'retur-test';
  const clientSecret = options.clientSecret ?? 'a secret: with characters to encode';
  const kid = 'test-key-1';
  const keys = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(keys.publicKey)), kid, alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const tokenRequests = { total: 0, refused: [] as string[] };

  let issuer = '';
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      return send(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (req.method === 'GET' && path === '/jwks') return send(200, { keys: [jwk] });
    if (req.method === 'POST' && path === '/token') {
      tokenRequests.total++;
      void readForm(req).then(async (form) => {
        const refuse = (status: number, error: string) => {
          tokenRequests.refused.push(error);
          send(status, { error });
        };
        const [id, secret] = clientCredentials(req, form);
        if (id !== clientId || secret !== clientSecret) return refuse(401, 'invalid_client');
        if (form.get('grant_type') !== 'authorization_code') return refuse(400, 'unsupported_grant_type');
        const code = form.get('code') ?? '';
        const grant = grants.get(code);
        grants.delete(code);
        if (!grant || form.get('redirect_uri') !== grant.redirectUri) return refuse(400, 'invalid_grant');
        if (
          base64url(
            createHash('sha256')
              .update(form.get('code_verifier') ?? '')
              .digest(),
          ) !== grant.challenge
        )
          return refuse(400, 'invalid_grant');
        const now = Math.floor(Date.now() / 1000);
        const idToken = await new SignJWT({ ...grant.person.claims, nonce: grant.tamper.nonce ?? grant.nonce })
          .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
          .setIssuer(grant.tamper.issuer ?? issuer)
          .setSubject(grant.person.sub)
          .setAudience(grant.tamper.audience ?? clientId)
          .setIssuedAt(now)
          .setExpirationTime(now + (grant.tamper.expiresIn ?? 300))
          .sign((grant.tamper.foreignKey ? foreign.privateKey : keys.privateKey) as CryptoKey);
        send(200, { access_token: base64url(randomBytes(24)), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return;
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Checks the authorization request as a provider does; answers its parameters. */
  const request = (url: URL) => {
    const p = url.searchParams;
    if (`${url.origin}${url.pathname}` !== `${issuer}/authorize`) throw new Error(`not this provider's authorization endpoint: ${url.href}`);
    if (p.get('client_id') !== clientId || p.get('response_type') !== 'code') throw new Error('not a code request of this client');
    if (!p.get('scope')?.split(' ').includes('openid')) throw new Error('no openid scope');
    if (p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) throw new Error('no S256 PKCE challenge');
    if (!p.get('state') || !p.get('nonce') || !p.get('redirect_uri')) throw new Error('no state, nonce or redirect_uri');
    return { redirectUri: p.get('redirect_uri')!, state: p.get('state')!, nonce: p.get('nonce')!, challenge: p.get('code_challenge')! };
  };

  return {
    issuer,
    clientId,
    clientSecret,
    tokenRequests,
    authorize(authorizationUrl, person, tamper = {}) {
      const { redirectUri, state, nonce, challenge } = request(authorizationUrl);
      const code = base64url(randomBytes(16));
      grants.set(code, { redirectUri, challenge, nonce, person, tamper });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', state);
      return back;
    },
    deny(authorizationUrl, error) {
      const { redirectUri, state } = request(authorizationUrl);
      const back = new URL(redirectUri);
      back.searchParams.set('error', error);
      back.searchParams.set('state', state);
      return back;
    },
    forgetCodes() {
      grants.clear();
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** client_secret_basic (RFC 6749 2.3.1: each part form-encoded, then Basic) or client_secret_post. */
function clientCredentials(req: IncomingMessage, form: URLSearchParams): [string | undefined, string | undefined] {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    const decode = (s: string | undefined) => (s === undefined ? undefined : decodeURIComponent(s.replace(/\+/g, ' ')));
    return [decode(id), decode(secret)];
  }
  return [form.get('client_id') ?? undefined, form.get('client_secret') ?? undefined];
}
