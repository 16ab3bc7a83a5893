/**
 * Havering, ILACS 2024 (inadequate; six bullets). The plan the new permanent DCS took to the Improvement
 * Board in the spring: flat, one sheet, a Theme grouping column, refs 1.1, and an "Ofsted area" column
 * that holds the report's **judgement area** (Leadership, Help and protection, Children in care, Care
 * leavers), not the recommendation: the column is there but points only loosely. Terse actions, combined
 * ratings (Amber/Green), a quarter of the actions business as usual, and two actions that each answer two
 * bullets (the decision-rationale case note; review minutes).
 */
import type { EvalColumn, EvalPlan } from '../../eval/types';

const COLUMNS: EvalColumn[] = [
  { header: 'Ref', field: 'ref', width: 6 },
  { header: 'Theme', field: 'theme', width: 20 },
  { header: 'Ofsted area', field: 'area', width: 18 },
  { header: 'Action', field: 'action', width: 52 },
  { header: 'Responsible officer', field: 'lead', width: 28 },
  { header: 'Timescale', field: 'due', width: 13 },
  { header: 'RAG rating', field: 'status', width: 12 },
  { header: 'Progress', field: 'progress', width: 42 },
];

const LEADERSHIP = 'Leadership';
const HELP = 'Help and protection';
const CARE = 'Children in care';
const LEAVERS = 'Care leavers';

export const havering2024: EvalPlan = {
  id: 'havering-2024',
  report: '80500_havering_2024-02-16',
  council: 'London Borough of Havering',
  updated: '2024-05-24',
  style:
    'Flat, one sheet: a Theme grouping column, refs 1.1, an "Ofsted area" column holding the judgement area (Leadership, Help and protection …) rather than the recommendation, terse actions, Responsible officer, Timescale (months, real dates, quarters, "TBC", "Ongoing"), RAG rating with combined ratings (Amber/Green), Progress; two actions each answer two bullets; eight actions answer nothing.',
  layout: {
    columns: COLUMNS,
    rows: 'flat',
    sheets: 'one',
    sheetName: 'Improvement Plan',
    titleRows: [
      "London Borough of Havering – Children's Services Improvement Plan 2024–26",
      'Improvement Board 24 May 2024 – v1.3',
    ],
    statusStyle: 'text',
  },
  themes: [
    {
      title: 'Investing in social work',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '1.1',
              area: LEADERSHIP,
              text: '£4.2m recurrent growth – Cabinet, Feb 2024 budget',
              lead: 'Chief Executive; Strategic Director, People',
              due: { date: '2024-02-28' },
              status: 'Blue',
              progress: 'Agreed at Council 28/02.',
            },
            {
              ref: '1.2',
              area: LEADERSHIP,
              text: 'Recruit 20 ASYEs – Sept 2024 cohort',
              lead: 'Principal Social Worker – Ade Okafor',
              due: 'September 2024',
              status: 'Green',
              progress: '17 offers accepted.',
            },
            {
              ref: '1.3',
              area: LEADERSHIP,
              text: 'Agency-to-permanent offer; agency cap 15%',
              lead: 'HR Business Partner',
              due: 'Q2 2024/25',
              status: 'Amber/Green',
              progress: 'Agency 23% (31% in December).',
            },
            {
              ref: '1.4',
              area: LEADERSHIP,
              text: 'Caseload cap: 18 assessment, 15 CIN/CP',
              lead: 'Director of Children’s Services',
              due: 'December 2024',
              status: 'Amber',
              progress: 'Average 21 in assessment.',
            },
            {
              ref: '1.5',
              area: LEADERSHIP,
              text: '12 business support officers back into teams',
              lead: 'Head of Business Support',
              due: 'July 2024',
              status: 'Amber',
              progress: '7 in post.',
            },
            {
              ref: '1.6',
              text: 'Havering Social Work Awards',
              lead: 'Principal Social Worker – Ade Okafor',
              due: 'March 2025',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Grip',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '2.1',
              area: LEADERSHIP,
              text: '4-weekly supervision – compliance dashboard by team',
              lead: 'Head of Performance & Intelligence',
              due: 'April 2024',
              status: 'Blue',
              progress: 'Dashboard live; 71% in April.',
            },
            {
              ref: '2.2',
              area: LEADERSHIP,
              text: 'New supervision template: reflection, case progression, the child’s day',
              lead: 'Principal Social Worker – Ade Okafor',
              due: { date: '2024-04-30' },
              status: 'Blue',
              progress: '',
            },
            {
              ref: '2.3',
              area: LEADERSHIP,
              text: 'Practice Manager tier – one per team',
              lead: 'Director of Children’s Services',
              due: 'Q2 2024/25',
              status: 'Amber',
              progress: 'In the restructure; consultation closes June.',
            },
            {
              ref: '2.4',
              area: LEADERSHIP,
              text: '"Management rationale" case note for every key decision',
              lead: 'Heads of Service',
              due: 'June 2024',
              status: 'Green',
              progress: 'Case note type built in LCS.',
            },
            {
              ref: '2.5',
              text: 'Self-assessment refresh for the annual engagement meeting',
              lead: 'Head of Quality Assurance',
              due: 'TBC',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Help and protection',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '3.1',
              area: HELP,
              text: 'Single assessment 45-day tracker; transfer within 5 days',
              lead: 'Head of Service, MASH & Assessment',
              due: 'May 2024',
              status: 'Green',
              progress: '86% in timescale.',
            },
            {
              ref: '3.2',
              area: HELP,
              text: 'Assessment workshops – analysis, the child’s world, seeing children more than once',
              lead: 'Principal Social Worker – Ade Okafor',
              due: 'Q3 2024/25',
              status: 'Amber/Green',
              progress: '',
            },
            {
              ref: '3.3',
              area: HELP,
              text: 'One-page CP and CIN plans: who, what, by when, what will be different',
              lead: 'Head of Service, Safeguarding & Quality',
              due: 'July 2024',
              status: 'Amber',
              progress: 'Template agreed with partners.',
            },
            {
              ref: '3.4',
              area: HELP,
              text: 'Conference chairs: midway reviews and escalation',
              lead: 'Head of Service, Safeguarding & Quality',
              due: 'Ongoing',
              status: 'Amber',
              progress: '',
            },
            {
              ref: '3.5',
              area: HELP,
              text: 'Weekly legal gateway; PLO tracker',
              lead: 'Head of Service, Children in Care & Court',
              due: 'Weekly',
              status: 'Green',
              progress: '26 families in pre-proceedings.',
            },
            {
              ref: '3.6',
              text: 'Family Hubs – 3 sites open',
              lead: 'Head of Early Help',
              due: 'March 2025',
              status: 'Green',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Children in care',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '4.1',
              area: CARE,
              text: 'IRO service rebuilt – 8 permanent IROs in the new structure',
              lead: 'Head of Service, Safeguarding & Quality',
              due: 'September 2024',
              status: 'Amber',
              progress: '5 appointed.',
            },
            {
              ref: '4.2',
              area: CARE,
              text: 'Permanence planning meeting by the 2nd review',
              lead: 'Head of Service, Children in Care & Court',
              due: 'June 2024',
              status: 'Amber/Green',
              progress: '',
            },
            {
              ref: '4.3',
              area: CARE,
              text: 'Review minutes to child and carer within 20 working days, in plain English',
              lead: 'IRO Team Manager',
              due: 'Ongoing',
              status: 'Red',
              progress: '38% in April.',
            },
            {
              ref: '4.4',
              area: CARE,
              text: 'PwP – every child assessed under the regs, HoS sign-off',
              lead: 'Head of Service, Children in Care & Court',
              due: { date: '2024-07-31' },
              status: 'Amber',
              progress: '11 of 19 done.',
            },
            {
              ref: '4.5',
              area: CARE,
              text: '16+ supported accommodation: monthly SW visit; registered providers only',
              lead: 'Head of Commissioning; 16+ Team Manager',
              due: 'Monthly',
              status: 'Amber/Green',
              progress: '',
            },
            {
              ref: '4.6',
              text: 'Fostering – 15 new households',
              lead: 'Fostering Service Manager',
              due: 'March 2025',
              status: 'Amber',
              progress: '4 approved.',
            },
          ],
        },
      ],
    },
    {
      title: 'Vulnerable children',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '5.1',
              area: HELP,
              text: 'PF: dedicated worker; visits every 6 weeks; checks on file',
              lead: 'Head of Service, MASH & Assessment',
              due: 'April 2024',
              status: 'Blue',
              progress: 'All 9 children seen.',
            },
            {
              ref: '5.2',
              area: HELP,
              text: 'PF awareness – schools, GPs, faith groups',
              lead: 'HSCP Business Manager',
              due: 'Q3 2024/25',
              status: 'Green',
              progress: '',
            },
            {
              ref: '5.3',
              text: 'Two return interviewers (recruited)',
              lead: 'Adolescent Service Manager',
              due: { date: '2024-01-15' },
              status: 'Blue',
              progress: '',
            },
          ],
        },
      ],
    },
    {
      title: 'Records',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: '6.1',
              area: LEADERSHIP,
              text: 'Recording policy – write to the child',
              lead: 'Principal Social Worker – Ade Okafor',
              due: 'June 2024',
              status: 'Green',
              progress: '',
            },
            {
              ref: '6.2',
              area: LEADERSHIP,
              text: 'LCS clean-up – duplicate forms removed; one front sheet',
              lead: 'LCS Systems Manager',
              due: 'Q3 2024/25',
              status: 'Amber',
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
              ref: '7.1',
              area: LEAVERS,
              text: 'PA contacts logged as face to face or virtual; pathway plan on file',
              lead: 'Leaving Care Team Manager',
              due: 'May 2024',
              status: 'Green',
              progress: '',
            },
            {
              ref: '7.2',
              text: 'PA allocated at 16',
              lead: 'Leaving Care Team Manager',
              due: 'December 2024',
              status: 'Amber',
              progress: '',
            },
            {
              ref: '7.3',
              text: 'Local offer rewritten with care leavers',
              lead: 'Participation Lead',
              due: 'October 2024',
              status: 'Green',
              progress: '',
            },
            {
              ref: '7.4',
              text: 'Care leaver co-chair for Corporate Parenting Board',
              lead: 'Lead Member for Children',
              due: 'July 2024',
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
      first8: 'further corporate and political investment in childrens services',
      links: [
        { ref: '1.1', because: ['£4.2m recurrent growth', 'Cabinet'] },
        { ref: '1.2', because: ['Recruit 20 ASYEs'] },
        { ref: '1.3', because: ['Agency-to-permanent offer'] },
        { ref: '1.4', because: ['Caseload cap'] },
        { ref: '1.5', because: ['Investing in social work'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'the quality and consistency of management oversight and',
      links: [
        { ref: '2.1', because: ['4-weekly supervision'] },
        { ref: '2.2', because: ['supervision template', 'case progression'] },
        { ref: '2.3', because: ['Practice Manager tier'] },
        { ref: '2.4', because: ['Management rationale'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'the oversight of and the response to vulnerable',
      links: [
        { ref: '4.4', because: ['PwP', 'assessed under the regs'] },
        { ref: '4.5', because: ['supported accommodation', 'monthly SW visit'] },
        { ref: '5.1', because: ['PF: dedicated worker', 'Vulnerable children'] },
        { ref: '5.2', because: ['PF awareness'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'the quality and timeliness of social work assessments',
      links: [
        { ref: '3.1', because: ['Single assessment 45-day tracker'] },
        { ref: '3.2', because: ['Assessment workshops'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'the quality of planning and subsequent monitoring and',
      links: [
        { ref: '3.3', because: ['One-page CP and CIN plans'] },
        { ref: '3.4', because: ['Conference chairs', 'midway reviews'] },
        { ref: '3.5', because: ['legal gateway', 'PLO tracker'] },
        { ref: '4.1', because: ['IRO service rebuilt'] },
        { ref: '4.2', because: ['Permanence planning meeting by the 2nd review'] },
        { ref: '4.3', because: ['Review minutes'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'the quality of childrens and care leavers case',
      links: [
        { ref: '2.4', because: ['case note for every key decision'] },
        { ref: '4.3', because: ['Review minutes', 'within 20 working days'] },
        { ref: '6.1', because: ['Recording policy', 'write to the child'] },
        { ref: '6.2', because: ['LCS clean-up', 'Records'] },
        { ref: '7.1', because: ['PA contacts logged', 'pathway plan on file'] },
      ],
    },
  ],
  answersNothing: ['1.6', '2.5', '3.6', '4.6', '5.3', '7.2', '7.3', '7.4'],
};
