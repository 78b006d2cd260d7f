/**
 * What the two HTTP edges, the API (src/api/) and the pages (src/web/), share, so that neither imports the
 * other: the staff and person session cookie, and where the pages' quick exit leads (the pages link to it;
 * the Content-Security-Policy lets forms go there).
 */

export const SESSION_COOKIE = 'retur_session';

/**
 * The session cookie as every sign-in sets it: httpOnly, SameSite=Strict, for as long as the session lasts
 * (`hours`: SESSION_HOURS in src/cases/accounts.ts); Secure as the server sets every cookie
 * (src/main/server.ts: when the public address is https, in production, or over https).
 */
export function sessionCookieOptions(hours: number) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, maxAge: hours * 3600 };
}

/** Where "leave this page quickly" sends the person: a neutral site that says nothing about them. */
export const QUICK_EXIT_URL = 'https://www.google.com/';
