/**
 * Redbridge, single inspection framework (2015–18 style: "Recommendations" 1–9) with the LSCB review's own
 * list (123–125); good overall, care leavers require improvement. A good authority folds the report into
 * its next year's development plan: one flat sheet, a Priority column, prefix-letter refs (A1, B2 …), terse
 * actions in the borough's shorthand (IV, NYAS, MOMO, Reg 24, MAAG), an "Ofsted ref" column (the one plan
 * in this set with explicit links: "Rec 3", "LSCB 2"; blank on some rows that answer a recommendation, as
 * officers leave it), RAG words on fills, and a fifth of its actions business as usual.
 */
import type { EvalColumn, EvalPlan } from '../../eval/types';

const COLUMNS: EvalColumn[] = [
  { header: 'Ref', field: 'ref', width: 6 },
  { header: 'Priority', field: 'theme', width: 26 },
  { header: 'Action', field: 'action', width: 56 },
  { header: 'Ofsted ref', field: 'ofstedRef', width: 10 },
  { header: 'Lead', field: 'lead', width: 28 },
  { header: 'By when', field: 'due', width: 14 },
  { header: 'RAG', field: 'status', width: 8 },
  { header: 'Comments', field: 'progress', width: 44 },
];

export const redbridge2016: EvalPlan = {
  id: 'redbridge-2016',
  report: '80512_redbridge_2016-11-25',
  council: 'London Borough of Redbridge',
  updated: '2017-04-28',
  style:
    'Flat, one sheet: a Priority grouping column in the borough’s own words, refs A1/B2 (prefix letter), terse actions in local shorthand, an "Ofsted ref" column ("Rec 3", "LSCB 2"; explicit, blank on some answering rows), Lead, By when (dates, months, quarters, "Ongoing", "Termly"), RAG words on fills, Comments; the LSCB list answered in its own priority; five actions (workforce, Staying Put, the Board’s own business) answer nothing.',
  layout: {
    columns: COLUMNS,
    rows: 'flat',
    sheets: 'one',
    sheetName: 'Dev Plan 17-18',
    titleRows: [
      "London Borough of Redbridge – Children's Services",
      'Service Development Plan 2017/18 (incl. response to Ofsted SIF and LSCB review, Nov 2016)',
      'Position at 28 April 2017',
    ],
    statusStyle: 'text-and-fill',
    extraSheets: [
      {
        name: 'Key',
        rows: [
          ['RAG', 'Meaning'],
          ['Red', 'Will not be delivered by the date without DMT action'],
          ['Amber', 'Slipping, recovery agreed'],
          ['Green', 'On target'],
          ['Blue', 'Delivered'],
        ],
      },
    ],
  },
  themes: [
    {
      title: 'Reviewing & conferencing',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'A1',
              ofstedRef: 'Rec 1',
              text: 'New practice standards for chairs – CP conferences and LAC reviews',
              lead: 'Head of QA & Safeguarding Unit',
              due: { date: '2017-03-31' },
              status: 'Blue',
              progress: 'Signed off at DMT 14/03.',
            },
            {
              ref: 'A2',
              ofstedRef: 'Rec 1',
              text: 'One-page SMART plan template for ICPC/RCPC and CLA reviews (who / what / by when / how we will know)',
              lead: 'Head of QA & Safeguarding Unit; CP Chair – Anita Sehgal',
              due: 'June 2017',
              status: 'Green',
              progress: 'Piloting with two chairs.',
            },
            {
              ref: 'A3',
              ofstedRef: 'Rec 1',
              text: 'Dispute resolution log – every chair escalation recorded, quarterly report to DMT',
              lead: 'Head of QA & Safeguarding Unit',
              due: 'Quarterly from Q1 2017/18',
              status: 'Amber',
              progress: 'Log built; chairs not yet using it consistently.',
            },
            {
              ref: 'A4',
              text: 'Publish IRO annual report 2015/16 (overdue) and 2016/17',
              lead: 'Head of QA & Safeguarding Unit',
              due: 'July 2017',
              status: 'Amber',
              progress: '2015/16 drafted.',
            },
          ],
        },
      ],
    },
    {
      title: 'Identity, culture & harmful practices',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'B1',
              ofstedRef: 'Rec 2',
              text: 'Honour-based abuse: practice guidance and half-day training, all SW teams',
              lead: 'Principal Social Worker',
              due: 'September 2017',
              status: 'Green',
              progress: 'Guidance drafted with Karma Nirvana.',
            },
            {
              ref: 'B2',
              ofstedRef: 'Rec 2',
              text: 'FGM pathway with BHRUT and community health: named health lead at every strategy discussion',
              lead: 'Head of MASH & Assessment; Designated Nurse (CCG)',
              due: { date: '2017-06-30' },
              status: 'Amber',
              progress: 'Pathway agreed in principle; rota for health leads outstanding.',
            },
            {
              ref: 'B3',
              text: 'Identity section added to C&F assessment and plans – culture, faith, language, what it is like to be this child',
              lead: 'ICS Development Manager',
              due: 'May 2017',
              status: 'Green',
              progress: 'Form change in test.',
            },
          ],
        },
      ],
    },
    {
      title: 'Voice of the child',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'C1',
              ofstedRef: 'Rec 3',
              text: 'IV scheme – recruit and match 12 volunteers, clear waiting list',
              lead: 'Participation Manager',
              due: 'December 2017',
              status: 'Amber',
              progress: '5 volunteers in training; 4 children waiting.',
            },
            {
              ref: 'C2',
              ofstedRef: 'Rec 3',
              text: 'Extend NYAS contract (+0.6 FTE advocate)',
              lead: 'Commissioning Manager, Children',
              due: { date: '2017-04-01' },
              status: 'Blue',
              progress: 'Variation signed.',
            },
            {
              ref: 'C3',
              ofstedRef: 'Rec 3',
              text: 'MOMO (Mind of My Own) for children at conference who have no advocate; chair reads it out at the start',
              lead: 'CP Chair – Anita Sehgal',
              due: 'Q2 2017/18',
              status: 'Green',
              progress: 'Licence bought.',
            },
          ],
        },
      ],
    },
    {
      title: 'Kinship care',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'D1',
              ofstedRef: 'Rec 4',
              text: 'Reg 24 tracker – weekly review by Fostering TM',
              lead: 'Team Manager, Fostering',
              due: 'Ongoing',
              status: 'Green',
              progress: '9 on tracker; 3 over 16 weeks.',
            },
            {
              ref: 'D2',
              text: 'Spot-purchase independent assessors to clear backlog (x6)',
              lead: 'Head of Corporate Parenting',
              due: 'June 2017',
              status: 'Green',
              progress: '4 allocated.',
            },
            {
              ref: 'D3',
              ofstedRef: 'Rec 4',
              text: 'Monthly update to Fostering Panel chair on each temporarily approved household',
              lead: 'Team Manager, Fostering',
              due: 'Monthly',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Life story work',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'E1',
              ofstedRef: 'Rec 5',
              text: 'LSW co-ordinator (12-month fixed term)',
              lead: 'Team Manager, Adoption',
              due: 'July 2017',
              status: 'Red',
              progress: 'Advertised twice, no appointment.',
            },
            {
              ref: 'E2',
              ofstedRef: 'Rec 5',
              text: 'Books handed over within 10 working days of the AO – monthly check by Adoption TM',
              lead: 'Team Manager, Adoption',
              due: 'Monthly',
              status: 'Amber',
              progress: '3 of 5 on time since January.',
            },
          ],
        },
      ],
    },
    {
      title: 'Plans, performance & grip',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'F1',
              ofstedRef: 'Rec 6',
              text: 'Divisional business plans 2017/18 rewritten on new template – SMART milestones, named owners',
              lead: 'Operational Director, Children’s Services',
              due: { date: '2017-05-31' },
              status: 'Green',
              progress: '11 of 14 returned.',
            },
            {
              ref: 'F2',
              ofstedRef: 'Rec 6',
              text: 'Quarterly star chamber – each HoS takes DMT through progress against their plan',
              lead: 'Operational Director, Children’s Services',
              due: 'Quarterly',
              status: 'Green',
              progress: 'First held 20/04.',
            },
            {
              ref: 'F3',
              ofstedRef: 'Rec 7',
              text: 'Rebuild the scorecard: add EH, step-up/down, escalations, adoption; analytical commentary, not description',
              lead: 'Head of Performance & BI',
              due: 'Q1 2017/18',
              status: 'Amber',
              progress: 'Indicator set agreed; commentary still descriptive.',
            },
            {
              ref: 'F4',
              text: 'Every KPI RAG-rated against target and statistical neighbours',
              lead: 'Head of Performance & BI',
              due: 'June 2017',
              status: 'Green',
              progress: '',
            },
            {
              ref: 'F5',
              ofstedRef: 'Rec 8',
              text: 'Single missing list moved to a database – live dashboard of episodes, RHIs offered and done',
              lead: 'Head of Performance & BI; Missing Children Team Manager',
              due: 'September 2017',
              status: 'Amber',
              progress: 'Specification agreed with IT.',
            },
            {
              ref: 'F6',
              ofstedRef: 'Rec 8',
              text: 'Missing Panel – monthly pack with trends, hotspots, repeat runaways',
              lead: 'Missing Children Team Manager',
              due: 'Monthly from June 2017',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Care leavers',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'G1',
              ofstedRef: 'Rec 9',
              text: 'Contract variation – provider reports EET and qualifications for each young person monthly',
              lead: 'Commissioning Manager, Children',
              due: { date: '2017-07-01' },
              status: 'Amber',
              progress: 'Provider asking for a data-sharing agreement first.',
            },
            {
              ref: 'G2',
              ofstedRef: 'Rec 9',
              text: 'Virtual School to track 16–25s in college, apprenticeships and HE',
              lead: 'Virtual School Headteacher',
              due: 'Termly',
              status: 'Green',
              progress: 'Post-16 adviser in post.',
            },
            {
              ref: 'G3',
              ofstedRef: 'Rec 9',
              text: 'Annual Celebration of Achievement evening + Leader’s letter for every exam / job / course success',
              lead: 'Participation Manager; Lead Member for Children',
              due: 'October 2017',
              status: 'Green',
              progress: 'Venue booked (Kenneth More Theatre).',
            },
            {
              ref: 'G4',
              text: 'Staying Put policy refresh',
              lead: 'Head of Corporate Parenting',
              due: 'Q3 2017/18',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Workforce',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'H1',
              text: 'Recruit to 8 permanent SW vacancies (Locality teams)',
              lead: 'HR Business Partner',
              due: 'September 2017',
              status: 'Amber',
              progress: '5 offers made.',
            },
            {
              ref: 'H2',
              text: 'ASYE academy – cohort 3 (10 NQSWs)',
              lead: 'Principal Social Worker',
              due: 'September 2017',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Partnership – RSCB',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'L1',
              ofstedRef: 'LSCB 1',
              text: 'Multi-agency dataset – add CSE, missing and FGM indicators',
              lead: 'RSCB Business Manager; Police & Health performance leads',
              due: 'October 2017 Board',
              status: 'Green',
              progress: 'Scorecard v2 to October Board.',
            },
            {
              ref: 'L2',
              ofstedRef: 'LSCB 2',
              text: 'Training impact – 3- and 6-month follow-up with attendees and their managers',
              lead: 'RSCB Training Co-ordinator',
              due: 'Q2 2017/18',
              status: 'Amber',
              progress: 'Questionnaire drafted.',
            },
            {
              ref: 'L3',
              text: 'Appoint RSCB training co-ordinator',
              lead: 'RSCB Business Manager',
              due: { date: '2017-02-28' },
              status: 'Blue',
              progress: 'In post from 6 February.',
            },
            {
              ref: 'L4',
              ofstedRef: 'LSCB 3',
              text: 'MAAG audit calendar 2017/18 (neglect, CSE, DV); findings to every Board meeting',
              lead: 'Chair, Learning & Improvement sub-group',
              due: 'Ongoing',
              status: 'Green',
              progress: 'Neglect audit reported in March.',
            },
            {
              ref: 'L5',
              text: 'RSCB annual report 2016/17',
              lead: 'RSCB Business Manager',
              due: 'September 2017',
              status: 'Green',
              progress: '',
            },
            {
              ref: 'L6',
              text: 'Options paper on new safeguarding partner arrangements (Children and Social Work Bill)',
              lead: 'Independent Chair, RSCB',
              due: 'December 2017',
              status: 'Green',
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
      first8: 'strengthen the quality and impact of the role',
      links: [
        { ref: 'A1', because: ['practice standards for chairs'] },
        { ref: 'A2', because: ['SMART plan template', 'who / what / by when'] },
        { ref: 'A3', because: ['Dispute resolution log', 'chair escalation'] },
        { ref: 'A4', because: ['IRO annual report'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'ensure that cultural characteristics that affect the lived',
      links: [
        { ref: 'B1', because: ['Honour-based abuse'] },
        { ref: 'B2', because: ['FGM pathway', 'named health lead at every strategy discussion'] },
        { ref: 'B3', because: ['Identity section', 'culture, faith, language'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'prioritise the recruitment of independent visitors and increase',
      links: [
        { ref: 'C1', because: ['IV scheme', 'clear waiting list'] },
        { ref: 'C2', because: ['NYAS contract', 'advocate'] },
        { ref: 'C3', because: ['Mind of My Own', 'children at conference who have no advocate'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'ensure that there is no delay in the',
      links: [
        { ref: 'D1', because: ['Reg 24 tracker', 'Kinship care'] },
        { ref: 'D2', because: ['Kinship care'] },
        { ref: 'D3', because: ['temporarily approved household', 'Fostering Panel chair'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'ensure that life story books of high quality',
      links: [
        { ref: 'E1', because: ['LSW co-ordinator', 'Life story work'] },
        { ref: 'E2', because: ['Books handed over within 10 working days of the AO'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'strengthen service and action plans to ensure that',
      links: [
        { ref: 'F1', because: ['Divisional business plans', 'SMART milestones, named owners'] },
        { ref: 'F2', because: ['star chamber', 'progress against their plan'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'ensure that performance management information is captured analysed',
      links: [
        { ref: 'F3', because: ['Rebuild the scorecard', 'analytical commentary'] },
        { ref: 'F4', because: ['KPI RAG-rated against target'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'ensure that data on missing children provides real',
      links: [
        { ref: 'F5', because: ['Single missing list', 'live dashboard', 'RHIs offered and done'] },
        { ref: 'F6', because: ['Missing Panel', 'monthly pack'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 9,
      first8: 'ensure that the care leavers service has an',
      links: [
        { ref: 'G1', because: ['EET and qualifications for each young person', 'Care leavers'] },
        { ref: 'G2', because: ['Virtual School to track 16–25s'] },
        { ref: 'G3', because: ['Celebration of Achievement'] },
      ],
    },
    {
      list: 'board',
      number: 1,
      first8: 'extend the range of the performance data set',
      links: [{ ref: 'L1', because: ['Multi-agency dataset', 'CSE, missing and FGM indicators'] }],
    },
    {
      list: 'board',
      number: 2,
      first8: 'strengthen the evaluation of training to ensure that',
      links: [
        { ref: 'L2', because: ['Training impact', '6-month follow-up'] },
        { ref: 'L3', because: ['training co-ordinator'] },
      ],
    },
    {
      list: 'board',
      number: 3,
      first8: 'embed the multi agency audit programme in order',
      links: [{ ref: 'L4', because: ['MAAG audit calendar', 'findings to every Board meeting'] }],
    },
  ],
  answersNothing: ['G4', 'H1', 'H2', 'L5', 'L6'],
};
