/**
 * Barking and Dagenham, ILACS 2023 (requires improvement; eight bullets). A modern plan kept in an Excel
 * table: Ref 1a/1b, a Priority column, an *Ofsted area* column with short labels ("Neglect", "PLO",
 * "Front door"), status words, and actions written in the field's shorthand (MASH, EH, PLO, GCP2, SW, TM).
 */
import type { EvalAction, EvalPlan } from '../types';
import { themesFromRows } from './rows';

const HELP = 'Help & protection';
const CARE = 'Children in care';
const LEAD = 'Leadership & workforce';

/** The table's rows in ref order, each with its Priority: the table is sorted by Ofsted area, not by priority. */
const ROWS: [string, EvalAction][] = [
  [
    HELP,
    {
      ref: '1a',
      area: 'Strategy meetings',
      text: 'Twice-daily police and CSC strategy discussion slots (10am and 3pm) in the MASH and the assessment teams, so that a discussion is held the same day a S47 concern is raised.',
      lead: 'Head of Service, MASH & Assessment',
      due: { date: '2023-11-30' },
      status: 'Complete',
      progress: 'Slots running since 6 November.',
    },
  ],
  [
    HELP,
    {
      ref: '1b',
      area: 'Strategy meetings',
      text: 'Weekly performance report on the time from a S47 concern to the strategy meeting, by team; TMs explain any held after 24 hours.',
      lead: 'Performance & Intelligence Lead',
      due: 'Weekly from October 2023',
      status: 'On track',
      progress: '87% within 24 hours in December (71% in July).',
    },
  ],
  [
    HELP,
    {
      ref: '1c',
      area: 'Strategy meetings',
      text: 'Health safeguarding nurses join strategy meetings on Teams, booked through a shared inbox with the ICB.',
      lead: 'Designated Nurse, Safeguarding Children (ICB)',
      due: 'December 2023',
      status: 'On track',
      progress: 'Inbox live; health attendance 64%.',
    },
  ],
  [
    LEAD,
    {
      ref: '2a',
      area: 'Supervision',
      text: 'Four additional practice manager posts so that no practice manager supervises more than five SWs.',
      lead: 'Operational Director, Children’s Care and Support',
      due: 'Q4 2023/24',
      status: 'At risk',
      progress: 'Two posts filled; two out to advert again.',
    },
  ],
  [
    LEAD,
    {
      ref: '2b',
      area: 'Supervision',
      text: 'Reflective supervision training for all TMs and practice managers with Research in Practice, and a supervision audit every quarter.',
      lead: 'Principal Social Worker',
      due: 'March 2024',
      status: 'On track',
      progress: 'Cohort 1 complete; first audit in February.',
    },
  ],
  [
    LEAD,
    {
      ref: '2c',
      area: 'Supervision',
      text: 'Management oversight recorded on LCS at every key decision point, using a new TM case direction form.',
      lead: 'Heads of Service',
      due: 'Ongoing',
      status: 'On track',
      progress: 'Form live from November.',
    },
  ],
  [
    HELP,
    {
      ref: '3a',
      area: 'Neglect',
      text: 'Roll out the Graded Care Profile 2 (GCP2) to all SW teams and EH, with 120 practitioners trained and licensed.',
      lead: 'Head of Service, Localities',
      due: 'June 2024',
      status: 'On track',
      progress: '46 practitioners trained.',
    },
  ],
  [
    HELP,
    {
      ref: '3b',
      area: 'Neglect',
      text: 'Monthly panel chaired by a HoS for children on CIN or CP plans for more than 12 months where neglect is the main concern, with a clear decision (escalate to PLO, step down or close).',
      lead: 'Head of Service, Localities',
      due: 'January 2024',
      status: 'Complete',
      progress: 'First panel 9 January: 14 children reviewed.',
    },
  ],
  [
    HELP,
    {
      ref: '3c',
      area: 'Neglect',
      text: 'Refresh the multi-agency neglect strategy and practice guidance with the BDSCP.',
      lead: 'BDSCP Business Manager',
      due: 'Q1 2024/25',
      status: 'Not started',
      progress: '',
    },
  ],
  [
    HELP,
    {
      ref: '4a',
      area: 'PLO',
      text: 'PLO tracker reviewed fortnightly at the legal gateway meeting; pre-proceedings to end within 16 weeks unless a HoS agrees otherwise.',
      lead: 'Head of Service, Court & Permanence',
      due: 'December 2023',
      status: 'On track',
      progress: '31 families in PLO; 6 over 16 weeks (was 13).',
    },
  ],
  [
    HELP,
    {
      ref: '4b',
      area: 'PLO',
      text: 'Rolling PLO workshops for SWs with Legal Services: letters before proceedings, parallel planning and family group conferences.',
      lead: 'Principal Social Worker; Group Manager, Legal Services',
      due: 'Quarterly',
      status: 'On track',
      progress: 'Two workshops held.',
    },
  ],
  [
    HELP,
    {
      ref: '5a',
      area: 'Homeless 16/17',
      text: 'Refresh the joint CSC and Housing protocol for 16/17-year-olds presenting homeless: joint assessment started the same day, the s20 offer explained and advocacy offered.',
      lead: 'Head of Service, Adolescents; Housing Advice Manager',
      due: { date: '2024-01-31' },
      status: 'On track',
      progress: 'Protocol signed off by Housing; launch on 22 January.',
    },
  ],
  [
    HELP,
    {
      ref: '5b',
      area: 'Homeless 16/17',
      text: 'Monthly audit of every 16/17 homeless presentation by the Adolescent Service and Housing.',
      lead: 'QA Manager',
      due: 'Monthly',
      status: 'On track',
      progress: 'December audit: 9 presentations, 7 with a joint assessment.',
    },
  ],
  [
    CARE,
    {
      ref: '6a',
      area: 'Unregistered homes',
      text: 'Every child in an unregistered placement visited weekly by their SW, with weekly review by the Operational Director and the provider’s registration with Ofsted tracked.',
      lead: 'Head of Service, Children in Care',
      due: 'Ongoing',
      status: 'On track',
      progress: 'Three children in unregistered settings; all visited weekly.',
    },
  ],
  [
    CARE,
    {
      ref: '6b',
      area: 'Unregistered homes',
      text: 'Placements panel to approve any unregistered provision, and the sufficiency plan to remove the need for it by March 2025.',
      lead: 'Head of Commissioning',
      due: 'March 2025',
      status: 'At risk',
      progress: 'Two in-borough homes delayed by planning.',
    },
  ],
  [
    HELP,
    {
      ref: '7a',
      area: 'Early help threshold',
      text: 'Refresh the Threshold of Need guidance with BDSCP partners and re-train MASH and EH staff; MASH risk ratings to follow the threshold document.',
      lead: 'Head of Service, MASH & Assessment; Head of Early Help',
      due: { date: '2024-02-29' },
      status: 'On track',
      progress: 'Draft out to partners.',
    },
  ],
  [
    HELP,
    {
      ref: '7b',
      area: 'Early help threshold',
      text: 'Monthly joint dip sample of step-downs from MASH to EH by EH and MASH managers.',
      lead: 'Head of Early Help',
      due: 'Monthly',
      status: 'On track',
      progress: 'October–December samples done.',
    },
  ],
  [
    CARE,
    {
      ref: '8a',
      area: 'Life story & permanence',
      text: 'Life-story work started for every child in care with a plan for permanence by their second review, with a later-life letter at the final order.',
      lead: 'Head of Service, Children in Care',
      due: 'September 2024',
      status: 'On track',
      progress: 'Life-story worker appointed; 40% of children with work started.',
    },
  ],
  [
    CARE,
    {
      ref: '8b',
      area: 'Life story & permanence',
      text: 'Monthly permanence tracking panel covering every route (SGO, adoption, long-term fostering, reunification).',
      lead: 'Service Manager, Permanence',
      due: 'Monthly',
      status: 'On track',
      progress: 'Panel running since October.',
    },
  ],
  [
    HELP,
    {
      ref: '9a',
      area: 'Front door',
      text: 'Recruit two more MASH SWs and a MASH health practitioner funded by the 2023/24 growth bid.',
      lead: 'Head of Service, MASH & Assessment',
      due: 'Q4 2023/24',
      status: 'At risk',
      progress: 'One SW appointed; health post with the ICB.',
    },
  ],
  [
    LEAD,
    {
      ref: '9b',
      area: 'Workforce',
      text: 'Recruitment and retention offer: agency SWs down to 20% and average caseloads no more than 18.',
      lead: 'Head of Workforce Development',
      due: 'March 2025',
      status: 'On track',
      progress: 'Agency 27%; average caseload 19.',
    },
  ],
];

export const barkingAndDagenham2023: EvalPlan = {
  id: 'barking-and-dagenham-2023',
  report: '80486_barking-and-dagenham_2023-09-04',
  council: 'London Borough of Barking and Dagenham',
  updated: '2024-01-15',
  style:
    'Excel table under three title rows: Ref 1a/1b, Priority (grouping column), Ofsted area (short labels), Action, Responsible officer, Due date (real dates, months, quarters, "Weekly from …", "Ongoing"), Status words, Progress notes; heavy use of abbreviations (MASH, EH, PLO, S47, GCP2, TM, SW, BDSCP); two business-as-usual actions.',
  layout: {
    columns: [
      { header: 'Ref', field: 'ref', width: 6 },
      { header: 'Priority', field: 'theme', width: 20 },
      { header: 'Ofsted area', field: 'area', width: 20 },
      { header: 'Action', field: 'action', width: 64 },
      { header: 'Responsible officer', field: 'lead', width: 30 },
      { header: 'Due date', field: 'due', width: 14 },
      { header: 'Status', field: 'status', width: 12 },
      { header: 'Progress notes', field: 'progress', width: 46 },
    ],
    rows: 'flat',
    sheets: 'one',
    sheetName: 'ILACS plan',
    table: 'ILACSPlan',
    titleRows: [
      "London Borough of Barking and Dagenham – Children's Care and Support",
      'ILACS Improvement Plan 2023–25 (inspection 10–21 July 2023)',
      'Plan owner: Operational Director, Children’s Care and Support. Last updated 15/01/2024',
    ],
    statusStyle: 'text',
  },
  themes: themesFromRows(ROWS),
  gold: [
    {
      list: 'localAuthority',
      number: 1,
      first8: 'timeliness of strategy meetings',
      links: [
        { ref: '1a', because: ['strategy discussion slots', 'the same day'] },
        { ref: '1b', because: ['time from a S47 concern to the strategy meeting'] },
        { ref: '1c', because: ['strategy meetings'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'the capacity quality consistency and impact of supervision',
      links: [
        { ref: '2a', because: ['practice manager posts', 'supervises', 'Supervision'] },
        { ref: '2b', because: ['Reflective supervision', 'supervision audit'] },
        { ref: '2c', because: ['Management oversight'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'assessment and decision making for children experiencing neglect',
      links: [
        { ref: '3a', because: ['Graded Care Profile 2', 'Neglect'] },
        { ref: '3b', because: ['neglect is the main concern', 'clear decision'] },
        { ref: '3c', because: ['neglect strategy'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'timeliness of pre proceedings pathways',
      links: [
        { ref: '4a', because: ['pre-proceedings to end within 16 weeks', 'PLO tracker'] },
        { ref: '4b', because: ['PLO workshops', 'letters before proceedings'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'consistency of response to 16 and 17 year',
      links: [
        { ref: '5a', because: ['16/17-year-olds presenting homeless'] },
        { ref: '5b', because: ['16/17 homeless presentation'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'oversight of childrens placements in unregistered childrens homes',
      links: [
        { ref: '6a', because: ['unregistered placement'] },
        { ref: '6b', because: ['unregistered provision'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'application of threshold in early help',
      links: [
        { ref: '7a', because: ['Threshold of Need', 'EH staff'] },
        { ref: '7b', because: ['step-downs from MASH to EH', 'Early help threshold'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'life story work and permanency planning',
      links: [
        { ref: '8a', because: ['Life-story work', 'plan for permanence'] },
        { ref: '8b', because: ['permanence tracking panel'] },
      ],
    },
  ],
  answersNothing: ['9a', '9b'],
};
