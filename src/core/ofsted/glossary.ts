/**
 * The glossary of English children's services: abbreviations and near-synonyms that a report and a plan
 * use for the same thing. Data only; src/core/ofsted/similarity.ts applies it, and
 * tests/ofsted/glossary.test.ts checks every entry (its abbreviations resolve to it, and its example pair
 * meets through it).
 *
 * To add a term: add it to the entry it belongs to, or add an entry with a `concept` (how a reason names
 * it), its `terms`, any `abbreviations`, and an `example` pair worded as a report and a plan would word it.
 * Only the field's own vocabulary belongs here, never one council's wording: hundreds of councils' plans
 * are matched with it.
 *
 * How terms are matched: case is ignored; each word is compared after the matcher's stemming (so
 * 'referrals' meets 'referral'); a word ending in '*' matches any word beginning so ('exploit*' meets
 * 'exploitation' and 'exploited'); hyphens and slashes separate words ('pre-proceedings' is
 * 'pre proceedings'). Abbreviations are matched as typed, case and all ('CiC', 'LAC'), with an optional
 * plural 's', and are first written out as their `abbreviations` value, whose words then meet the terms.
 */

export interface GlossaryEntry {
  /** The idea the terms share, as a link's reasons name it: 'children in care'. */
  concept: string;
  /** Words and phrases that mean it, in lower case. */
  terms: string[];
  /** Abbreviations as typed, each with the words it stands for (which must contain one of `terms`). */
  abbreviations?: Record<string, string>;
  /** A single word of this shape is the concept too (a named council's board: 'WSCB', 'BDSCP'). */
  wordPattern?: RegExp;
  /** How a report and a plan might each word it: they must meet through this entry. */
  example: { report: string; plan: string };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'front door (MASH, contacts and referrals)',
    terms: [
      'front door',
      'safeguarding hub',
      'contacts and referrals',
      'contact and referral',
      'contacts referrals',
      'first response',
    ],
    abbreviations: {
      MASH: 'multi agency safeguarding hub',
      EHASH: 'early help and safeguarding hub',
    },
    example: {
      report: 'Improve the timeliness of decisions about contacts and referrals.',
      plan: 'Recruit two senior practitioners to the MASH to screen new work the same day.',
    },
  },
  {
    concept: 'exploitation (CSE, CCE)',
    terms: ['exploit*', 'county lines', 'traffick*'],
    abbreviations: {
      CSE: 'child sexual exploitation',
      CCE: 'child criminal exploitation',
    },
    example: {
      report: 'Strengthen the response to children at risk of being sexually exploited.',
      plan: 'Relaunch the CSE and CCE risk assessment tool.',
    },
  },
  {
    concept: 'children in care (looked after)',
    terms: ['children in care', 'child in care', 'looked after', 'in our care'],
    abbreviations: {
      LAC: 'looked after children',
      CLA: 'children looked after',
      CiC: 'children in care',
      CIC: 'children in care',
      CiCC: 'children in care council',
      CICC: 'children in care council',
    },
    example: {
      report: 'Improve the stability of placements for children looked after.',
      plan: 'Placement stability panel to review every CiC with two or more moves.',
    },
  },
  {
    concept: 'care leavers (care-experienced)',
    terms: ['care leaver*', 'care experienced', 'leaving care', 'aftercare', 'after care', 'pathway plan*'],
    example: {
      report: 'Make sure that care leavers have pathway plans that reflect their needs.',
      plan: 'Care-experienced young people co-produce the new local offer.',
    },
  },
  {
    concept: 'personal education plans (PEP)',
    terms: ['personal education plan*'],
    abbreviations: { PEP: 'personal education plan', ePEP: 'personal education plan' },
    example: {
      report: 'Improve the quality of personal education plans.',
      plan: 'Virtual school to quality assure every PEP termly.',
    },
  },
  {
    concept: 'independent reviewing officers (IRO)',
    terms: ['independent reviewing officer*', 'independent reviewing service', 'independent reviewing'],
    abbreviations: { IRO: 'independent reviewing officer', IRS: 'independent reviewing service' },
    example: {
      report: 'Independent reviewing officers should challenge drift in children’s plans.',
      plan: 'IROs to raise a formal escalation where a plan has drifted.',
    },
  },
  {
    concept: 'pre-proceedings (PLO)',
    terms: [
      'pre proceedings',
      'public law outline',
      'letter before proceedings',
      'letters before proceedings',
      'legal planning meeting*',
      'legal gateway',
    ],
    abbreviations: { PLO: 'public law outline', LBP: 'letter before proceedings' },
    example: {
      report: 'Reduce delay for children in pre-proceedings.',
      plan: 'PLO tracker reviewed monthly by the head of service.',
    },
  },
  {
    concept: 'education, health and care plans (EHCP)',
    terms: ['education health and care plan*', 'ehc plan*'],
    abbreviations: { EHCP: 'education health and care plan', EHC: 'education health and care plan' },
    example: {
      report: 'Education, health and care plans are completed on time.',
      plan: 'Weekly EHCP timeliness report to the SEND board.',
    },
  },
  {
    concept: 'safeguarding partnership (LSCB)',
    terms: [
      'safeguarding children board',
      'safeguarding board',
      'safeguarding children partnership',
      'safeguarding partnership',
      'safeguarding partners',
    ],
    abbreviations: {
      LSCB: 'local safeguarding children board',
      SCB: 'safeguarding children board',
      LSCP: 'local safeguarding children partnership',
      SCP: 'safeguarding children partnership',
    },
    wordPattern: /^[A-Z]{1,4}SC[BP]s?$/,
    example: {
      report: 'The LSCB should evaluate the impact of its training.',
      plan: 'The safeguarding partnership to publish a training impact report.',
    },
  },
  {
    concept: 'children in need (CIN)',
    terms: ['child in need', 'children in need'],
    abbreviations: { CIN: 'child in need', CiN: 'child in need' },
    example: {
      report: 'Plans for children in need should be specific and measurable.',
      plan: 'CIN plans audited for SMART outcomes.',
    },
  },
  {
    concept: 'child protection (CP)',
    terms: ['child protection'],
    abbreviations: {
      CP: 'child protection',
      CPP: 'child protection plan',
      CPC: 'child protection conference',
      ICPC: 'initial child protection conference',
      RCPC: 'review child protection conference',
    },
    example: {
      report: 'Child protection conferences should be held on time.',
      plan: 'CP chairs to track the timeliness of every ICPC.',
    },
  },
  {
    concept: 'section 47 enquiries',
    terms: ['section 47', 's47'],
    abbreviations: { S47: 'section 47' },
    example: {
      report: 'Improve the quality of section 47 enquiries.',
      plan: 'Monthly dip sample of S47s by team managers.',
    },
  },
  {
    concept: 'early help (EH)',
    terms: ['early help', 'team around the family'],
    abbreviations: {
      EH: 'early help',
      EHA: 'early help assessment',
      CAF: 'common assessment framework early help',
      TAF: 'team around the family',
    },
    example: {
      report: 'Thresholds for early help should be understood by partners.',
      plan: 'EH threshold training for schools.',
    },
  },
  {
    concept: 'quality assurance (QA, audit)',
    terms: ['quality assur*', 'audit*', 'dip sampl*', 'case file review*'],
    abbreviations: { QA: 'quality assurance' },
    example: {
      report: 'Strengthen quality assurance so that managers know the quality of practice.',
      plan: 'Monthly case audits by senior managers, with findings reported to DMT.',
    },
  },
  {
    concept: 'social workers (SW)',
    terms: ['social worker*', 'social work'],
    abbreviations: {
      SW: 'social worker',
      SWs: 'social workers',
      PSW: 'principal social worker',
    },
    example: {
      report: 'Social workers should see children alone.',
      plan: 'SWs to record each child seen alone.',
    },
  },
  {
    concept: 'caseloads (workload)',
    terms: ['caseload*', 'case load*', 'workload*', 'work load*'],
    example: {
      report: 'Make sure that social worker caseloads are manageable.',
      plan: 'Weekly workload report to team managers.',
    },
  },
  {
    concept: 'homeless 16- and 17-year-olds',
    terms: ['16 17', '16 and 17', '16 to 17', '16 or 17', 'homeless*'],
    example: {
      report: 'Improve the response to 16- and 17-year-olds who present as homeless.',
      plan: 'Joint housing and children’s services protocol for homeless young people.',
    },
  },
  {
    concept: 'disabled children (CWD)',
    terms: ['disabled child*', 'children with disabilit*', 'child with disabilit*', 'disabilit* team'],
    abbreviations: { CWD: 'children with disabilities' },
    example: {
      report: 'Assessments for children with disabilities should capture their views.',
      plan: 'CWD team to use communication tools in every assessment.',
    },
  },
  {
    concept: 'special educational needs (SEND)',
    terms: ['special educational need*'],
    abbreviations: { SEND: 'special educational needs and disabilities', SEN: 'special educational needs' },
    example: {
      report: 'Improve outcomes for children with special educational needs.',
      plan: 'SEND strategy refreshed with parents.',
    },
  },
  {
    concept: 'case recording system',
    terms: [
      'recording system',
      'case management system',
      'electronic record*',
      'electronic case record*',
      'liquidlogic',
      'mosaic',
    ],
    abbreviations: {
      LCS: 'liquidlogic',
      ICS: 'recording system',
      PARIS: 'recording system',
    },
    example: {
      report: 'The electronic recording system should support social work practice.',
      plan: 'Mosaic forms redesigned with practitioners.',
    },
  },
  {
    concept: 'out of hours (EDT)',
    terms: ['out of hours', 'emergency duty', 'emergency duty team'],
    abbreviations: { EDT: 'emergency duty team', EDS: 'emergency duty service' },
    example: {
      report: 'Improve the out-of-hours response to children at risk.',
      plan: 'EDT to share overnight contacts with day teams by 9am.',
    },
  },
  {
    concept: 'step down',
    terms: ['step down', 'stepping down', 'stepped down', 'step downs', 'de escalat*'],
    example: {
      report: 'Children stepping down from child in need plans should have a lead professional.',
      plan: 'Step-down protocol agreed with early help.',
    },
  },
  {
    concept: 'multi-agency',
    terms: ['multi agency', 'multiagency', 'inter agency'],
    example: {
      report: 'Improve the quality of multi-agency referrals.',
      plan: 'Inter-agency referral form relaunched.',
    },
  },
  {
    concept: 'private fostering',
    terms: ['private fostering', 'privately fostered', 'private foster*'],
    abbreviations: { PF: 'private fostering' },
    example: {
      report: 'Raise awareness of private fostering.',
      plan: 'Campaign with schools on children who are privately fostered.',
    },
  },
  {
    concept: 'agency staff',
    terms: ['agency staff', 'agency worker*', 'agency social worker*', 'interim staff', 'locum*'],
    example: {
      report: 'Reduce reliance on agency staff.',
      plan: 'Convert locum posts to permanent roles.',
    },
  },
  {
    concept: 'newly qualified social workers (ASYE)',
    terms: ['newly qualified', 'assessed and supported year'],
    abbreviations: {
      ASYE: 'assessed and supported year newly qualified social worker',
      NQSW: 'newly qualified social worker',
    },
    example: {
      report: 'Newly qualified social workers should have protected caseloads.',
      plan: 'ASYE academy with a protected caseload.',
    },
  },
  {
    concept: 'allegations against staff (LADO)',
    terms: ['designated officer', 'allegations against'],
    abbreviations: { LADO: 'local authority designated officer' },
    example: {
      report: 'Allegations against professionals should be tracked to a conclusion.',
      plan: 'LADO tracker reviewed monthly.',
    },
  },
  {
    concept: 'case reviews (SCR, CSPR)',
    terms: ['serious case review*', 'safeguarding practice review*', 'rapid review*'],
    abbreviations: {
      SCR: 'serious case review',
      CSPR: 'child safeguarding practice review',
      LCSPR: 'local child safeguarding practice review',
    },
    example: {
      report: 'Learning from serious case reviews should reach frontline staff.',
      plan: 'Seven-minute briefings on every CSPR.',
    },
  },
  {
    concept: 'unaccompanied children (UASC)',
    terms: ['unaccompanied', 'asylum seeking'],
    abbreviations: { UASC: 'unaccompanied asylum seeking children' },
    example: {
      report: 'Improve support for unaccompanied children seeking asylum.',
      plan: 'UASC health assessments within 20 days.',
    },
  },
  {
    concept: 'kinship care (connected persons)',
    terms: [
      'kinship',
      'connected person*',
      'family and friends care*',
      'family and friends foster*',
      'friends and family care*',
    ],
    example: {
      report: 'The timeliness of assessments of connected persons.',
      plan: 'Kinship assessment team: two more assessing social workers.',
    },
  },
  {
    concept: 'placement with parents (PWP)',
    terms: ['placement with parents', 'placements with parents', 'placed with parents', 'placed at home'],
    abbreviations: { PWP: 'placement with parents' },
    example: {
      report: 'The oversight of children placed with parents under a care order.',
      plan: 'PWP tracker reviewed weekly by the head of service.',
    },
  },
  {
    concept: 'special guardianship (SGO)',
    terms: ['special guardian*'],
    abbreviations: { SGO: 'special guardianship order', SGOs: 'special guardianship orders' },
    example: {
      report: 'Assessments of special guardians should be thorough.',
      plan: 'SGO support plans reviewed at panel.',
    },
  },
  {
    concept: 'health assessments (IHA, RHA)',
    terms: ['health assessment*'],
    abbreviations: {
      IHA: 'initial health assessment',
      RHA: 'review health assessment',
    },
    example: {
      report: 'Children in care should have timely health assessments.',
      plan: 'Weekly IHA and RHA tracker with the designated nurse.',
    },
  },
  {
    concept: 'missing children (return interviews)',
    terms: ['return home interview*', 'return interview*', 'missing from home', 'missing from care'],
    abbreviations: { RHI: 'return home interview', RHIs: 'return home interviews' },
    example: {
      report: 'Return home interviews should be offered to every child who goes missing.',
      plan: 'RHIs completed within 72 hours.',
    },
  },
  {
    concept: 'domestic abuse (MARAC)',
    terms: ['domestic abuse', 'domestic violence', 'risk assessment conference*'],
    abbreviations: { MARAC: 'multi agency risk assessment conference domestic abuse' },
    example: {
      report: 'Reduce the backlog of cases waiting for the multi-agency risk assessment conference.',
      plan: 'Extra MARAC sittings until the backlog is cleared.',
    },
  },
  {
    concept: 'mental health (CAMHS)',
    terms: ['mental health', 'emotional wellbeing', 'emotional well being', 'emotional health'],
    abbreviations: { CAMHS: 'child and adolescent mental health services' },
    example: {
      report: 'Children should have quick access to mental health services.',
      plan: 'CAMHS worker in each locality team.',
    },
  },
  {
    concept: 'neglect',
    terms: ['neglect*', 'graded care profile'],
    abbreviations: { GCP: 'graded care profile', GCP2: 'graded care profile' },
    example: {
      report: 'Improve the response to children living with chronic neglect.',
      plan: 'Roll out GCP2 in all assessment teams.',
    },
  },
  {
    concept: 'permanence',
    terms: ['permanen*'],
    example: {
      report: 'Permanency planning should start early.',
      plan: 'Permanence tracking panel for every child in care.',
    },
  },
  {
    concept: 'advocacy',
    terms: ['advoca*'],
    example: {
      report: 'Children should be offered an advocate.',
      plan: 'Advocacy offer explained at every review.',
    },
  },
  {
    concept: 'young people (YP, CYP)',
    terms: ['young people', 'young person'],
    abbreviations: { YP: 'young people', CYP: 'children and young people' },
    example: {
      report: 'Young people should help shape services.',
      plan: 'YP forum meets monthly with the director.',
    },
  },
  {
    concept: 'managers (TM, HoS)',
    terms: ['team manager*', 'head of service', 'heads of service', 'practice manager*'],
    abbreviations: { TM: 'team manager', TMs: 'team managers', HoS: 'head of service' },
    example: {
      report: 'Team managers should provide regular supervision.',
      plan: 'TMs to supervise every social worker monthly.',
    },
  },
];
