/**
 * Devon, ILACS 2020 (inadequate; eight bullets, the first with three sub-points). The plan rewritten in the
 * autumn after the report, during the pandemic, by a new leadership team: an Excel table with refs
 * "Action 1 … Action 31", a Workstream column and an Outcome column in the council's words, short key
 * actions, single-letter Delivery RAG, Progress %, and commentary. Workstream and outcome carry the
 * meaning of many terse actions ("Memory boxes kept by foster carers from day one" answers life-story work).
 */
import type { EvalAction, EvalColumn, EvalPlan, EvalTheme } from '../../eval/types';

const COLUMNS: EvalColumn[] = [
  { header: 'Action ref', field: 'ref', width: 10 },
  { header: 'Workstream', field: 'theme', width: 20 },
  { header: 'Outcome', field: 'objective', width: 34 },
  { header: 'Key actions', field: 'action', width: 50 },
  { header: 'Action owner', field: 'lead', width: 26 },
  { header: 'Due date', field: 'due', width: 12 },
  { header: 'Delivery RAG', field: 'status', width: 9 },
  { header: 'Progress %', field: 'percent', width: 9 },
  { header: 'Commentary', field: 'progress', width: 40 },
];

/** Numbered in row order through the sheet ("Action 7"), as the plan does. */
let next = 1;
function act(a: Omit<EvalAction, 'ref'>): EvalAction {
  return { ref: `Action ${next++}`, ...a };
}

const themes: EvalTheme[] = [
  {
    title: 'Care leavers: safe homes',
    objectives: [
      {
        text: 'No young person leaves care without a safe place to live and someone checking on them',
        actions: [
          act({
            text: "Commission 20 supported lodgings places and 12 'Step Up' flats",
            lead: 'Head of Commissioning (Children)',
            due: { date: '2021-03-31' },
            status: 'A',
            percent: 40,
            progress: '8 lodgings approved; flats with Exeter City Council for planning.',
          }),
          act({
            text: 'Weekly list of every 18–25 not in settled accommodation, reviewed by HoS',
            lead: 'Head of Service, 16+ – Claire Ashworth',
            due: 'Weekly',
            status: 'G',
            percent: 100,
            progress: 'Running since 3 February; 14 on list (31 in February).',
          }),
          act({
            text: 'Risk and safety section in every pathway plan – how often seen, who to call',
            lead: 'Head of Service, 16+ – Claire Ashworth',
            due: { date: '2020-12-31' },
            status: 'A',
            percent: 60,
            progress: 'Template live; audit shows 55% completed well.',
          }),
          act({
            text: '6 more PAs – caseloads to 1:22',
            lead: 'Head of Service, 16+ – Claire Ashworth',
            due: { date: '2020-11-30' },
            status: 'G',
            percent: 80,
            progress: '5 appointed.',
          }),
          act({
            text: 'PA allocated at 16, not 17½',
            lead: '16+ Team Managers',
            due: 'Q4 2020/21',
            status: 'R',
            percent: 10,
            progress: 'Needs the 6 new PAs in post first.',
          }),
        ],
      },
      {
        text: 'Young people leave care knowing their health story',
        actions: [
          act({
            text: 'Health summary for every 18-year-old, gone through with their PA and the CiC nurse',
            lead: 'Designated Nurse CiC (Devon CCG)',
            due: { date: '2021-01-31' },
            status: 'A',
            percent: 30,
            progress: 'Letter agreed; backlog of 140 care leavers.',
          }),
        ],
      },
    ],
  },
  {
    title: 'Neglect & legal planning',
    objectives: [
      {
        text: 'Children living with chronic neglect are helped sooner, and we go to court when help is not enough',
        actions: [
          act({
            text: 'GCP2 – train all SWs and TMs; GCP2 on every neglect case',
            lead: 'Principal Social Worker',
            due: { date: '2021-03-31' },
            status: 'A',
            percent: 50,
            progress: 'Training moved online; 310 trained.',
          }),
          act({
            text: 'Legal Gateway Panel relaunched – one set of entry criteria county-wide',
            lead: 'Head of Service, Court & Permanence',
            due: { date: '2020-09-30' },
            status: 'B',
            percent: 100,
            progress: 'Relaunched 1 September.',
          }),
          act({
            text: 'Letters before proceedings rewritten in plain English with the parents’ group',
            lead: 'Head of Service, Court & Permanence; Legal Services',
            due: { date: '2020-10-31' },
            status: 'G',
            percent: 90,
            progress: '',
          }),
          act({
            text: 'One PLO tracker for all four localities',
            lead: 'Performance & Intelligence Manager',
            due: { date: '2020-10-31' },
            status: 'G',
            percent: 100,
            progress: '62 families on the tracker.',
          }),
          act({
            text: 'Court skills: evidence and chronology training with Legal and Cafcass',
            lead: 'Workforce Development Lead',
            due: 'Q3 2020/21',
            status: 'A',
            percent: 40,
            progress: 'Judges’ feedback session in December.',
          }),
        ],
      },
    ],
  },
  {
    title: 'CP conferences',
    objectives: [
      {
        text: 'Conference chairs spot drift and act on it',
        actions: [
          act({
            text: 'Chair midway review of every CP plan',
            lead: 'Head of Safeguarding Standards – Rob Kerslake',
            due: { date: '2020-10-01' },
            status: 'G',
            percent: 70,
            progress: '',
          }),
          act({
            text: 'Practice alerts logged and tracked monthly',
            lead: 'Head of Safeguarding Standards – Rob Kerslake',
            due: 'Monthly',
            status: 'G',
            percent: 100,
            progress: '23 alerts in September; 19 resolved.',
          }),
          act({
            text: 'Plans open over 15 months – case review by chair and TM',
            lead: 'Head of Safeguarding Standards – Rob Kerslake',
            due: { date: '2020-12-31' },
            status: 'A',
            percent: 50,
            progress: '38 of 74 reviewed.',
          }),
        ],
      },
    ],
  },
  {
    title: 'Injuries & medicals',
    objectives: [
      {
        text: 'A child who is hurt is seen by a paediatrician when they should be',
        actions: [
          act({
            text: "Strategy discussion template: 'paediatric exam considered? Y/N – reason'",
            lead: 'MASH Service Manager',
            due: { date: '2020-07-31' },
            status: 'B',
            percent: 100,
            progress: 'Live on Care First.',
          }),
          act({
            text: 'Joint protocol with RD&E and NDHT paediatrics',
            lead: 'Designated Doctor; Head of Safeguarding Standards',
            due: { date: '2020-12-31' },
            status: 'A',
            percent: 50,
            progress: 'Draft with the Devon Children and Families Partnership.',
          }),
        ],
      },
    ],
  },
  {
    title: 'Permanence',
    objectives: [
      {
        text: 'Every child in care knows where they will grow up',
        actions: [
          act({
            text: 'Permanence tracking meeting – monthly in each locality',
            lead: 'Head of Service, Court & Permanence',
            due: 'Monthly',
            status: 'G',
            percent: 100,
            progress: '',
          }),
          act({
            text: 'Long-term fostering matches ratified within 6 months of the decision',
            lead: 'Fostering Service Manager; ADM',
            due: { date: '2021-03-31' },
            status: 'A',
            percent: 35,
            progress: '47 children in long-term homes not yet matched.',
          }),
          act({
            text: 'IROs check the plan at the 2nd review; escalate if there is none',
            lead: 'IRO Service Manager',
            due: { date: '2020-11-01' },
            status: 'G',
            percent: 60,
            progress: '',
          }),
        ],
      },
      {
        text: 'Children understand their own story',
        actions: [
          act({
            text: 'Life Journey Work: 4 specialist practitioners; training for SWs and PAs',
            lead: 'Head of Service, Children in Care',
            due: { date: '2021-02-28' },
            status: 'R',
            percent: 20,
            progress: 'Recruitment paused during lockdown; restarted October.',
          }),
          act({
            text: 'Memory boxes kept by foster carers from day one',
            lead: 'Fostering Service Manager',
            due: 'Q4 2020/21',
            status: 'A',
            percent: 25,
            progress: '',
          }),
        ],
      },
      {
        text: 'Children on care orders living at home are safe',
        actions: [
          act({
            text: 'PWP: assessment to the regulations and ADM sign-off for all 41 children',
            lead: 'Head of Service, Children in Care',
            due: { date: '2020-12-31' },
            status: 'A',
            percent: 55,
            progress: '23 of 41 complete.',
          }),
          act({
            text: 'PWP visits and reviews on the same timescales as foster care',
            lead: 'Children in Care Team Managers',
            due: 'Ongoing',
            status: 'G',
            percent: 100,
            progress: '',
          }),
        ],
      },
    ],
  },
  {
    title: 'Grip & assurance',
    objectives: [
      {
        text: 'Senior leaders know what is happening for children and act on it',
        actions: [
          act({
            text: 'QA framework refreshed – monthly audits, HoS moderation',
            lead: 'Head of Quality Assurance',
            due: { date: '2020-10-31' },
            status: 'G',
            percent: 80,
            progress: 'Moderation panel met twice.',
          }),
          act({
            text: 'Supervision audit; new template; quarterly compliance report to SLT',
            lead: 'Principal Social Worker',
            due: 'Quarterly',
            status: 'A',
            percent: 50,
            progress: '',
          }),
          act({
            text: 'Improvement Board monthly (independent chair); members’ scrutiny quarterly',
            lead: 'Director of Children’s Services',
            due: 'Monthly',
            status: 'G',
            percent: 100,
            progress: '',
          }),
          act({
            text: 'One performance suite (Power BI) – no more locality spreadsheets',
            lead: 'Performance & Intelligence Manager',
            due: { date: '2021-01-31' },
            status: 'A',
            percent: 60,
            progress: '',
          }),
        ],
      },
    ],
  },
  {
    title: 'Covid-19',
    objectives: [
      {
        text: 'Services keep going through the pandemic',
        actions: [
          act({
            text: 'Virtual visiting guidance; RAG-rated list of all open children',
            lead: 'Deputy Director, Children’s Social Care',
            due: 'Ongoing',
            status: 'G',
            percent: 100,
            progress: 'Reviewed fortnightly.',
          }),
        ],
      },
    ],
  },
  {
    title: 'Workforce',
    objectives: [
      {
        text: 'Grow our own',
        actions: [
          act({
            text: 'ASYE cohort 2020/21 (24)',
            lead: 'Workforce Development Lead',
            due: { date: '2020-09-30' },
            status: 'B',
            percent: 100,
            progress: '24 started.',
          }),
        ],
      },
    ],
  },
  {
    title: 'Fostering',
    objectives: [
      {
        text: 'More foster homes in Devon',
        actions: [
          act({
            text: 'Second Mockingbird constellation (Exeter)',
            lead: 'Fostering Service Manager',
            due: 'Q4 2020/21',
            status: 'G',
            percent: 30,
            progress: 'Hub carer recruited.',
          }),
          act({
            text: 'Foster carer fees and allowances review',
            lead: 'Fostering Service Manager; Finance Business Partner',
            due: { date: '2021-04-01' },
            status: 'G',
            percent: 50,
            progress: '',
          }),
        ],
      },
    ],
  },
];

export const devon2020: EvalPlan = {
  id: 'devon-2020',
  report: '80461_devon_2020-03-17',
  council: 'Devon County Council',
  updated: '2020-10-30',
  style:
    'An Excel table (DevonIP) under title rows: refs "Action 1 … Action 31" through the sheet, a Workstream grouping column and an Outcome column in the council’s words, short Key actions, Action owner, Due date (real dates, quarters, "Monthly", "Weekly", "Ongoing"), single-letter Delivery RAG (R/A/G/B), Progress %, Commentary; many actions answer only through their outcome or workstream; four (Covid-19, workforce, fostering) answer nothing.',
  layout: {
    columns: COLUMNS,
    rows: 'flat',
    sheets: 'one',
    sheetName: 'Improvement Plan',
    table: 'DevonIP',
    titleRows: [
      "Devon Children's Services Improvement Plan 2020–22",
      'Refreshed October 2020 (Ofsted ILACS, January 2020)',
    ],
    statusStyle: 'text',
  },
  themes,
  gold: [
    {
      list: 'localAuthority',
      number: 1,
      first8: 'services to care leavers including sufficiency of accommodation',
      links: [
        { ref: 'Action 1', because: ['supported lodgings', "'Step Up' flats"] },
        { ref: 'Action 2', because: ['not in settled accommodation', 'Care leavers: safe homes'] },
        { ref: 'Action 3', because: ['Risk and safety section in every pathway plan'] },
        { ref: 'Action 4', because: ['6 more PAs', 'Care leavers: safe homes'] },
        { ref: 'Action 5', because: ['PA allocated at 16', 'Care leavers: safe homes'] },
        { ref: 'Action 6', because: ['Health summary for every 18-year-old', 'knowing their health story'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'the quality of social work practice to assess',
      links: [
        { ref: 'Action 7', because: ['GCP2', 'every neglect case'] },
        { ref: 'Action 8', because: ['Legal Gateway Panel', 'we go to court when help is not enough'] },
        { ref: 'Action 9', because: ['Letters before proceedings'] },
        { ref: 'Action 10', because: ['PLO tracker'] },
        { ref: 'Action 11', because: ['Court skills', 'chronic neglect'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'the effectiveness of child protection conference chairs in',
      links: [
        { ref: 'Action 12', because: ['Chair midway review of every CP plan'] },
        { ref: 'Action 13', because: ['Conference chairs spot drift and act on it'] },
        { ref: 'Action 14', because: ['Plans open over 15 months', 'chair and TM'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'the consideration of child protection medicals when children',
      links: [
        { ref: 'Action 15', because: ['paediatric exam considered'] },
        { ref: 'Action 16', because: ['paediatrics', 'A child who is hurt'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'permanence planning for children',
      links: [
        { ref: 'Action 17', because: ['Permanence tracking meeting'] },
        { ref: 'Action 18', because: ['Long-term fostering matches ratified'] },
        { ref: 'Action 19', because: ['IROs check the plan at the 2nd review', 'where they will grow up'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'the quality and timeliness of life story work',
      links: [
        { ref: 'Action 20', because: ['Life Journey Work'] },
        { ref: 'Action 21', because: ['Memory boxes', 'Children understand their own story'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'the assessment of children looked after placed with',
      links: [
        { ref: 'Action 22', because: ['PWP: assessment to the regulations', 'care orders living at home'] },
        { ref: 'Action 23', because: ['PWP visits and reviews', 'care orders living at home'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'strategic oversight and grip on areas for improvement',
      links: [
        { ref: 'Action 24', because: ['QA framework', 'monthly audits'] },
        { ref: 'Action 25', because: ['Supervision audit', 'compliance report to SLT'] },
        { ref: 'Action 26', because: ['Improvement Board', 'Senior leaders know what is happening'] },
        { ref: 'Action 27', because: ['One performance suite', 'Grip & assurance'] },
      ],
    },
  ],
  answersNothing: ['Action 28', 'Action 29', 'Action 30', 'Action 31'],
};
