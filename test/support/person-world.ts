/**
 * A case for the person's pages: UDI opens it for a family whose deadline has passed (so the police may plan a
 * forced return) and gives the person a sign-in code; a UDI and a police user are signed in to the API.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../../src/api/server.ts';
import { createUser } from '../../src/cases/accounts.ts';
import type { TestStore } from './databases.ts';

const household = [
  { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
  { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
];
// The deadline has passed, so the police may plan a forced return.
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' };
const caseAnswer = z.object({ case: z.looseObject({ id: z.string(), reference: z.string() }), version: z.number(), revealed: z.record(z.string(), z.string()).optional() });

export async function world(store: TestStore) {
  const app: FastifyInstance = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, pagePostRateLimit: 1000, oidc: null });
  const staff = async (role: 'udi' | 'police') => {
    await createUser(store.db, { username: `${role}.web`, displayName: role, role, password: `password-for-${role}` });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.web`, password: `password-for-${role}` } });
    return { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
  };
  const udi = await staff('udi');
  const police = await staff('police');
  const post = async (who: Record<string, string>, url: string, payload: object, version?: number) => {
    const response = await app.inject({ method: 'POST', url, payload, headers: { ...who, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) } });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return caseAnswer.parse(response.json());
  };
  const opened = await post(udi, '/api/v1/cases', { household, decision });
  const coded = await post(udi, `/api/v1/cases/${opened.case.id}/actions/case.issue-sign-in-code`, {}, opened.version);
  return { app, udi, police, post, caseId: opened.case.id, reference: opened.case.reference, code: coded.revealed!.secret!, version: coded.version };
}

