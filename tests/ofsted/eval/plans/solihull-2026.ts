/**
 * Solihull, ILACS 2026 (good; seven bullets, each tagged with a national framework outcome or enabler).
 * A plan by workstream, refs A1/B2 (letter = workstream), a National framework column, combined ratings
 * such as Amber/Green, % complete, and the shorthand of a service that is now good: CiC, IRO, PP, CPP,
 * CiCC, 16/17, YP, HoS.
 */
import type { EvalPlan } from '../types';

const A = 'A. Adolescents and 16/17 homelessness';
const B = 'B. CiC practice: assessment, IROs and permanence';
const C = 'C. Care-experienced young people';
const D = 'D. Voice and participation';
const E = 'E. Commissioned services';
const F = 'F. Leadership';

export const solihull2026: EvalPlan = {
  id: 'solihull-2026',
  report: '80554_solihull_2026-01-12',
  council: 'Solihull Metropolitan Borough Council',
  updated: '2026-05-31',
  style:
    'Flat, grouped by workstream (lettered refs A1, B2 …), a National framework column, Accountable officer, Deadline / target (real dates, months, quarters, "Monthly"), RAG rating with combined words (Amber/Green), % complete; abbreviations throughout (CiC, IRO, PP, CPP, CiCC, YP, HoS, ICB); workstreams do not follow the report’s order; two actions answer none.',
  layout: {
    columns: [
      { header: 'Ref', field: 'ref', width: 6 },
      { header: 'Workstream', field: 'theme', width: 28 },
      { header: 'National framework', field: 'framework', width: 14 },
      { header: 'Action', field: 'action', width: 64 },
      { header: 'Accountable officer', field: 'lead', width: 28 },
      { header: 'Deadline / target', field: 'due', width: 15 },
      { header: 'RAG rating', field: 'status', width: 12 },
      { header: '% complete', field: 'percent', width: 11 },
      { header: 'Update', field: 'progress', width: 44 },
    ],
    rows: 'flat',
    sheets: 'one',
    sheetName: 'Improvement plan',
    titleRows: [
      "Solihull Metropolitan Borough Council – Children's Services",
      'Post-ILACS Improvement Plan 2026–27 (inspection 3–14 November 2025)',
      'RAG as at 31 May 2026',
    ],
    statusStyle: 'text-and-fill',
  },
  themes: [
    {
      title: A,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'A1',
              framework: 'Outcome 1',
              text: 'Revise the joint 16/17 protocol with Housing Solutions so the joint assessment covers education, health, family relationships and exploitation risk, not only accommodation.',
              lead: 'HoS Adolescents',
              due: { date: '2026-03-31' },
              status: 'Blue',
              percent: 100,
              progress: 'Protocol signed 24 March.',
            },
            {
              ref: 'A2',
              framework: 'Outcome 1',
              text: 'Joint training for Housing Solutions officers and the Adolescent team on s20 rights and the joint assessment.',
              lead: 'Principal Social Worker; Housing Solutions Manager',
              due: 'Q1 2026/27',
              status: 'Green',
              percent: 60,
              progress: 'Three of five sessions held.',
            },
            {
              ref: 'A3',
              framework: 'Outcome 1',
              text: 'Monthly dip sample of 16/17 homeless joint assessments by the Adolescent team TM and the Housing lead.',
              lead: 'Team Manager, Adolescent Service',
              due: 'Monthly',
              status: 'Green',
              percent: 40,
              progress: 'April: 4 of 5 graded good.',
            },
          ],
        },
      ],
    },
    {
      title: B,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'B1',
              framework: 'Outcome 4',
              text: 'CiC assessments updated every year and at every significant change, using the revised single assessment for CiC (identity, education, health, relationships, what the child wants).',
              lead: 'HoS Children in Care',
              due: 'September 2026',
              status: 'Amber/Green',
              percent: 40,
              progress: 'Template live; 38% of CiC reassessed.',
            },
            {
              ref: 'B2',
              framework: 'Outcome 4',
              text: 'Care plans turn assessed needs into measurable actions; TM sign-off checklist before each review.',
              lead: 'Team Managers, Children in Care',
              due: 'Ongoing',
              status: 'Green',
              percent: 50,
              progress: '',
            },
            {
              ref: 'B3',
              framework: 'Enabler 2',
              text: 'Stabilise the IRO service: two permanent IROs to replace agency cover, caseloads of no more than 65, and each child keeps the same IRO.',
              lead: 'HoS Safeguarding and QA',
              due: 'July 2026',
              status: 'Amber',
              percent: 50,
              progress: 'One IRO appointed; one post re-advertised.',
            },
            {
              ref: 'B4',
              framework: 'Enabler 2',
              text: 'Track the IRO footprint (midway reviews, visits) and the use of the dispute resolution process each quarter; the impact of IRO challenge reported in the IRO annual report.',
              lead: 'IRO Service Manager',
              due: 'Quarterly',
              status: 'Green',
              percent: 25,
              progress: 'Q4 2025/26 footprint 71%.',
            },
            {
              ref: 'B5',
              framework: 'Outcome 4',
              text: 'Permanence tracker reviewed at a monthly Permanence Panel chaired by the AD; every CiC to have a permanence plan by the second review.',
              lead: "AD Children's Social Care",
              due: 'April 2026',
              status: 'Blue',
              percent: 100,
              progress: 'Panel running monthly since February.',
            },
            {
              ref: 'B6',
              framework: 'Outcome 4',
              text: 'When a long-term decision is made (SGO, adoption, long-term fostering match), the SW and IRO tell the child in person and the child is offered a celebration of their choosing.',
              lead: 'HoS Children in Care; Participation Lead',
              due: 'Q2 2026/27',
              status: 'Amber',
              percent: 25,
              progress: 'Celebration offer designed with the CiCC.',
            },
          ],
        },
      ],
    },
    {
      title: C,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'C1',
              framework: 'Outcome 4',
              text: 'Rewrite the pathway plan template with care-experienced YP: SMART actions for their own goals (education, work, home, money), each with a named person and a date.',
              lead: 'HoS Care-experienced Service',
              due: { date: '2026-06-30' },
              status: 'Amber/Green',
              percent: 70,
              progress: 'Template tested with 12 YP.',
            },
            {
              ref: 'C2',
              framework: 'Outcome 4',
              text: 'PA training on the new template, and a monthly audit of 10% of PPs for clear actions.',
              lead: 'Team Manager, Care-experienced Service',
              due: 'Monthly',
              status: 'Green',
              percent: 30,
              progress: '',
            },
            {
              ref: 'C3',
              framework: 'Outcome 4',
              text: 'Refresh the local offer: council tax exemption to 25 and a free leisure pass.',
              lead: 'HoS Care-experienced Service',
              due: 'October 2026',
              status: 'Green',
              percent: 20,
              progress: 'Council tax exemption agreed by Cabinet.',
            },
          ],
        },
      ],
    },
    {
      title: D,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'D1',
              framework: 'Outcome 4',
              text: "Corporate Parenting Panel co-chaired by a CiCC member, each meeting opening with a young person's topic and a 'you said, we did' log.",
              lead: 'Participation Lead; Cabinet Member for Children',
              due: 'May 2026',
              status: 'Blue',
              percent: 100,
              progress: 'First co-chaired meeting 12 May.',
            },
            {
              ref: 'D2',
              framework: 'Outcome 4',
              text: 'Annual takeover day and Bright Spots survey results presented to CPP, with three priorities set from what children say.',
              lead: 'Participation Lead',
              due: 'December 2026',
              status: 'Green',
              percent: 20,
              progress: 'Survey out in June.',
            },
          ],
        },
      ],
    },
    {
      title: E,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'E1',
              framework: 'Outcome 4',
              text: 'Quarterly contract reviews of the advocacy service and the specialist CiC mental health service, with waiting times and outcomes reported to CPP.',
              lead: "Head of Commissioning (Children's)",
              due: 'Quarterly',
              status: 'Amber',
              percent: 25,
              progress: 'Q4 reviews held; outcome measures still being agreed.',
            },
            {
              ref: 'E2',
              framework: 'Outcome 4',
              text: 'Bring the wait for a specialist CiC emotional health assessment down to six weeks; waiting list reviewed monthly with the ICB.',
              lead: 'Designated Nurse for CiC; ICB Commissioner',
              due: 'September 2026',
              status: 'Red',
              percent: 10,
              progress: 'Average wait 19 weeks.',
            },
            {
              ref: 'E3',
              framework: 'Outcome 4',
              text: 'Every CiC offered an advocate before each review; IROs record take-up, reported to CPP every six months.',
              lead: 'IRO Service Manager',
              due: 'Six-monthly',
              status: 'Green',
              percent: 30,
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: F,
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'F1',
              framework: 'Enabler 2',
              text: 'Update the self-evaluation for the annual engagement meeting with Ofsted.',
              lead: 'Director of Children’s Services',
              due: 'March 2027',
              status: 'Green',
              percent: 0,
              progress: '',
            },
          ],
        },
      ],
    },
  ],
  gold: [
    {
      list: 'localAuthority',
      number: 1,
      first8: 'the quality of joint assessments for homeless 16',
      links: [
        { ref: 'A1', because: ['joint 16/17 protocol', 'joint assessment'] },
        { ref: 'A2', because: ['joint assessment', 'Housing Solutions'] },
        { ref: 'A3', because: ['16/17 homeless joint assessments'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'the quality of assessments for children in care',
      links: [
        { ref: 'B1', because: ['CiC assessments', 'single assessment for CiC'] },
        { ref: 'B2', because: ['assessed needs'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'the consistency and impact of independent reviewing officers',
      links: [
        { ref: 'B3', because: ['IRO service', 'same IRO'] },
        { ref: 'B4', because: ['IRO footprint', 'impact of IRO challenge'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'the tracking of permanency planning for children in',
      links: [
        { ref: 'B5', because: ['Permanence tracker', 'permanence plan'] },
        { ref: 'B6', because: ['long-term decision', 'celebration'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'the clarity of actions set out in pathway',
      links: [
        { ref: 'C1', because: ['pathway plan template', 'SMART actions'] },
        { ref: 'C2', because: ['PPs for clear actions'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'childrens collective influence and participation specifically through the',
      links: [
        { ref: 'D1', because: ['Corporate Parenting Panel', 'CiCC member'] },
        { ref: 'D2', because: ['CPP', 'Voice and participation'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'oversight and scrutiny of the impact of commissioned',
      links: [
        { ref: 'E1', because: ['contract reviews', 'advocacy service', 'mental health service'] },
        { ref: 'E2', because: ['emotional health assessment', 'waiting list reviewed monthly'] },
        { ref: 'E3', because: ['advocate', 'take-up'] },
      ],
    },
  ],
  answersNothing: ['C3', 'F1'],
};
