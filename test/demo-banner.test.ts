import { describe, expect, it } from 'vitest';
import { printSeed } from '../src/cli/admin.ts';

/** The demo accounts printed at start-up lead a new user to the console, where they sign in with a browser. */
describe('the demo data’s banner', () => {
  it('names the console’s address beside the API’s, and each account', () => {
    const lines: string[] = [];
    printSeed({ accounts: [{ username: 'udi.demo', role: 'udi', password: 'retur-demo-udi' }], cases: 1, departures: 0, person: null, applicant: null }, (l) =>
      lines.push(l),
    );
    expect(lines[1]).toContain(' /console,');
    expect(lines[1]).toContain('/api/v1/auth/login');
    expect(lines[2]).toMatch(/udi\s+udi\.demo\s+retur-demo-udi/);
  });
});
