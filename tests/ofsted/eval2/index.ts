/**
 * The second Ofsted evaluation set: plans written further from their reports than the first set's (terse
 * actions, the council's own priorities and programme names, meaning carried by objectives and themes,
 * business-as-usual rows, broad actions answering two recommendations). Same data format as the first set
 * (../eval/types.ts); README.md in this folder says how it was made.
 */
import { devon2020 } from './plans/devon-2020';
import { doncaster2022 } from './plans/doncaster-2022';
import { havering2024 } from './plans/havering-2024';
import { redbridge2016 } from './plans/redbridge-2016';
import { stokeOnTrent2019 } from './plans/stoke-on-trent-2019';
import type { EvalPlan } from '../eval/types';

export type * from '../eval/types';
export { planActions } from '../eval';

export const EVAL2_PLANS: readonly EvalPlan[] = [
  redbridge2016,
  stokeOnTrent2019,
  devon2020,
  doncaster2022,
  havering2024,
];
