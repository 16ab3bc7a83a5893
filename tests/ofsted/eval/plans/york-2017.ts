/**
 * York, single inspection framework (2015–18 style: "Recommendations" numbered 1–10). A flat action plan:
 * one row per action, the objective repeated on every row, and an "Ofsted rec." column giving the
 * recommendation's number (an explicit link, left out when the plans are built without explicit links).
 */
import type { EvalPlan } from '../types';

const OBJ = {
  assess: 'Assessments are timely, analyse risk and family history, and recognise disability',
  identity: "Assessments show an understanding of each child's identity, culture and ethnicity",
  plans: "Children's plans change when their circumstances change",
  ooh: 'Out-of-hours support and checks',
  health: 'Children in care have timely health assessments',
  lbp: 'Letters before proceedings are clear to parents',
  chairs: 'CP chairs and IROs track progress between reviews and challenge drift',
  leavers: 'Care leavers know their health history and where to get emotional support',
  management: 'Strong frontline management and supervision',
  data: 'Managers have accurate audit tools and performance data',
  governance: 'Governance of this plan',
};

export const york2017: EvalPlan = {
  id: 'york-2017',
  report: '80453_york_2017-02-07',
  council: 'City of York Council',
  updated: '2017-06-12',
  style:
    'Flat: header on row 5 under title rows, Ref 1.1, an "Ofsted rec." number column (explicit), the objective repeated on every row, Responsible officer, Target date (real dates, months, "Ongoing", quarters), RAG words, progress notes; actions use the field’s abbreviations (IHA/RHA, LAC, EDT, PLO, CP, IRO).',
  layout: {
    columns: [
      { header: 'Ref', field: 'ref', width: 7 },
      { header: 'Ofsted rec.', field: 'ofstedRef', width: 9 },
      { header: 'Objective', field: 'objective', width: 36 },
      { header: 'Action', field: 'action', width: 60 },
      { header: 'Responsible officer', field: 'lead', width: 30 },
      { header: 'Target date', field: 'due', width: 15 },
      { header: 'Progress update', field: 'progress', width: 46 },
      { header: 'RAG', field: 'status', width: 9 },
    ],
    rows: 'flat',
    sheets: 'one',
    sheetName: 'Action Plan',
    titleRows: [
      "City of York Council – Children's Social Care",
      'Ofsted Inspection Action Plan (inspection November 2016, report published February 2017)',
      'Last updated 12 June 2017',
    ],
    statusStyle: 'text',
    extraSheets: [
      {
        name: 'RAG key',
        rows: [
          ['Rating', 'Meaning'],
          ['Red', 'Not on track; needs DMT attention'],
          ['Amber', 'Some slippage; recovery in hand'],
          ['Green', 'On track'],
          ['Blue', 'Complete and embedded'],
        ],
      },
    ],
  },
  themes: [
    {
      title: 'Ofsted recommendations',
      objectives: [
        {
          text: OBJ.assess,
          actions: [
            {
              ref: '1.1',
              ofstedRef: 'Rec 1',
              text: 'Relaunch the single assessment practice guidance with a required chronology and genogram, so that the whole family’s history informs the analysis of risk.',
              lead: 'Service Manager, Assessment and Safeguarding – Dawn Kelly',
              due: { date: '2017-05-31' },
              progress: 'Guidance relaunched at the practice week on 15 May.',
              status: 'Blue',
            },
            {
              ref: '1.2',
              ofstedRef: 'Rec 1',
              text: 'Track every assessment open beyond 35 working days at the weekly Assessment Team meeting, escalating to the Head of Service at 45 days.',
              lead: "Head of Children's Social Work Services",
              due: 'Weekly from April 2017',
              progress: 'Average assessment length down from 52 to 41 days.',
              status: 'Green',
            },
            {
              ref: '1.3',
              ofstedRef: 'Rec 1',
              text: "Disabled Children's Team to use the disability prompts (communication, health, added vulnerability to abuse) in every assessment.",
              lead: "Team Manager, Disabled Children's Team",
              due: 'September 2017',
              progress: 'Prompts drafted with the Designated Clinical Officer.',
              status: 'Amber',
            },
          ],
        },
        {
          text: OBJ.identity,
          actions: [
            {
              ref: '2.1',
              ofstedRef: 'Rec 2',
              text: "Add a section on identity, culture and faith to the assessment template, with prompts on the child's heritage and family traditions.",
              lead: 'Principal Social Worker',
              due: 'July 2017',
              progress: 'Template change with the systems team.',
              status: 'Green',
            },
            {
              ref: '2.2',
              ofstedRef: 'Rec 2',
              text: 'Cultural competence workshops for all social workers, delivered with the York Racial Equality Network.',
              lead: 'Workforce Development Manager',
              due: 'Q2 2017/18',
              progress: 'Two of six workshops held.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.plans,
          actions: [
            {
              ref: '3.1',
              ofstedRef: 'Rec 3',
              text: 'Review and update the child’s plan within 10 working days of a significant event (change of placement, new risk, school exclusion) and record the review on the case file.',
              lead: 'Group Managers (Locality and Children in Care)',
              due: 'Ongoing',
              progress: 'Standard issued; compliance checked in the June audit.',
              status: 'Amber',
            },
            {
              ref: '3.2',
              ofstedRef: 'Rec 3',
              text: "Add a 'significant event' episode to the case recording system that sets a plan review task for the social worker and team manager.",
              lead: "ICT Business Partner (Children's)",
              due: 'December 2017',
              progress: 'Awaiting the supplier upgrade.',
              status: 'Red',
            },
          ],
        },
        {
          text: OBJ.ooh,
          actions: [
            {
              ref: '4.1',
              ofstedRef: 'Rec 4',
              text: 'Agree with the neighbouring authority’s Emergency Duty Team a dedicated out-of-hours line for foster carers and young people in crisis, with a York on-call manager.',
              lead: 'Head of Service, Children in Care',
              due: { date: '2017-09-30' },
              progress: 'Revised service level agreement in draft.',
              status: 'Amber',
            },
            {
              ref: '4.2',
              ofstedRef: 'Rec 4',
              text: 'EDT to complete and record police and agency checks on every referral before decisions are made, and hand over to the day team by 10am.',
              lead: 'EDT Manager',
              due: 'July 2017',
              progress: 'Handover template agreed.',
              status: 'Green',
            },
            {
              ref: '4.3',
              ofstedRef: 'Rec 4',
              text: 'Audit 20 EDT records each quarter for recorded checks and decisions.',
              lead: 'Quality Assurance Manager',
              due: 'Quarterly',
              progress: 'First audit scheduled for July.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.health,
          actions: [
            {
              ref: '5.1',
              ofstedRef: 'Rec 5',
              text: 'Set up a joint tracker of IHAs and RHAs with the Designated Nurse for LAC, with weekly exception reports on any due within 10 days.',
              lead: 'Head of Service, Children in Care; Designated Nurse (LAC)',
              due: { date: '2017-04-30' },
              progress: 'Tracker live; RHAs on time up from 61% to 83%.',
              status: 'Green',
            },
            {
              ref: '5.2',
              ofstedRef: 'Rec 5',
              text: 'Send consent and the referral for the IHA to health within five working days of a child coming into care.',
              lead: 'Team Managers, Children in Care',
              due: 'Ongoing',
              progress: 'Compliance 74% in May.',
              status: 'Amber',
            },
          ],
        },
        {
          text: OBJ.lbp,
          actions: [
            {
              ref: '6.1',
              ofstedRef: 'Rec 6',
              text: 'Rewrite the letter before proceedings template with Legal Services in plain English: what must change, by when, who will help, and what will happen if things do not improve.',
              lead: "Head of Children's Social Work Services; Principal Solicitor (Child Care)",
              due: { date: '2017-05-31' },
              progress: 'New template in use from 1 June.',
              status: 'Blue',
            },
            {
              ref: '6.2',
              ofstedRef: 'Rec 6',
              text: 'The chair of the legal gateway (PLO) meeting checks the quality of each letter before it is sent.',
              lead: 'Service Manager, Court and Permanence',
              due: 'Ongoing',
              progress: 'In place.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.chairs,
          actions: [
            {
              ref: '7.1',
              ofstedRef: 'Rec 7',
              text: "CP chairs and IROs complete a midway check between conferences and reviews and record it on the child's file.",
              lead: 'Head of Safeguarding (IRO Service)',
              due: 'September 2017',
              progress: 'Midway check form agreed.',
              status: 'Green',
            },
            {
              ref: '7.2',
              ofstedRef: 'Rec 7',
              text: 'Use the IRO dispute resolution protocol whenever a plan drifts; log each challenge and its outcome and report them quarterly to the Corporate Parenting Board.',
              lead: 'Head of Safeguarding (IRO Service)',
              due: 'Quarterly',
              progress: 'Log set up; 14 challenges in Q1.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.leavers,
          actions: [
            {
              ref: '8.1',
              ofstedRef: 'Rec 8',
              text: 'Give every care leaver a health passport summarising their health history by their 18th birthday, prepared with the LAC nurse.',
              lead: 'Leaving Care Team Manager; Designated Nurse (LAC)',
              due: 'December 2017',
              progress: 'Passport designed with Show Me That I Matter.',
              status: 'Amber',
            },
            {
              ref: '8.2',
              ofstedRef: 'Rec 8',
              text: 'Publish a short guide to emotional wellbeing and mental health support for care leavers (CAMHS transition, IAPT, GP) and brief all personal advisers on it.',
              lead: 'Leaving Care Team Manager',
              due: 'October 2017',
              progress: '',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.management,
          actions: [
            {
              ref: '9.1',
              ofstedRef: 'Rec 9',
              text: 'Relaunch the supervision policy with a reflective supervision model, and audit 10% of supervision records each quarter.',
              lead: 'Principal Social Worker',
              due: { date: '2017-06-30' },
              progress: 'Policy relaunched; audit tool agreed.',
              status: 'Green',
            },
            {
              ref: '9.2',
              ofstedRef: 'Rec 9',
              text: 'Managers record a case direction with clear actions and timescales at every key decision point.',
              lead: 'Group Managers',
              due: 'Ongoing',
              progress: 'Dip sample in May found case direction on 68% of files.',
              status: 'Amber',
            },
            {
              ref: '9.3',
              ofstedRef: 'Rec 9',
              text: 'Every social worker has a personal development plan agreed at appraisal and linked to the Professional Capabilities Framework.',
              lead: 'Workforce Development Manager',
              due: 'March 2018',
              progress: 'Appraisal round starts in September.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.data,
          actions: [
            {
              ref: '10.1',
              ofstedRef: 'Rec 10',
              text: 'Replace the case file audit tool with one that grades practice and records the learning for each case, and train all managers to use it.',
              lead: 'Quality Assurance Manager',
              due: 'Q2 2017/18',
              progress: 'New tool piloted in two teams.',
              status: 'Green',
            },
            {
              ref: '10.2',
              ofstedRef: 'Rec 10',
              text: 'Monthly team-level performance report for team managers, checked for accuracy by the Business Intelligence Hub before it is issued.',
              lead: 'Head of Business Intelligence',
              due: 'Monthly',
              progress: 'Data accuracy issues on visits being fixed.',
              status: 'Amber',
            },
            {
              ref: '10.3',
              ofstedRef: 'Rec 10',
              text: 'Quarterly practice improvement report to DMT bringing together audit findings and performance data, with actions for each service.',
              lead: "Head of Children's Social Work Services",
              due: 'Quarterly',
              progress: 'First report to DMT in July.',
              status: 'Green',
            },
          ],
        },
        {
          text: OBJ.governance,
          actions: [
            {
              ref: '11.1',
              text: "Report progress on this plan each quarter to the Children's Services DMT and the Learning and Culture Policy and Scrutiny Committee.",
              lead: "Director of Children's Services, Education and Skills",
              due: 'Quarterly',
              progress: 'Reported to scrutiny 24 May.',
              status: 'Green',
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
      first8: 'improve the timeliness and quality of assessments for',
      links: [
        {
          ref: '1.1',
          because: ['single assessment practice guidance', 'whole family’s history', 'analysis of risk'],
        },
        { ref: '1.2', because: ['assessment open beyond 35 working days'] },
        { ref: '1.3', because: ["Disabled Children's Team", 'added vulnerability'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 2,
      first8: 'ensure that assessments consider the impact of a',
      links: [
        { ref: '2.1', because: ['identity, culture and faith to the assessment template'] },
        { ref: '2.2', because: ['Cultural competence', 'culture and ethnicity'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 3,
      first8: 'ensure that plans are updated when childrens needs',
      links: [
        { ref: '3.1', because: ['update the child’s plan', 'significant event'] },
        { ref: '3.2', because: ['significant event', 'plan review task'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 4,
      first8: 'ensure that children and their carers have access',
      links: [
        { ref: '4.1', because: ['out-of-hours line for foster carers'] },
        { ref: '4.2', because: ['EDT', 'police and agency checks'] },
        { ref: '4.3', because: ['EDT records', 'recorded checks'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 5,
      first8: 'ensure that initial and review health assessments are',
      links: [
        { ref: '5.1', because: ['IHAs and RHAs', 'LAC'] },
        { ref: '5.2', because: ['IHA', 'coming into care'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 6,
      first8: 'improve the quality of letters before care proceedings',
      links: [
        { ref: '6.1', because: ['letter before proceedings template', 'what must change, by when'] },
        { ref: '6.2', because: ['PLO', 'quality of each letter'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 7,
      first8: 'ensure that child protection chairs and iros monitor',
      links: [
        { ref: '7.1', because: ['CP chairs and IROs', 'midway check'] },
        { ref: '7.2', because: ['IRO dispute resolution protocol', 'challenge and its outcome'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 8,
      first8: 'ensure that care leavers are supported to understand',
      links: [
        { ref: '8.1', because: ['care leaver', 'health history'] },
        { ref: '8.2', because: ['emotional wellbeing and mental health support for care leavers'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 9,
      first8: 'improve the quality of frontline management oversight and',
      links: [
        { ref: '9.1', because: ['reflective supervision'] },
        { ref: '9.2', because: ['case direction', 'Managers'] },
        { ref: '9.3', because: ['personal development plan'] },
      ],
    },
    {
      list: 'localAuthority',
      number: 10,
      first8: 'ensure that managers have access to accurate audit',
      links: [
        { ref: '10.1', because: ['case file audit tool', 'train all managers'] },
        { ref: '10.2', because: ['performance report', 'accuracy'] },
        { ref: '10.3', because: ['audit findings and performance data'] },
      ],
    },
  ],
  answersNothing: ['11.1'],
};
