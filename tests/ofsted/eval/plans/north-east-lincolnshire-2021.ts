/**
 * North East Lincolnshire, ILACS 2021 (inadequate; nine bullets). The plan written months later, in
 * September 2022, by a new leadership team in its own words: one sheet per priority with the same header,
 * refs P1.1, a Workstream column, status words and % complete. It rarely borrows the report's phrasing.
 */
import type { EvalColumn, EvalPlan } from '../types';

const COLUMNS: EvalColumn[] = [
  { header: 'Ref', field: 'ref', width: 7 },
  { header: 'Workstream', field: 'objective', width: 22 },
  { header: 'What we will do', field: 'action', width: 64 },
  { header: 'Owner', field: 'lead', width: 30 },
  { header: 'Due', field: 'due', width: 13 },
  { header: 'Status', field: 'status', width: 12 },
  { header: '% complete', field: 'percent', width: 11 },
  { header: 'Update (September 2022)', field: 'progress', width: 46 },
];

export const northEastLincolnshire2021: EvalPlan = {
  id: 'north-east-lincolnshire-2021',
  report: '80526_north-east-lincolnshire_2021-11-26',
  council: 'North East Lincolnshire Council',
  updated: '2022-09-30',
  style:
    'Several sheets, one per priority ("P1 Safe practice" …) with the same header, plus a contents sheet; refs P1.1; Workstream column; Owner, Due (real dates, months, quarters, "Ongoing", "Monthly"); Status words (On track, At risk, Off track, Complete, Not started); % complete; written months after the report in the council’s own words, seldom the report’s.',
  layout: {
    columns: COLUMNS,
    rows: 'flat',
    sheets: 'per-theme',
    titleRows: [
      "North East Lincolnshire Council – Children's Services Improvement Plan 2022–24",
      'Updated 30/09/2022 for the Improvement Board',
    ],
    statusStyle: 'text',
    extraSheets: [
      {
        name: 'Contents',
        before: true,
        rows: [
          ['Improvement Plan 2022–24: contents'],
          ['Sheet', 'Priority', 'Senior responsible officer'],
          [
            'P1 Safe practice',
            'Children are safe and their plans make a difference',
            'Assistant Director, Safeguarding',
          ],
          [
            'P2 Leadership & QA',
            'Leaders know their practice and act on it',
            "Director of Children's Services",
          ],
          [
            'P3 Workforce',
            'A stable workforce, so children keep their worker',
            'Assistant Director, HR & OD',
          ],
          [
            'P4 Permanence',
            'Children in care have a permanent home without delay',
            'Assistant Director, Children in Care',
          ],
          [],
          ['Status key: Complete / On track / At risk / Off track / Not started'],
        ],
      },
    ],
  },
  themes: [
    {
      title: 'Priority 1: Children are safe and their plans make a difference',
      sheet: 'P1 Safe practice',
      objectives: [
        {
          text: 'Plans that work',
          actions: [
            {
              ref: 'P1.1',
              text: 'Run every CIN review and core group as a family network meeting, with school, health and police contributing in person, and rewrite the plan at each meeting in words the family can follow.',
              lead: 'Head of Safeguarding – Rupa Patel',
              due: { date: '2022-12-31' },
              status: 'On track',
              percent: 60,
              progress: 'Running in 4 of 6 teams; police attendance still patchy.',
            },
            {
              ref: 'P1.2',
              text: 'Step-down and closure checklist signed by a practice manager, so that no CIN or CP plan ends before the family can show the worries have reduced.',
              lead: 'Service Manager, Safeguarding and Family Support',
              due: 'October 2022',
              status: 'Complete',
              percent: 100,
              progress: 'Checklist live on Liquidlogic from 1 August.',
            },
            {
              ref: 'P1.3',
              text: 'Independent chairs check at every review conference that each agency has done what it agreed, and escalate to that agency’s safeguarding lead when it has not.',
              lead: 'Safeguarding and Reviewing Service Manager',
              due: 'November 2022',
              status: 'At risk',
              percent: 40,
              progress: 'Two chair vacancies; agency cover from October.',
            },
          ],
        },
        {
          text: 'Family court',
          actions: [
            {
              ref: 'P1.4',
              text: 'Fortnightly legal planning meeting decides whether to send a PLO letter; every family in pre-proceedings is on the PLO tracker and reviewed at weeks 8 and 12.',
              lead: 'Head of Service, Children in Care and Court',
              due: 'August 2022',
              status: 'On track',
              percent: 80,
              progress: '23 families on the tracker; 5 over 16 weeks.',
            },
            {
              ref: 'P1.5',
              text: 'Where there are known risks before birth, hold a legal planning meeting by 24 weeks of pregnancy so that the PLO starts early enough.',
              lead: 'Head of Service, Children in Care and Court',
              due: 'Q3 2022/23',
              status: 'Not started',
              percent: 0,
              progress: 'Pre-birth protocol with midwifery being redrafted first.',
            },
          ],
        },
        {
          text: 'LADO',
          actions: [
            {
              ref: 'P1.6',
              text: 'Appoint a permanent full-time LADO with business support; every contact logged on the LADO database and considered within one working day.',
              lead: 'Head of Safeguarding – Rupa Patel',
              due: 'July 2022',
              status: 'Complete',
              percent: 100,
              progress: 'Permanent LADO in post since 4 July.',
            },
            {
              ref: 'P1.7',
              text: 'Relaunch the managing allegations procedure with schools, health and police, and train designated safeguarding leads on when to contact the LADO.',
              lead: 'LADO',
              due: 'Q3 2022/23',
              status: 'On track',
              percent: 30,
              progress: 'Procedure agreed by the Safeguarding Children Partnership.',
            },
          ],
        },
        {
          text: 'Kinship and PF',
          actions: [
            {
              ref: 'P1.8',
              text: 'DBS, health and home checks completed before, or on the day, a child moves to a connected carer under Regulation 24, with a senior manager signing off.',
              lead: 'Fostering Service Manager',
              due: 'September 2022',
              status: 'On track',
              percent: 70,
              progress: 'Checks on time for 9 of 11 moves since June.',
            },
            {
              ref: 'P1.9',
              text: 'PF notifications passed to the fostering team the same day; statutory visit and checks within 7 days; monthly report to the Head of Service.',
              lead: 'Fostering Service Manager',
              due: 'Monthly',
              status: 'On track',
              percent: 50,
              progress: 'Three notifications since May, all visited in time.',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 2: Leaders know their practice and act on it',
      sheet: 'P2 Leadership & QA',
      objectives: [
        {
          text: 'Supervision',
          actions: [
            {
              ref: 'P2.1',
              text: 'New supervision policy and recording template: reflective, with a case direction for every child discussed, at least every four weeks; compliance on the Monday dashboard.',
              lead: 'Principal Social Worker',
              due: { date: '2022-06-30' },
              status: 'Complete',
              percent: 100,
              progress: 'Compliance 84% in August.',
            },
            {
              ref: 'P2.2',
              text: 'Development programme for practice managers with Research in Practice: six modules on grip, challenge and reflective supervision.',
              lead: 'Workforce Development Lead',
              due: 'March 2023',
              status: 'On track',
              percent: 50,
              progress: 'Modules 1–3 delivered.',
            },
          ],
        },
        {
          text: 'Knowing ourselves',
          actions: [
            {
              ref: 'P2.3',
              text: 'Rewrite the self-assessment from frontline evidence (practice reviews, dip samples, what children and families tell us), signed off by the Improvement Board every six months.',
              lead: "Director of Children's Services",
              due: 'December 2022',
              status: 'Off track',
              percent: 30,
              progress: 'Delayed by the change of interim DCS; now for the January Board.',
            },
            {
              ref: 'P2.4',
              text: 'Monthly practice weeks: Assistant Directors and above observe practice, join visits with families’ consent, and tell SLT what they saw.',
              lead: 'Assistant Director, Safeguarding',
              due: 'Ongoing',
              status: 'On track',
              percent: 60,
              progress: 'Four practice weeks held.',
            },
          ],
        },
        {
          text: 'Audit',
          actions: [
            {
              ref: 'P2.5',
              text: "Move to practice reviews: the reviewer and the child's social worker look at the case together, with the family's view, graded against the practice standards; 10% moderated.",
              lead: 'Head of Quality Assurance',
              due: 'September 2022',
              status: 'Complete',
              percent: 100,
              progress: '56 practice reviews in Q2.',
            },
            {
              ref: 'P2.6',
              text: "Quarterly 'What we have learned' summary of practice reviews to SLT, the Improvement Board and all staff, with the three things to change next quarter.",
              lead: 'Head of Quality Assurance',
              due: 'Quarterly',
              status: 'On track',
              percent: 50,
              progress: 'First summary published in July.',
            },
          ],
        },
        {
          text: 'Governance',
          actions: [
            {
              ref: 'P2.7',
              text: "Monthly Children's Improvement Board with an independent chair; this plan reported by exception.",
              lead: 'Chief Executive',
              due: 'Monthly',
              status: 'On track',
              percent: 50,
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 3: A stable workforce, so children keep their worker',
      sheet: 'P3 Workforce',
      objectives: [
        {
          text: 'Recruitment',
          actions: [
            {
              ref: 'P3.1',
              text: 'Market supplement for experienced social workers and an international recruitment campaign for 12 social workers.',
              lead: 'Assistant Director, HR and OD',
              due: 'March 2023',
              status: 'At risk',
              percent: 35,
              progress: '5 of 12 international recruits have start dates.',
            },
          ],
        },
        {
          text: 'Retention',
          actions: [
            {
              ref: 'P3.2',
              text: 'Caseloads of no more than 18 in the assessment teams and 15 for ASYEs, with a weekly caseload report.',
              lead: 'Head of Service, Assessment',
              due: 'Ongoing',
              status: 'At risk',
              percent: 40,
              progress: 'Average caseload 22 in assessment.',
            },
            {
              ref: 'P3.3',
              text: 'Stay conversations and exit interviews for every leaver, with a quarterly report on why people leave.',
              lead: 'HR Business Partner',
              due: 'Quarterly',
              status: 'On track',
              percent: 50,
              progress: '',
            },
          ],
        },
        {
          text: 'Consistency for children',
          actions: [
            {
              ref: 'P3.4',
              text: 'One-worker model in family support: children keep the same social worker from assessment to closure wherever possible, with changes of worker reported monthly.',
              lead: 'Head of Service, Family Support',
              due: 'April 2023',
              status: 'Not started',
              percent: 0,
              progress: 'Depends on P3.1 and the restructure consultation.',
            },
            {
              ref: 'P3.5',
              text: 'Agency staff in managed teams hand over with a joint visit to each child; agency workers no more than 20% of the workforce by March 2023.',
              lead: "Assistant Director, Children's Social Care",
              due: { date: '2023-03-31' },
              status: 'At risk',
              percent: 30,
              progress: 'Agency rate 34%.',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 4: Children in care have a permanent home without delay',
      sheet: 'P4 Permanence',
      objectives: [
        {
          text: 'Permanence tracking',
          actions: [
            {
              ref: 'P4.1',
              text: 'Monthly tracking meeting for every child in care, with a plan for a permanent home agreed by the second review.',
              lead: 'Head of Service, Children in Care and Court',
              due: 'October 2022',
              status: 'On track',
              percent: 60,
              progress: 'Tracker covers all 360 children in care.',
            },
            {
              ref: 'P4.2',
              text: 'Early permanence: fostering for adoption considered at the first legal planning meeting, with an Adoption One social worker at every meeting.',
              lead: 'Service Manager, Adoption One',
              due: 'December 2022',
              status: 'On track',
              percent: 40,
              progress: 'Two early permanence placements since June.',
            },
          ],
        },
        {
          text: 'Long-term matching',
          actions: [
            {
              ref: 'P4.3',
              text: 'Long-term fostering matches approved within 12 months of a child coming into care, and an SGO support plan for every connected carer applying for an SGO.',
              lead: 'Fostering Service Manager',
              due: 'March 2023',
              status: 'At risk',
              percent: 25,
              progress: 'Matching backlog of 31 children.',
            },
          ],
        },
        {
          text: "Children's voice",
          actions: [
            {
              ref: 'P4.4',
              text: "Children in Care Council to co-produce a new 'My Life' booklet for children's reviews.",
              lead: 'Participation Officer',
              due: 'January 2023',
              status: 'Not started',
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
      first8: 'child in need cin and child protection planning',
      links: [
        { ref: 'P1.1', because: ['CIN review and core group', 'school, health and police'] },
        { ref: 'P1.2', because: ['CIN or CP plan'] },
        { ref: 'P1.3', because: ['review conference', 'each agency'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'timely escalation to public law outline and robust',
      links: [
        { ref: 'P1.4', because: ['PLO letter', 'pre-proceedings', 'PLO tracker'] },
        { ref: 'P1.5', because: ['PLO starts early enough'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'the quality and effectiveness of managerial oversight and',
      links: [
        { ref: 'P2.1', because: ['supervision policy', 'case direction'] },
        { ref: 'P2.2', because: ['practice managers', 'reflective supervision'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'the response to allegations against professionals',
      links: [
        { ref: 'P1.6', because: ['LADO'] },
        { ref: 'P1.7', because: ['managing allegations procedure'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'timeliness of safeguarding checks for children in private',
      links: [
        { ref: 'P1.8', because: ['DBS, health and home checks', 'connected carer'] },
        { ref: 'P1.9', because: ['PF notifications', 'checks within 7 days'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'permanence planning',
      links: [
        { ref: 'P4.1', because: ['Permanence tracking', 'permanent home'] },
        { ref: 'P4.2', because: ['Early permanence'] },
        { ref: 'P4.3', because: ['Long-term fostering matches', 'SGO'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'senior leaders self evaluation of practice',
      links: [
        { ref: 'P2.3', because: ['self-assessment', 'Knowing ourselves'] },
        { ref: 'P2.4', because: ['Assistant Directors and above observe practice'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'auditing and summary of findings to facilitate an',
      links: [
        { ref: 'P2.5', because: ['Audit', 'practice reviews'] },
        { ref: 'P2.6', because: ["'What we have learned' summary", 'Audit'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 9,
      first8: 'the sufficiency and stability of the social care',
      links: [
        { ref: 'P3.1', because: ['recruitment campaign for 12 social workers'] },
        { ref: 'P3.2', because: ['Caseloads'] },
        { ref: 'P3.3', because: ['Retention', 'why people leave'] },
        { ref: 'P3.4', because: ['same social worker', 'changes of worker'] },
        { ref: 'P3.5', because: ['agency workers', 'workforce'] },
      ],
    },
  ],
  answersNothing: ['P2.7', 'P4.4'],
};
