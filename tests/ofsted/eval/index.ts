/** Every plan in the Ofsted evaluation set, in the order README.md lists them. */
import { barkingAndDagenham2023 } from './plans/barking-and-dagenham-2023';
import { essex2014 } from './plans/essex-2014';
import { hull2019 } from './plans/hull-2019';
import { northEastLincolnshire2021 } from './plans/north-east-lincolnshire-2021';
import { solihull2026 } from './plans/solihull-2026';
import { surreyLscb2015 } from './plans/surrey-lscb-2015';
import { york2017 } from './plans/york-2017';
import type { EvalAction, EvalPlan } from './types';

export type * from './types';

export const EVAL_PLANS: readonly EvalPlan[] = [
  essex2014,
  surreyLscb2015,
  york2017,
  hull2019,
  northEastLincolnshire2021,
  barkingAndDagenham2023,
  solihull2026,
];

/** A plan's actions in row order, across its themes and objectives (and sheets). */
export function planActions(plan: EvalPlan): EvalAction[] {
  return plan.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions));
}
