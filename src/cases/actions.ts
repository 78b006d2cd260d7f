/**
 * Every action of every process, in one list: the API, the exhaustive transition test and the docs iterate
 * over it.
 */
import type { AnyAction } from './process.ts';
import { caseActions } from './processes/case.ts';
import { assistedReturnActions } from './processes/assisted-return.ts';
import { forcedReturnActions } from './processes/forced-return.ts';
import { appealActions } from './processes/appeal.ts';
import { ownDepartureActions } from './processes/own-departure.ts';
import { afterDepartureActions } from './processes/after-departure.ts';

export const actions: readonly AnyAction[] = [
  ...caseActions,
  ...assistedReturnActions,
  ...forcedReturnActions,
  ...appealActions,
  ...ownDepartureActions,
  ...afterDepartureActions,
];

export function actionById(id: string): AnyAction | undefined {
  return actions.find((a) => a.id === id);
}
