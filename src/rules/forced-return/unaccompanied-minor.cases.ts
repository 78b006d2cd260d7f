/**
 * Test cases for rule set 7, as data (see category.cases.ts): on the 18th birthday and the day before, a
 * birthday on 29 February, and someone who arrived with a parent.
 */
import type { TestCase } from '../engine/ruleset.ts';

const SOURCE =
  'seed-004: "An unaccompanied minor is a foreigner who arrived in Norway without a parent or other guardian, and was under the age of 18 on departure."';

export const cases: readonly TestCase<unknown>[] = [
  {
    name: 'Someone who arrived without a parent or guardian and leaves the day before turning 18 is an unaccompanied minor',
    source: SOURCE,
    input: { date: '2026-03-14', dateOfBirth: '2008-03-15', arrivedWithoutParentOrGuardian: true },
    expect: { age: 17, unaccompaniedMinor: true },
  },
  {
    name: 'Someone who arrived without a parent or guardian and leaves on their 18th birthday is no longer an unaccompanied minor',
    source: SOURCE,
    input: { date: '2026-03-15', dateOfBirth: '2008-03-15', arrivedWithoutParentOrGuardian: true },
    expect: { age: 18, unaccompaniedMinor: false },
  },
  {
    name: 'Someone born on 29 February turns 18 on 28 February in a common year: leaving on 27 February they are still a minor',
    source: SOURCE,
    input: { date: '2026-02-27', dateOfBirth: '2008-02-29', arrivedWithoutParentOrGuardian: true },
    expect: { age: 17, unaccompaniedMinor: true },
  },
  {
    name: 'Someone born on 29 February is 18 on 28 February in a common year, and no longer an unaccompanied minor',
    source: SOURCE,
    input: { date: '2026-02-28', dateOfBirth: '2008-02-29', arrivedWithoutParentOrGuardian: true },
    expect: { age: 18, unaccompaniedMinor: false },
  },
  {
    name: 'A child who arrived with a parent is not an unaccompanied minor, at any age',
    source: SOURCE,
    input: { date: '2026-03-14', dateOfBirth: '2016-01-01' },
    expect: { age: 10, unaccompaniedMinor: false },
  },
  {
    name: 'A date of birth after the day of departure is refused',
    source: 'input',
    input: { date: '2026-03-14', dateOfBirth: '2026-03-15', arrivedWithoutParentOrGuardian: true },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A departure before 1 September 2015 gets no answer: the age parameter starts with the first support rates Retur encodes',
    source: 'assisted-return.support.adult-age (in force from 2015-09-01)',
    input: { date: '2015-08-31', dateOfBirth: '2000-01-01', arrivedWithoutParentOrGuardian: true },
    expectError: 'RULES_PARAM_NOT_IN_FORCE',
  },
];
