/**
 * The import file: all or nothing, every bad row reported with its line number and reason.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCsvErrors, formatForcedReturnCsv, parseForcedReturnCsv, parseForcedReturnCsvFile, scanForcedReturnCsv, type CsvRowError } from './csv.ts';
import type { ForcedReturnRecord } from './records.ts';

const HEADER = 'id,departure_date,category,citizenship,destination,date_of_birth,unaccompanied_minor,convicted';
const good = (id: string) => `${id},2026-01-15,refused,AL,AL,1990-05-01,false,true`;

async function errorsOf(text: string): Promise<CsvRowError[]> {
  const result = await parseForcedReturnCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result).not.toHaveProperty('records');
  return [...result.errors];
}

const brief = (errors: CsvRowError[]) => errors.map((e) => [e.line, e.kind, e.column ?? null]);

describe('a good file', () => {
  it('gives every record, typed, with an empty date of birth as unknown', async () => {
    const result = await parseForcedReturnCsv(`${HEADER}\na-1,2026-01-15,dublin,SY,DE,,false,false\nb-2,2025-12-31,expelled,XK,XK,1990-05-01,false,true\n`);
    expect(result).toEqual({
      ok: true,
      rowsRead: 2,
      records: [
        {
          id: 'a-1',
          departureDate: '2026-01-15',
          category: 'dublin',
          citizenship: 'SY',
          destination: 'DE',
          dateOfBirth: null,
          unaccompaniedMinor: false,
          convicted: false,
        },
        {
          id: 'b-2',
          departureDate: '2025-12-31',
          category: 'expelled',
          citizenship: 'XK',
          destination: 'XK',
          dateOfBirth: '1990-05-01',
          unaccompaniedMinor: false,
          convicted: true,
        },
      ],
    });
  });

  it('reads CRLF line ends, a byte-order mark, quoted fields, blank lines and no final line end', async () => {
    const result = await parseForcedReturnCsv(`\uFEFF${HEADER}\r\n"a",2026-01-15,"refused",AL,AL,,false,false\r\n\r\n${good('b')}`);
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('reads line ends of every kind mixed in one file (CRLF, then LF added by hand, then CR), with the lines numbered right', async () => {
    const result = await parseForcedReturnCsv(`${HEADER}\r\n${good('a')}\r\n${good('b')}\n${good('c')}\r${good('d')}\n`);
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    const bad = await parseForcedReturnCsv(`${HEADER}\r\n${good('a')}\n${good('b').replace('false', 'maybe')}\r\n`);
    expect(!bad.ok && bad.errors.map((e) => [e.line, e.column])).toEqual([[3, 'unaccompanied_minor']]);
  });

  it('reads a stream whose chunks cut rows anywhere', async () => {
    const text = [HEADER, ...Array.from({ length: 50 }, (_, i) => good(`id-${i}`))].join('\n');
    const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
    const result = await parseForcedReturnCsv(Readable.from(chunks.map((c) => Buffer.from(c))));
    expect(result.ok && result.records.length).toBe(50);
  });

  describe('from a file on disk', () => {
    const folder = mkdtempSync(join(tmpdir(), 'retur-csv-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    it('reads it as a stream', async () => {
      const path = join(folder, 'returns.csv');
      writeFileSync(path, `${HEADER}\n${good('x')}\n`);
      const result = await parseForcedReturnCsvFile(path);
      expect(result.ok && result.records[0]?.id).toBe('x');
    });
  });

  it('writes records back as the same file format', async () => {
    const records: ForcedReturnRecord[] = [
      {
        id: 'with,comma',
        departureDate: '2026-01-15',
        category: 'ip',
        citizenship: 'ER',
        destination: 'IT',
        dateOfBirth: null,
        unaccompaniedMinor: false,
        convicted: false,
      },
      {
        id: 'q"uote',
        departureDate: '2024-02-29',
        category: 'asylum',
        citizenship: 'AF',
        destination: 'AF',
        dateOfBirth: '2010-02-28',
        unaccompaniedMinor: true,
        convicted: false,
      },
    ];
    const text = formatForcedReturnCsv(records);
    expect(text.split('\r\n')[0]).toBe(HEADER);
    expect(text).toContain('"with,comma",2026-01-15,ip,ER,IT,,false,false\r\n');
    expect(text).toContain('"q""uote",');
    const back = await parseForcedReturnCsv(text);
    expect(back.ok && back.records).toEqual(records);
  });
});

describe('a bad file: every bad row reported with its line number, nothing returned', () => {
  it('refuses a wrong header on line 1 and reads no further', async () => {
    const errors = await errorsOf(`id,departure_date,category,citizenship,destination,date_of_birth,unaccompanied,convicted\n${good('a')}\nnot,a,row\n`);
    expect(brief(errors)).toEqual([[1, 'header', null]]);
    expect(errors[0]!.reason).toContain('unaccompanied_minor');
  });

  it('refuses a header with the columns in another order, or an extra column', async () => {
    expect(brief(await errorsOf(`departure_date,id,category,citizenship,destination,date_of_birth,unaccompanied_minor,convicted\n`))).toEqual([
      [1, 'header', null],
    ]);
    expect(brief(await errorsOf(`${HEADER},note\n`))).toEqual([[1, 'header', null]]);
  });

  it('refuses an empty file', async () => {
    expect(brief(await errorsOf(''))).toEqual([[1, 'header', null]]);
  });

  it('reports bad dates: not a calendar day, not YYYY-MM-DD, empty, a birth after the departure', async () => {
    const errors = await errorsOf(
      [
        HEADER,
        'a,2026-02-29,refused,AL,AL,,false,false', // 2026 is not a leap year
        'b,2026-1-5,refused,AL,AL,,false,false',
        'c,,refused,AL,AL,,false,false',
        'd,2026-01-05,refused,AL,AL,05.01.1990,false,false',
        'e,2026-01-05,refused,AL,AL,2026-01-06,false,false',
        'f,2024-02-29,refused,AL,AL,2024-02-29,false,false', // born on the day: fine
      ].join('\n'),
    );
    expect(brief(errors)).toEqual([
      [2, 'date', 'departure_date'],
      [3, 'date', 'departure_date'],
      [4, 'date', 'departure_date'],
      [5, 'date', 'date_of_birth'],
      [6, 'date', 'date_of_birth'],
    ]);
    expect(errors[0]).toMatchObject({ value: '2026-02-29' });
    expect(errors[4]!.reason).toContain('after the departure date');
  });

  it('reports an unknown category', async () => {
    const errors = await errorsOf([HEADER, 'a,2026-01-05,deported,AL,AL,,false,false', 'b,2026-01-05,Asylum,AL,AL,,false,false'].join('\n'));
    expect(brief(errors)).toEqual([
      [2, 'category', 'category'],
      [3, 'category', 'category'],
    ]);
    expect(errors[0]!.reason).toBe('category: one of asylum, dublin, ip, refused, expelled (found "deported")');
  });

  it('reports bad countries: unknown, lower case, not alpha-2, retired, not a country', async () => {
    const errors = await errorsOf(
      [
        HEADER,
        'a,2026-01-05,refused,ZZ,AL,,false,false',
        'b,2026-01-05,refused,AL,al,,false,false',
        'c,2026-01-05,refused,ALB,AL,,false,false',
        'd,2026-01-05,refused,YU,UK,,false,false',
        'e,2026-01-05,refused,EU,XK,,false,false',
      ].join('\n'),
    );
    expect(brief(errors)).toEqual([
      [2, 'country', 'citizenship'],
      [3, 'country', 'destination'],
      [4, 'country', 'citizenship'],
      [5, 'country', 'citizenship'],
      [5, 'country', 'destination'],
      [6, 'country', 'citizenship'],
    ]);
  });

  it('reports booleans that are not exactly true or false', async () => {
    const errors = await errorsOf(
      [HEADER, 'a,2026-01-05,refused,AL,AL,,True,false', 'b,2026-01-05,refused,AL,AL,,false,1', 'c,2026-01-05,refused,AL,AL,,,yes'].join('\n'),
    );
    expect(brief(errors)).toEqual([
      [2, 'boolean', 'unaccompanied_minor'],
      [3, 'boolean', 'convicted'],
      [4, 'boolean', 'unaccompanied_minor'],
      [4, 'boolean', 'convicted'],
    ]);
  });

  it('reports a duplicate id with the line it was first used on', async () => {
    const errors = await errorsOf([HEADER, good('a'), good('b'), good('a'), good('a')].join('\n'));
    expect(errors).toEqual([
      { line: 4, kind: 'duplicate-id', column: 'id', value: 'a', reason: 'the id "a" was already used on line 2' },
      { line: 5, kind: 'duplicate-id', column: 'id', value: 'a', reason: 'the id "a" was already used on line 2' },
    ]);
  });

  it('reports a missing or spaced id, and a row with the wrong number of fields', async () => {
    const errors = await errorsOf([HEADER, good(''), good(' a'), 'c,2026-01-05,refused,AL,AL,,false', `${good('d')},extra`].join('\n'));
    expect(brief(errors)).toEqual([
      [2, 'id', 'id'],
      [3, 'id', 'id'],
      [4, 'field-count', null],
      [5, 'field-count', null],
    ]);
  });

  it('counts lines as the file has them: blank lines, and a quoted field over two lines', async () => {
    const errors = await errorsOf([HEADER, '', good('a'), '"b', 'c",2026-01-05,refused,AL,AL,,false,false', good('d').replace('AL,AL', 'AL,QQ')].join('\n'));
    expect(brief(errors)).toEqual([
      [4, 'id', 'id'],
      [6, 'country', 'destination'],
    ]);
  });

  it('reports a quote that breaks the file, with the rows before it', async () => {
    const errors = await errorsOf(
      [HEADER, good('a'), good('b').replace('refused', 'refuse'), 'c,"2026-01-05"x,refused,AL,AL,,false,false', good('d')].join('\n'),
    );
    expect(brief(errors)).toEqual([
      [3, 'category', 'category'],
      [4, 'syntax', null],
    ]);
  });

  it('reports a quote left open to the end of the file, and a row too long to be a record', async () => {
    const open = await errorsOf([HEADER, good('a').replace('AL,AL', 'AL,ZZ'), '"b,2026-01-05,refused,AL,AL,,false,false', good('c')].join('\n'));
    expect(brief(open)).toEqual([
      [2, 'country', 'destination'],
      [4, 'syntax', null],
    ]);
    const long = await errorsOf([HEADER, good('a'), good('x'.repeat(20_000)), good('c')].join('\n'));
    expect(brief(long)).toEqual([[3, 'syntax', null]]);
  });

  it('reports every bad row of a file, not just the first, and returns nothing', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => (i % 10 === 3 ? good(`r${i}`).replace('2026-01-15', '2026-13-15') : good(`r${i}`)));
    const result = await parseForcedReturnCsv([HEADER, ...rows].join('\n'));
    expect(result.ok).toBe(false);
    expect(result.rowsRead).toBe(30);
    expect(!result.ok && result.errors.map((e) => e.line)).toEqual([5, 15, 25]);
    expect(!result.ok && describeCsvErrors(result.errors).split('\n')[0]).toBe(
      'line 5: departure_date: a calendar date in the form YYYY-MM-DD (found "2026-13-15")',
    );
  });
  it('refuses dates PostgreSQL cannot hold or outside 1900-01-01 to 2199-12-31, and takes the bounds themselves', async () => {
    const rows = [
      good('year0').replace('2026-01-15', '0000-01-15'),
      good('born0').replace('1990-05-01', '0000-02-29'),
      good('late').replace('2026-01-15', '2200-01-01'),
      good('first').replace('1990-05-01', '1900-01-01'),
      good('last').replace('2026-01-15', '2199-12-31'),
    ];
    const result = await parseForcedReturnCsv([HEADER, ...rows].join('\n'));
    expect(!result.ok && describeCsvErrors(result.errors).split('\n')).toEqual([
      'line 2: departure_date: a date from 1900-01-01 to 2199-12-31 (found "0000-01-15")',
      'line 3: date_of_birth: empty (unknown) or a calendar date in the form YYYY-MM-DD from 1900-01-01 to 2199-12-31 (found "0000-02-29")',
      'line 4: departure_date: a date from 1900-01-01 to 2199-12-31 (found "2200-01-01")',
    ]);
  });
});

describe('streaming', () => {
  const file = (rows: number, badAt?: number) =>
    [HEADER, ...Array.from({ length: rows }, (_, i) => (i + 1 === badAt ? good(`r${i}`).replace('AL,AL', 'AL,??') : good(`r${i}`)))].join('\n');

  it('hands good records over in batches, in file order', async () => {
    const batches: string[][] = [];
    const result = await scanForcedReturnCsv(file(25), { batchSize: 10, onRecords: (batch) => void batches.push(batch.map((r) => r.id)) });
    expect(result).toEqual({ rowsRead: 25, errors: [], stoppedEarly: false });
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(Array.from({ length: 25 }, (_, i) => `r${i}`));
  });

  it('waits for an asynchronous batch handler (a database insert) before reading on', async () => {
    const events: string[] = [];
    await scanForcedReturnCsv(file(4), {
      batchSize: 2,
      onRecords: async (batch) => {
        events.push(`start ${batch[0]!.id}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${batch[0]!.id}`);
      },
    });
    expect(events).toEqual(['start r0', 'end r0', 'start r2', 'end r2']);
  });

  it('hands over no record after the first bad row, and goes on checking', async () => {
    const handed: string[] = [];
    const result = await scanForcedReturnCsv(file(40, 15), { batchSize: 10, onRecords: (batch) => void handed.push(...batch.map((r) => r.id)) });
    expect(result.errors.map((e) => e.line)).toEqual([16]);
    expect(result.rowsRead).toBe(40);
    expect(handed.length).toBeLessThan(15);
    expect(handed).not.toContain('r14');
  });

  it('reports progress every so many rows and at the end', async () => {
    const progress: number[] = [];
    await scanForcedReturnCsv(file(25), { progressEvery: 10, onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([10, 20, 25]);
  });

  it('stops after maxErrors errors when asked', async () => {
    const text = [HEADER, ...Array.from({ length: 20 }, (_, i) => `r${i},bad,refused,AL,AL,,false,false`)].join('\n');
    const result = await scanForcedReturnCsv(text, { maxErrors: 3 });
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(result.stoppedEarly).toBe(true);
  });
});
