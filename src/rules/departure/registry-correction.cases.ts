/**
 * Test cases for rule set 6 (correcting a registration as moved), as data: a sentence for a name, the source
 * it tests, the input as a caller sends it, and the part of the answer that must match. The boundary is the
 * day of the registration: 30 September 2017 and 1 October 2017.
 */
import type { TestCase } from '../engine/ruleset.ts';

export const cases: readonly TestCase<unknown>[] = [
  {
    name: 'A registration as moved made on 30 September 2017 cannot be corrected with UDI’s form',
    source:
      'seed-001: "If you were registered as moved in the National Registry after 1 October 2017…"; udi.no: "Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette."',
    input: { date: '2026-03-02', registeredAsMovedOn: '2017-09-30' },
    expect: { registeredAsMovedOn: '2017-09-30', correctionForm: false, reasons: [{ rule: 'registry-correction.not-by-form' }] },
  },
  {
    name: 'A registration as moved made on 1 October 2017 can be corrected with UDI’s form (from and including that day)',
    source: 'udi.no: "Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette." (from and including that day)',
    input: { date: '2026-03-02', registeredAsMovedOn: '2017-10-01' },
    expect: { registeredAsMovedOn: '2017-10-01', correctionForm: true, reasons: [{ rule: 'registry-correction.correction-form' }] },
  },
  {
    name: 'A registration as moved asked about on the day it was made can be corrected with UDI’s form',
    source:
      'seed-001: "If you were registered as moved in the National Registry after 1 October 2017, and you believe that the immigration authorities have made a mistake…"',
    input: { date: '2026-02-25', registeredAsMovedOn: '2026-02-25' },
    expect: { correctionForm: true },
  },
  {
    name: 'A registration as moved after the day of the request is refused',
    source: 'Retur: cross-field checks refuse impossible dates',
    input: { date: '2026-03-02', registeredAsMovedOn: '2026-03-03' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A request without the day of the registration is refused',
    source: 'Retur: every input is parsed by one schema',
    input: { date: '2026-03-02' },
    expectError: 'REQUEST_INVALID',
  },
];
