/**
 * Doncaster, ILACS 2022 (requires improvement; leadership inadequate; nine bullets, several of them
 * abstract: "the scrutiny arrangements between senior leaders of the council and the Trust", "the impact of
 * leaders and managers in driving progress"). The plan written that autumn, after the council decided to
 * take children's social care back from the Trust: one sheet per priority with the same header, refs 1.1
 * running on from sheet to sheet, an Outcome column in plain words, terse actions in local shorthand
 * (Continuum of Need, PAFSS, DSCP, SYP, Reg 24, PWP, OASY), status words, and a sixth of the actions
 * business as usual (money, out of hours, school attendance, Staying Close, recruitment).
 */
import type { EvalColumn, EvalPlan } from '../../eval/types';

const COLUMNS: EvalColumn[] = [
  { header: 'Ref', field: 'ref', width: 6 },
  { header: 'Outcome', field: 'objective', width: 34 },
  { header: 'Action', field: 'action', width: 52 },
  { header: 'Owner', field: 'lead', width: 28 },
  { header: 'Due', field: 'due', width: 13 },
  { header: 'Status', field: 'status', width: 12 },
  { header: 'Update (November 2022)', field: 'progress', width: 44 },
];

export const doncaster2022: EvalPlan = {
  id: 'doncaster-2022',
  report: '80462_doncaster_2022-04-08',
  council: 'Doncaster Council',
  updated: '2022-11-18',
  style:
    'One sheet per priority ("1 Leadership" … "5 Workforce") with the same header, after a Summary sheet; refs 1.1 to 5.2; an Outcome column in plain words; terse actions in local shorthand; Owner, Due (real dates, months, quarters, "Weekly", "Ongoing"); status words (Complete, On track, At risk, Off track, Not started); Update; the abstract leadership bullets answered by governance actions; six actions answer nothing.',
  layout: {
    columns: COLUMNS,
    rows: 'flat',
    sheets: 'per-theme',
    titleRows: [
      "Doncaster Children's Services – Improvement Plan 2022–24",
      'Improvement Board, 18 November 2022',
    ],
    statusStyle: 'text',
    extraSheets: [
      {
        name: 'Summary',
        before: true,
        rows: [
          ['Improvement Plan 2022–24'],
          ['Sheet', 'Priority', 'Accountable'],
          [
            '1 Leadership',
            'Leadership, governance and grip',
            'Director of Children, Young People and Families',
          ],
          ['2 Front door', 'The right help at the right time', 'AD Safeguarding'],
          ['3 Practice', 'Good practice, well recorded', 'AD Safeguarding; Head of Performance'],
          ['4 Care & permanence', 'Stable, loving homes', 'AD Children in Care'],
          ['5 Workforce', 'Our people', 'Head of Workforce Development'],
          [],
          ['Status: Complete / On track / At risk / Off track / Not started'],
        ],
      },
    ],
  },
  themes: [
    {
      title: 'Priority 1: Leadership, governance and grip',
      sheet: '1 Leadership',
      objectives: [
        {
          text: 'One line of accountability from councillors to the front line',
          actions: [
            {
              ref: '1.1',
              text: 'Bring children’s social care back in house from the Trust – TUPE, contracts, systems',
              lead: 'Chief Executive; Director of Children, Young People and Families',
              due: { date: '2022-09-01' },
              status: 'Complete',
              progress: 'Transferred 1 September.',
            },
            {
              ref: '1.2',
              text: 'Children’s Improvement Board – Chief Executive chairs; Lead Member, DfE adviser, partners',
              lead: 'Chief Executive',
              due: 'Monthly',
              status: 'On track',
              progress: 'Met 6 times.',
            },
            {
              ref: '1.3',
              text: 'CYP Overview & Scrutiny – quarterly practice deep dive',
              lead: 'Scrutiny Officer; Chair of CYP O&S',
              due: 'Quarterly',
              status: 'On track',
              progress: 'First deep dive (neglect) in October.',
            },
          ],
        },
        {
          text: 'Leaders see practice for themselves and unblock drift',
          actions: [
            {
              ref: '1.4',
              text: 'SLT "back to the floor" – each leader with a team one day a quarter',
              lead: 'Director of Children, Young People and Families',
              due: 'Quarterly',
              status: 'At risk',
              progress: 'Half of SLT done Q2.',
            },
            {
              ref: '1.5',
              text: 'Weekly drift panel – children with no change in 3 months',
              lead: 'AD Safeguarding',
              due: 'Weekly',
              status: 'On track',
              progress: '41 children reviewed; 12 escalated to PLO.',
            },
            {
              ref: '1.6',
              text: 'Service plans for every service area, tied to this plan',
              lead: 'Heads of Service',
              due: 'Dec 2022',
              status: 'On track',
              progress: '',
            },
          ],
        },
        {
          text: 'Money follows the plan',
          actions: [
            {
              ref: '1.7',
              text: 'MTFS 2023/24 growth bid for children’s social care',
              lead: 'Finance Business Partner',
              due: 'Feb 2023',
              status: 'On track',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 2: The right help at the right time',
      sheet: '2 Front door',
      objectives: [
        {
          text: 'Partners and practitioners agree who needs what help',
          actions: [
            {
              ref: '2.1',
              text: 'Refresh the Continuum of Need with DSCP partners',
              lead: 'Head of Service, MASH & Assessment',
              due: 'Oct 2022',
              status: 'Complete',
              progress: 'Signed off by DSCP Executive.',
            },
            {
              ref: '2.2',
              text: 'Briefings for schools, GPs and SYP on the new Continuum',
              lead: 'DSCP Business Manager',
              due: 'Q4 2022/23',
              status: 'On track',
              progress: '9 of 15 sessions held.',
            },
            {
              ref: '2.3',
              text: 'One step-up / step-down protocol between PAFSS and Assessment',
              lead: 'Head of Early Help; Head of Service, MASH & Assessment',
              due: { date: '2022-12-31' },
              status: 'At risk',
              progress: 'Disagreement on case-holding at closure.',
            },
            {
              ref: '2.4',
              text: 'Monthly dip sample of MASH decisions; feedback to referring agencies',
              lead: 'MASH Team Manager',
              due: 'Monthly',
              status: 'On track',
              progress: '',
            },
          ],
        },
        {
          text: 'Out of hours is as good as daytime',
          actions: [
            {
              ref: '2.5',
              text: 'EDT review – staffing and handover to day teams',
              lead: 'EDT Manager',
              due: 'Jan 2023',
              status: 'Not started',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 3: Good practice, well recorded',
      sheet: '3 Practice',
      objectives: [
        {
          text: 'Assessments explain what life is like for the child and why we are worried',
          actions: [
            {
              ref: '3.1',
              text: 'History and cumulative harm prompts in the C&F assessment; chronology before sign-off',
              lead: 'Principal Social Worker – Joanne Firth',
              due: 'Nov 2022',
              status: 'Complete',
              progress: '',
            },
            {
              ref: '3.2',
              text: 'Analysis workshops for every SW (Research in Practice)',
              lead: 'Principal Social Worker – Joanne Firth',
              due: 'March 2023',
              status: 'On track',
              progress: '120 of 210 attended.',
            },
          ],
        },
        {
          text: 'Every worker gets supervision that moves the child’s plan on',
          actions: [
            {
              ref: '3.3',
              text: 'Supervision policy relaunched – reflective section required',
              lead: 'Principal Social Worker – Joanne Firth',
              due: { date: '2022-10-31' },
              status: 'Complete',
              progress: '',
            },
            {
              ref: '3.4',
              text: 'MASH supervision off paper and onto the case system',
              lead: 'MASH Team Manager',
              due: 'Sept 2022',
              status: 'Complete',
              progress: '',
            },
            {
              ref: '3.5',
              text: 'TMs check agreed actions are done within 10 working days',
              lead: 'Heads of Service',
              due: 'Ongoing',
              status: 'At risk',
              progress: 'Audit: 58% evidenced.',
            },
          ],
        },
        {
          text: 'Records are accurate and the numbers can be trusted',
          actions: [
            {
              ref: '3.6',
              text: 'Case system training for every SW and manager; a super-user in each team',
              lead: 'Systems Development Manager',
              due: 'Dec 2022',
              status: 'On track',
              progress: '',
            },
            {
              ref: '3.7',
              text: 'Data cleanse – placements, legal status, ethnicity',
              lead: 'Head of Performance',
              due: 'Q3 2022/23',
              status: 'Off track',
              progress: 'Placement history backlog of 900 records.',
            },
            {
              ref: '3.8',
              text: 'Performance reports checked monthly – BI and HoS sign-off',
              lead: 'Head of Performance',
              due: 'Monthly',
              status: 'On track',
              progress: '',
            },
            {
              ref: '3.9',
              text: 'End manual workarounds: visits and reviews reported daily from the system',
              lead: 'Head of Performance; Systems Development Manager',
              due: 'March 2023',
              status: 'At risk',
              progress: 'Supplier fix due January.',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 4: Stable, loving homes',
      sheet: '4 Care & permanence',
      objectives: [
        {
          text: 'Children living with family or parents are there safely and lawfully',
          actions: [
            {
              ref: '4.1',
              text: 'PWP and kinship tracker – weekly HoS review',
              lead: 'Head of Service, Children in Care',
              due: 'Weekly',
              status: 'On track',
              progress: '',
            },
            {
              ref: '4.2',
              text: 'Clear the backlog of Reg 24 and PWP assessments; ADM sign-off',
              lead: 'Kinship & PF Team Manager',
              due: { date: '2023-03-31' },
              status: 'At risk',
              progress: '31 outstanding (58 in April).',
            },
            {
              ref: '4.3',
              text: 'Kinship & PF team – 2 more assessing SWs',
              lead: 'Head of Service, Children in Care',
              due: 'Dec 2022',
              status: 'On track',
              progress: 'One in post.',
            },
          ],
        },
        {
          text: 'Children live with carers who are right for them',
          actions: [
            {
              ref: '4.4',
              text: 'Placement request form – child’s needs and what went wrong before',
              lead: 'Placements Team Manager',
              due: 'Oct 2022',
              status: 'Complete',
              progress: '',
            },
            {
              ref: '4.5',
              text: 'Matching meeting before every planned move',
              lead: 'Children in Care Team Managers',
              due: 'Ongoing',
              status: 'On track',
              progress: '',
            },
            {
              ref: '4.6',
              text: '4 new in-house children’s homes',
              lead: 'Head of Commissioning',
              due: 'Q2 2023/24',
              status: 'On track',
              progress: 'Two properties bought.',
            },
          ],
        },
        {
          text: 'Children know where they will grow up, without delay',
          actions: [
            {
              ref: '4.7',
              text: 'Permanence panel fortnightly; planning meeting by 4 months in care',
              lead: 'Head of Service, Children in Care',
              due: 'Fortnightly',
              status: 'On track',
              progress: '',
            },
            {
              ref: '4.8',
              text: 'Life story work and later life letters for every child with a permanence plan',
              lead: 'Children in Care Team Managers',
              due: 'June 2023',
              status: 'Off track',
              progress: 'No capacity until the new SWs start.',
            },
            {
              ref: '4.9',
              text: 'Early permanence (FfA) with OASY',
              lead: 'Head of Service, Children in Care',
              due: 'Q4 2022/23',
              status: 'On track',
              progress: '',
            },
          ],
        },
        {
          text: 'Children in care do well at school',
          actions: [
            {
              ref: '4.10',
              text: 'Virtual School: secondary attendance project',
              lead: 'Virtual School Headteacher',
              due: 'July 2023',
              status: 'On track',
              progress: '',
            },
          ],
        },
        {
          text: 'Care leavers can stay close',
          actions: [
            {
              ref: '4.11',
              text: 'Staying Close bid to DfE',
              lead: 'Leaving Care Service Manager',
              due: 'Jan 2023',
              status: 'Not started',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Priority 5: Our people',
      sheet: '5 Workforce',
      objectives: [
        {
          text: 'A stable workforce',
          actions: [
            {
              ref: '5.1',
              text: 'Recruit 20 international SWs',
              lead: 'Head of Workforce Development',
              due: 'Q1 2023/24',
              status: 'On track',
              progress: '8 offers.',
            },
            {
              ref: '5.2',
              text: 'Career pathway: SW – Senior Practitioner – Practice Educator',
              lead: 'Head of Workforce Development',
              due: 'April 2023',
              status: 'Not started',
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
      first8: 'the scrutiny arrangements between senior leaders of the',
      links: [
        { ref: '1.1', because: ['back in house from the Trust'] },
        { ref: '1.2', because: ['Improvement Board', 'Chief Executive chairs'] },
        { ref: '1.3', because: ['Overview & Scrutiny'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'the impact of leaders and managers in driving',
      links: [
        { ref: '1.4', because: ['back to the floor', 'Leaders see practice for themselves'] },
        { ref: '1.5', because: ['drift panel', 'unblock drift'] },
        { ref: '1.6', because: ['Service plans for every service area'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'a shared understanding and application of child in',
      links: [
        { ref: '2.1', because: ['Continuum of Need', 'DSCP partners'] },
        { ref: '2.2', because: ['Briefings for schools, GPs and SYP', 'new Continuum'] },
        { ref: '2.3', because: ['step-up / step-down protocol'] },
        { ref: '2.4', because: ['dip sample of MASH decisions', 'who needs what help'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'the quality and accuracy of childrens records and',
      links: [
        { ref: '3.6', because: ['Case system training', 'Records are accurate'] },
        { ref: '3.7', because: ['Data cleanse'] },
        { ref: '3.8', because: ['Performance reports checked monthly', 'numbers can be trusted'] },
        { ref: '3.9', because: ['End manual workarounds', 'reported daily from the system'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'the quality and impact of supervision and management',
      links: [
        { ref: '3.3', because: ['Supervision policy relaunched', 'reflective section'] },
        { ref: '3.4', because: ['MASH supervision'] },
        { ref: '3.5', because: ['TMs check agreed actions are done'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'the quality and analysis of assessments',
      links: [
        { ref: '3.1', because: ['cumulative harm prompts in the C&F assessment'] },
        { ref: '3.2', because: ['Analysis workshops', 'Assessments explain'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'the timeliness and oversight of placement with parent',
      links: [
        { ref: '4.1', because: ['PWP and kinship tracker'] },
        { ref: '4.2', because: ['backlog of Reg 24 and PWP assessments'] },
        { ref: '4.3', because: ['Kinship & PF team', 'assessing SWs'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'the quality of placement matching',
      links: [
        { ref: '4.4', because: ['Placement request form', 'what went wrong before'] },
        { ref: '4.5', because: ['Matching meeting'] },
        { ref: '4.6', because: ['Children live with carers who are right for them'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 9,
      first8: 'the quality and timeliness of achieving permanence',
      links: [
        { ref: '4.7', because: ['Permanence panel'] },
        { ref: '4.8', because: ['Life story work and later life letters', 'permanence plan'] },
        { ref: '4.9', because: ['Early permanence (FfA)'] },
      ],
    },
  ],
  answersNothing: ['1.7', '2.5', '4.10', '4.11', '5.1', '5.2'],
};
