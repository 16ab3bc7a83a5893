/**
 * Hand-made truth for the matcher: which actions of examples/walsall-sip-phase2.xlsx ("SIP Phase 2",
 * updated August 2013) answer each of the 11 areas for improvement in Ofsted's 2013 protection of
 * children report on Walsall (seed 001, published 2 August 2013).
 *
 * Read by a person from the two texts, not produced by the matcher. `actions` lists every action whose
 * own words answer the recommendation; the first is the one the plan itself marks for it. Actions that
 * only touch the subject are named in the comment but not counted.
 */

export interface TruthRow {
  recommendation: string;
  actions: string[];
}

export const WALSALL_TRUTH: TruthRow[] = [
  // R1 (immediate) "ensure that social worker caseloads are manageable …"
  // 2.1.3: "Immediate 2013 Ofsted requirement: To ensure that Social Worker caseloads are manageable.*"
  { recommendation: 'R1', actions: ['2.1.3'] },

  // R2 (immediate) "… actively encouraged to participate in child protection conferences … advocacy support"
  // 1.3.2: "Immediate 2013 Ofsted requirement: Specifically, to ensure that children and young people are
  // actively encouraged to participate in child protection conferences … including the use of advocacy support.*"
  { recommendation: 'R2', actions: ['1.3.2'] },

  // R3 (immediate) "… enquiries into child protection concerns regarding disabled children work closely with
  // the social worker from the disability team … sufficient management oversight."
  // 3.3.2: "Immediate 2013 Ofsted requirement: To ensure that services for children with disabilities are of
  // a good standard and that joint work with safeguarding and child protection teams is robust, clearly
  // recorded and receives sufficient management oversight. *"
  { recommendation: 'R3', actions: ['3.3.2'] },

  // R4 (3 months) "where children are ready to step down from a child in need plan, a lead professional is
  // identified …"
  // 3.1.2: "Specifically, ensure that where a child is ready to step-down from a CIN plan that robust lead
  // professional arrangements are in place to coordinate early help provision. *"
  { recommendation: 'R4', actions: ['3.1.2'] },

  // R5 (3 months) "review of the workforce planning strategy … improve stability in the social workforce and
  // reduce dependency on agency staff"
  // 2.2.1: "To review and implement the priority objectives set-out in the Social Care Workforce Development
  // Strategy. * / To take action to improve stability in the social care workforce and reduce dependency on
  // agency staff. *"
  // 2.2.2: "To deliver a comprehensive programme of staff development … to improve retention … for Social
  // Work staff.*" (marked by the plan; retention is the 'stability' half of the recommendation).
  { recommendation: 'R5', actions: ['2.2.1', '2.2.2'] },

  // R6 (3 months) "ensure appropriate responses to complaints processes and demonstrate learning from complaints"
  // 2.3.2: "To include a robust process for systematic analysis and learning from complaints. *"
  // (1.1.2 mentions "learning … from … complaints and compliments" for the safeguarding board's learning
  // plan; not counted.)
  { recommendation: 'R6', actions: ['2.3.2'] },

  // R7 (3 months) "the new quality assurance and performance framework is embedded … monitoring of service
  // delivery, such as early help and commissioning"
  // 3.3.3: "To embed the new performance framework … to inform management action on key areas including Early
  // Help and Commissioning. *"
  // 2.3.2: "To implement a systematic process of Quality Assurance throughout Children's Services …" (the QA
  // half of the same recommendation).
  { recommendation: 'R7', actions: ['3.3.3', '2.3.2'] },

  // R8 (3 months) "ensure that parents are able to see all agency reports to child protection conference in advance"
  // 1.3.1: "Specifically, to ensure that parents are able to see all agency reports to child protection and
  // other conferences in advance. *"
  { recommendation: 'R8', actions: ['1.3.1'] },

  // R9 (6 months) "ensure that the child's electronic recording system facilitates and supports social work
  // practice, quality assurance and performance management processes"
  // 2.3.1: "To strengthen the ICS (PARIS) information system to secure reliable oversight of casework and to
  // inform QA and performance management. *"
  { recommendation: 'R9', actions: ['2.3.1'] },

  // R10 (6 months) "everyone in the community … is aware of the requirements about safeguarding to children
  // who are privately fostered"
  // 1.2.2: "(d) Partners and wider community stakeholders who share responsibility for safeguarding children
  // who are privately fostered *"
  { recommendation: 'R10', actions: ['1.2.2'] },

  // R11 (6 months) "ensure suitable succession arrangements are in place at senior management level …
  // improvements in service delivery and outcomes … can be sustained."
  // 2.1.2: "To put in place robust succession arrangements for the leadership and management of Children's
  // Services at tiers 1-3 to sustain improvements in service delivery and outcomes.*"
  { recommendation: 'R11', actions: ['2.1.2'] },
];

export const WALSALL_PLAN = 'examples/walsall-sip-phase2.xlsx';
export const WALSALL_REPORT_SEED = '001_417503daf9182b66.txt';

export interface Accuracy {
  /** Recommendations whose first suggestion is a true answer. */
  top1: number;
  /** Recommendations with a true answer among the first three suggestions. */
  top3: number;
  total: number;
  /** Per recommendation: the first three suggestions, and whether each is true. */
  detail: { recommendation: string; truth: string[]; top3: string[] }[];
}

/** Scores ranked suggestions (best first, by recommendation id) against the hand truth. */
export function scoreSuggestions(ranked: Map<string, string[]>, truth: TruthRow[] = WALSALL_TRUTH): Accuracy {
  let top1 = 0;
  let top3 = 0;
  const detail: Accuracy['detail'] = [];
  for (const row of truth) {
    const list = ranked.get(row.recommendation) ?? [];
    if (list.length > 0 && row.actions.includes(list[0])) top1++;
    if (list.slice(0, 3).some((a) => row.actions.includes(a))) top3++;
    detail.push({ recommendation: row.recommendation, truth: row.actions, top3: list.slice(0, 3) });
  }
  return { top1, top3, total: truth.length, detail };
}
