/**
 * Reading the import file of forced returns (src/statistics/README.md, "The import file"), all or nothing: every bad row is reported with its line
 * number and reason, and a file with any bad row gives no records. The file is read as a stream, one row at a
 * time, so a million-row file is never held as text; the only thing kept per row is its id (to find
 * duplicates), and valid records are handed over in batches for the caller to store or count.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { csvColumns, csvRow, toCsvFields, type CsvColumn, type ForcedReturnRecord } from './records.ts';
import { csvLine } from './csv-out.ts';

/** What is wrong with a row: the header, the shape of the file, or one field. */
export const csvErrorKinds = ['header', 'syntax', 'field-count', 'id', 'date', 'category', 'country', 'boolean', 'duplicate-id'] as const;
export type CsvErrorKind = (typeof csvErrorKinds)[number];

export interface CsvRowError {
  /** The line of the file the row starts on; the header is line 1. */
  readonly line: number;
  readonly kind: CsvErrorKind;
  /** The column at fault, for a field error. */
  readonly column?: CsvColumn;
  /** The value found (cut to 60 characters), for a field error. */
  readonly value?: string;
  /** A sentence for the person who fixes the file. */
  readonly reason: string;
}

/** A whole file as text or bytes, or a stream of chunks (a `fs.ReadStream`, a request body…). */
export type CsvInput = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export interface ScanOptions {
  /** Receives the valid records in batches, in file order, until the first bad row (after it, rows are only checked). */
  readonly onRecords?: (records: ForcedReturnRecord[]) => void | Promise<void>;
  /** Records per batch (default 1,000). */
  readonly batchSize?: number;
  /** Called with the number of data rows read so far, every `progressEvery` rows and once at the end. */
  readonly onProgress?: (rowsRead: number) => void;
  /** Default 10,000. */
  readonly progressEvery?: number;
  /** Stop reading after this many errors (default: read to the end and report every bad row). */
  readonly maxErrors?: number;
}

export interface ScanResult {
  /** Data rows read (the header and blank lines not counted). */
  readonly rowsRead: number;
  /** Every problem found, in file order; empty when the whole file is good. */
  readonly errors: readonly CsvRowError[];
  /** True when reading stopped before the end (a wrong header, a syntax error, or `maxErrors` reached). */
  readonly stoppedEarly: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly records: ForcedReturnRecord[]; readonly rowsRead: number }
  | { readonly ok: false; readonly errors: readonly CsvRowError[]; readonly rowsRead: number; readonly stoppedEarly: boolean };

const kindOfColumn: Record<CsvColumn, CsvErrorKind> = {
  id: 'id',
  departure_date: 'date',
  category: 'category',
  citizenship: 'country',
  destination: 'country',
  date_of_birth: 'date',
  unaccompanied_minor: 'boolean',
  convicted: 'boolean',
};

const HEADER = csvColumns.join(',');
const MAX_VALUE_SHOWN = 60;

function shown(value: string): string {
  return value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN)}…` : value;
}

function isColumn(name: PropertyKey | undefined): name is CsvColumn {
  return typeof name === 'string' && (csvColumns as readonly string[]).includes(name);
}

/** Newlines inside the fields of a row (a quoted field may span lines), to keep the line count right. */
function newlinesIn(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.includes('\n')) n += field.split('\n').length - 1;
  }
  return n;
}

/**
 * Reads and checks a file row by row. The caller decides what to do with valid records (`onRecords`) and must
 * discard them all when `errors` is not empty (for the database: insert in one transaction, roll back).
 */
export async function scanForcedReturnCsv(input: CsvInput, options: ScanOptions = {}): Promise<ScanResult> {
  const { onRecords, batchSize = 1000, onProgress, progressEvery = 10_000, maxErrors = Infinity } = options;
  const errors: CsvRowError[] = [];
  const firstLineOfId = new Map<string, number>();
  let rowsRead = 0;
  let stoppedEarly = false;
  let headerRead = false;

  const checkRow = (fields: string[], line: number): ForcedReturnRecord | null => {
    if (fields.length !== csvColumns.length) {
      errors.push({ line, kind: 'field-count', reason: `expected ${csvColumns.length} fields (${HEADER}), found ${fields.length}` });
      return null;
    }
    const errorsBefore = errors.length;
    const id = fields[0]!;
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      errors.push({
        line,
        kind: 'duplicate-id',
        column: 'id',
        value: shown(id),
        reason: `the id ${JSON.stringify(shown(id))} was already used on line ${first}`,
      });
    } else if (id !== '') {
      firstLineOfId.set(id, line);
    }
    const [, departure_date, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted] = fields;
    const parsed = csvRow.safeParse({ id, departure_date, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = isColumn(issue.path[0]) ? issue.path[0] : 'id';
        const value = fields[csvColumns.indexOf(column)] ?? '';
        errors.push({
          line,
          kind: kindOfColumn[column],
          column,
          value: shown(value),
          reason: `${column}: ${issue.message} (found ${JSON.stringify(shown(value))})`,
        });
      }
    }
    return parsed.success && errors.length === errorsBefore ? parsed.data : null;
  };

  // csv-parse skips a row it cannot read (a stray or unclosed quote) and tells us through 'skip'. Everything
  // after it is unreliable, so a marker is put into the stream at that point: rows before it are still checked.
  // Lines may end in CRLF, LF or CR, mixed: a file saved on Windows and added to by hand is still one file.
  const parser = parse({ bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, skip_records_with_error: true, max_record_size: 10_000 });
  const unreadable: string[] = [];
  let syntaxError: CsvError | undefined;
  parser.on('skip', (error: CsvError | undefined) => {
    if (syntaxError !== undefined || error === undefined) return;
    syntaxError = error;
    parser.push(unreadable);
  });

  const read = async (rows: AsyncIterable<string[]>) => {
    let line = 0;
    let batch: ForcedReturnRecord[] = [];
    for await (const fields of rows) {
      if (fields === unreadable) {
        const at = typeof syntaxError?.lines === 'number' ? syntaxError.lines : line + 1;
        errors.push({ line: at, kind: 'syntax', reason: `the file cannot be read from here on: ${syntaxError?.message}` });
        stoppedEarly = true;
        return;
      }
      const start = line + 1;
      line += 1 + newlinesIn(fields);
      if (fields.length === 1 && fields[0] === '') continue; // a blank line
      if (!headerRead) {
        headerRead = true;
        if (fields.join(',') !== HEADER) {
          errors.push({ line: start, kind: 'header', reason: `the first line must be exactly "${HEADER}", found ${JSON.stringify(shown(fields.join(',')))}` });
          stoppedEarly = true;
          return;
        }
        continue;
      }
      rowsRead += 1;
      if (onProgress && rowsRead % progressEvery === 0) onProgress(rowsRead);
      const record = checkRow(fields, start);
      if (errors.length >= maxErrors) {
        stoppedEarly = true;
        return;
      }
      if (record === null || errors.length > 0 || !onRecords) continue;
      batch.push(record);
      if (batch.length >= batchSize) {
        await onRecords(batch);
        batch = [];
      }
    }
    if (batch.length > 0 && errors.length === 0 && onRecords) await onRecords(batch);
  };

  try {
    await pipeline(typeof input === 'string' || input instanceof Uint8Array ? [input] : input, parser, read);
  } catch (error) {
    // Stopping early ends the pipeline with an AbortError; anything else (a file that cannot be opened) is real.
    if (!stoppedEarly) throw error;
  }
  if (!headerRead && errors.length === 0) {
    errors.push({ line: 1, kind: 'header', reason: `the file is empty: the first line must be "${HEADER}"` });
  }
  onProgress?.(rowsRead);
  return { rowsRead, errors: errors.slice(0, maxErrors), stoppedEarly };
}

/** Reads a whole file into records, or reports every bad row and gives no records at all. */
export async function parseForcedReturnCsv(input: CsvInput, options: Omit<ScanOptions, 'onRecords'> = {}): Promise<ParseResult> {
  const records: ForcedReturnRecord[] = [];
  const result = await scanForcedReturnCsv(input, {
    ...options,
    onRecords: (batch) => {
      for (const record of batch) records.push(record);
    },
  });
  if (result.errors.length > 0) return { ok: false, errors: result.errors, rowsRead: result.rowsRead, stoppedEarly: result.stoppedEarly };
  return { ok: true, records, rowsRead: result.rowsRead };
}

/** `parseForcedReturnCsv` of a file on disk, read as a stream. */
export function parseForcedReturnCsvFile(path: string, options: Omit<ScanOptions, 'onRecords'> = {}): Promise<ParseResult> {
  return parseForcedReturnCsv(createReadStream(path), options);
}

/** Records as an import file: the header, then one row per record (RFC 4180, CRLF). */
export function formatForcedReturnCsv(records: Iterable<ForcedReturnRecord>): string {
  let out = csvLine(csvColumns);
  for (const record of records) out += csvLine(toCsvFields(record));
  return out;
}

/** One line per error, for a terminal or a log: `line 7: departure_date: a calendar date… (found "2026-02-30")`. */
export function describeCsvErrors(errors: readonly CsvRowError[]): string {
  return errors.map((e) => `line ${e.line}: ${e.reason}`).join('\n');
}
