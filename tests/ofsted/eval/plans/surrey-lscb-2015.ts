/**
 * Surrey, the 2015 review of the Local Safeguarding Children Board (a board list only, eight items).
 * The board's own action plan: a *Recommendation* column holding a short paraphrase of each item, refs
 * R1.1 numbered by recommendation, and the RAG shown by cell colour alone, as many board plans do.
 */
import type { EvalPlan } from '../types';

const REC = {
  levels: "Update the 'levels of need' document",
  strategy: 'Board strategy and plan: CSE and missing children',
  data: 'Multi-agency dataset and analysis',
  boards: 'Links with the HWB and the Family Justice Board',
  governance: 'Chief Executive and Independent Chair',
  audit: 'Multi-agency audits',
  plan: 'Business plan 2015–18',
  training: 'Impact of training',
};

export const surreyLscb2015: EvalPlan = {
  id: 'surrey-lscb-2015',
  report: '80567_surrey_2015-08-03',
  council: 'Surrey Safeguarding Children Board',
  updated: '2015-12-01',
  style:
    'A safeguarding board’s own plan: flat, a Recommendation column with a short paraphrase of each item, refs R1.1 numbered by recommendation, Lead, By when (months, real dates, "Quarterly"), RAG by fill colour only (no text), Update; one housekeeping action answers none.',
  layout: {
    columns: [
      { header: 'Ref', field: 'ref', width: 7 },
      { header: 'Recommendation', field: 'area', width: 34 },
      { header: 'Action', field: 'action', width: 62 },
      { header: 'Lead', field: 'lead', width: 30 },
      { header: 'By when', field: 'due', width: 14 },
      { header: 'RAG', field: 'status', width: 8 },
      { header: 'Update', field: 'progress', width: 46 },
    ],
    rows: 'flat',
    sheets: 'one',
    sheetName: 'SSCB action plan',
    titleRows: [
      'Surrey Safeguarding Children Board',
      'Action plan in response to the Ofsted review of the LSCB (2015)',
      'Updated for the Board meeting on 10 December 2015',
    ],
    statusStyle: 'fill-only',
  },
  themes: [
    {
      title: 'Ofsted review of the LSCB',
      objectives: [
        {
          text: '',
          actions: [
            {
              ref: 'R1.1',
              area: REC.levels,
              text: 'Task and finish group of early help, police, health and schools to rewrite the levels of need guidance in line with Working Together 2015.',
              lead: 'SSCB Business Manager; Head of Early Help',
              due: 'September 2015',
              status: 'Blue',
              progress: 'New document agreed by the Board on 24 September.',
            },
            {
              ref: 'R1.2',
              area: REC.levels,
              text: 'Launch the new document with multi-agency briefings in each area and an e-learning module.',
              lead: 'SSCB Training Coordinator',
              due: 'December 2015',
              status: 'Green',
              progress: 'Briefings held in 8 of 11 boroughs and districts.',
            },
            {
              ref: 'R2.1',
              area: REC.strategy,
              text: 'Rewrite the strategic statement with child sexual exploitation and children missing from home, care or education as standing priorities, each with impact measures.',
              lead: 'Independent Chair',
              due: 'October 2015',
              status: 'Green',
              progress: 'Draft to the December Board.',
            },
            {
              ref: 'R2.2',
              area: REC.strategy,
              text: 'CSE and Missing sub-group reports to every Board meeting on its dataset and actions.',
              lead: 'Chair, CSE and Missing sub-group (Surrey Police)',
              due: 'Quarterly',
              status: 'Amber',
              progress: 'Missing from education data not yet included.',
            },
            {
              ref: 'R3.1',
              area: REC.data,
              text: 'Revise the performance dataset with partners’ data (health, police, education, probation) and add a narrative analysis to each quarterly report.',
              lead: 'Chair, Quality Assurance and Performance sub-group',
              due: 'December 2015',
              status: 'Amber',
              progress: 'Health data agreed; police data due January.',
            },
            {
              ref: 'R3.2',
              area: REC.data,
              text: 'Quarterly quality and effectiveness report that puts the data alongside audit findings and feedback from children and families.',
              lead: 'Chair, Quality Assurance and Performance sub-group',
              due: { date: '2016-01-31' },
              status: 'Amber',
              progress: '',
            },
            {
              ref: 'R4.1',
              area: REC.boards,
              text: 'Independent Chair to present to the Health and Wellbeing Board and the Local Family Justice Board twice a year, with a protocol setting out how the boards work together.',
              lead: 'Independent Chair',
              due: 'November 2015',
              status: 'Green',
              progress: 'Protocol with the HWB signed; LFJB in January.',
            },
            {
              ref: 'R5.1',
              area: REC.governance,
              text: 'The Chief Executive meets the Independent Chair quarterly and appraises the Chair’s performance each year.',
              lead: 'Chief Executive, Surrey County Council',
              due: 'September 2015',
              status: 'Blue',
              progress: 'Quarterly meetings in place; appraisal in March.',
            },
            {
              ref: 'R6.1',
              area: REC.audit,
              text: 'A programme of four themed multi-agency audits a year using a standard tool, with findings passed to the training sub-group.',
              lead: 'Chair, Quality Assurance and Performance sub-group',
              due: 'March 2016',
              status: 'Amber',
              progress: 'First audit (neglect) under way.',
            },
            {
              ref: 'R6.2',
              area: REC.audit,
              text: 'Audit findings reported to the Board, with actions tracked on the learning log.',
              lead: 'SSCB Business Manager',
              due: 'Quarterly',
              status: 'Green',
              progress: '',
            },
            {
              ref: 'R7.1',
              area: REC.plan,
              text: 'Agree the 2015–18 business plan with SMART actions, timescales and impact measures, and review progress at each Board.',
              lead: 'SSCB Business Manager',
              due: 'July 2015',
              status: 'Blue',
              progress: 'Business plan agreed on 16 July.',
            },
            {
              ref: 'R8.1',
              area: REC.training,
              text: 'Follow-up questionnaire to each course attendee and their line manager three months after the course, and an annual report on the difference training makes to practice.',
              lead: 'SSCB Training Coordinator',
              due: 'March 2016',
              status: 'Amber',
              progress: 'Questionnaire piloted on two courses.',
            },
            {
              ref: 'R9.1',
              area: '',
              text: 'Move the SSCB website to the new platform and publish the multi-agency procedures online.',
              lead: 'SSCB Business Support Officer',
              due: 'January 2016',
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
      list: 'board',
      number: 1,
      first8: 'update the early help multi agency levels of',
      links: [
        { ref: 'R1.1', because: ['levels of need guidance', 'early help'] },
        { ref: 'R1.2', because: ["Update the 'levels of need' document", 'Launch the new document'] },
      ],
    },
    {
      list: 'board',
      number: 2,
      first8: 'strengthen the leadership and scrutiny role of the',
      links: [
        { ref: 'R2.1', because: ['strategic statement', 'child sexual exploitation', 'impact measures'] },
        { ref: 'R2.2', because: ['CSE and Missing sub-group'] },
      ],
    },
    {
      list: 'board',
      number: 3,
      first8: 'improve the existing multi agency data set so',
      links: [
        { ref: 'R3.1', because: ['performance dataset', 'narrative analysis'] },
        { ref: 'R3.2', because: ['audit findings and feedback from children and families'] },
      ],
    },
    {
      list: 'board',
      number: 4,
      first8: 'strengthen the relationship of the lscb with the',
      links: [{ ref: 'R4.1', because: ['Health and Wellbeing Board', 'Local Family Justice Board'] }],
    },
    {
      list: 'board',
      number: 5,
      first8: 'strengthen the governance arrangements between the chief executive',
      links: [{ ref: 'R5.1', because: ['Chief Executive meets the Independent Chair', 'appraises'] }],
    },
    {
      list: 'board',
      number: 6,
      first8: 'improve the quality and consistency of multi agency',
      links: [
        { ref: 'R6.1', because: ['themed multi-agency audits', 'training sub-group'] },
        { ref: 'R6.2', because: ['Audit findings reported to the Board'] },
      ],
    },
    {
      list: 'board',
      number: 7,
      first8: 'continue the process of developing a 2015 18',
      links: [{ ref: 'R7.1', because: ['2015–18 business plan', 'timescales and impact measures'] }],
    },
    {
      list: 'board',
      number: 8,
      first8: 'put in place a process for assessing the',
      links: [{ ref: 'R8.1', because: ['difference training makes to practice'] }],
    },
  ],
  answersNothing: ['R9.1'],
};
