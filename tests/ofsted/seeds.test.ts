/**
 * The five seed documents (2010–2013 formats). Counts and texts were taken by hand from the files.
 */
import { parseOfstedReport } from '../../src/core/ofsted';
import { expectClean, ids, readSeed, timescaleSplit } from './fixtures';

describe('seed 000: Walsall unannounced inspection letter, 31 December 2010', () => {
  const report = parseOfstedReport(readSeed('000_0ca9ee71d9879a15.txt'));

  it('reads the letter details', () => {
    expect(report.framework).toBe('unannounced-visit');
    // the letterhead is Ofsted's Bristol office: the authority is Walsall
    expect(report.localAuthority).toBe('Walsall');
    expect(report.inspectionDates).toBe('30 November and 1 December 2010');
    expect(report.publicationDate).toBe('2010-12-31');
    expect(report.judgements).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('finds the 3 areas for development, not the strengths given as HTML lists', () => {
    expect(report.recommendations).toHaveLength(3);
    expect(timescaleSplit(report)).toEqual({ development: 3 });
    expect(ids(report)).toEqual(['R1', 'R2', 'R3']);
    expect(report.recommendations.every((r) => r.addressee === 'local-authority')).toBe(true);
    expect(report.recommendations.every((r) => r.dueBy === null && r.paragraph === null)).toBe(true);
    expect(report.recommendations[0].text).toBe(
      'The quality of initial and core assessments seen by inspectors is variable with some lacking sufficient analysis of risk and protective factors. The quality of analysis was identified as an area for development at the last inspection.',
    );
    expect(report.recommendations[2].text).toBe(
      'There are clear management decisions recorded on most files. However, the rationale underpinning the decisions and actions taken is not always explicit.',
    );
    expectClean(report.recommendations, ['Any areas for development', 'INVESTOR']);
  });
});

describe('seed 001: Walsall committee paper embedding the 2013 protection of children report', () => {
  const report = parseOfstedReport(readSeed('001_417503daf9182b66.txt'));

  it('reads the embedded report details', () => {
    expect(report.framework).toBe('protection-of-children');
    expect(report.localAuthority).toBe('Walsall');
    expect(report.inspectionDates).toBe('24 June – 3 July 2013');
    // the paper says the report was 'published on 2 August 2013'
    expect(report.publicationDate).toBe('2013-08-02');
    expect(report.judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Adequate' },
      {
        area: 'The effectiveness of the help and protection provided to children, young people, families and carers',
        grade: 'Adequate',
      },
      { area: 'The quality of practice', grade: 'Adequate' },
      { area: 'Leadership and governance', grade: 'Adequate' },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it("takes the report's 11 areas for improvement once: 3 immediately, 5 within three months, 3 within six", () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(11);
    expect(timescaleSplit(report)).toEqual({ immediate: 3, '3-months': 5, '6-months': 3 });
    expect(recs.map((r) => r.timescale)).toEqual([
      ...Array(3).fill('immediate'),
      ...Array(5).fill('3-months'),
      ...Array(3).fill('6-months'),
    ]);
    expect(recs.every((r) => r.addressee === 'local-authority')).toBe(true);
    expect(recs[0].dueBy).toBe('2013-08-02');
    expect(recs[3].dueBy).toBe('2013-11-02');
    expect(recs[10].dueBy).toBe('2014-02-02');
  });

  it("uses the report's wording, not the committee paper's paraphrase", () => {
    const recs = report.recommendations;
    expect(recs[0].text).toBe(
      'ensure that social worker caseloads are manageable so that children receive good quality input and this is recorded promptly',
    );
    expect(recs[2].text).toBe(
      'ensure that social workers undertaking enquiries into child protection concerns regarding disabled children work closely with the social worker from the disability team so that the information is clearly recorded and coordinated resulting in well informed evidence and findings and that this work receives sufficient management oversight.',
    );
    expect(recs[3].text).toBe(
      'ensure that, where children are ready to step down from a child in need plan, a lead professional is identified that can effectively coordinate early help services that continue to support improved outcomes',
    );
    expect(recs[7].text).toBe(
      "ensure that parents are able to see all agency reports to child protection conference in advance so they appreciate the full range of professional staff's views of risk and protective factors.",
    );
    expect(recs[8].text).toBe(
      "ensure that the child's electronic recording system facilitates and supports social work practice, quality assurance and performance management processes",
    );
    expect(recs[10].text).toBe(
      'ensure suitable succession arrangements are in place at senior management level to ensure that current improvements in service delivery and outcomes for children and young people can be sustained.',
    );
    expect(recs.some((r) => /Reducing social worker caseloads/.test(r.text))).toBe(false);
    expectClean(recs);
  });
});

describe('seed 002: Wirral unannounced inspection letter, 18 August 2010', () => {
  const report = parseOfstedReport(readSeed('002_6b564b44eaa108f6.txt'));

  it('reads the letter details', () => {
    expect(report.framework).toBe('unannounced-visit');
    expect(report.localAuthority).toBe('Wirral');
    expect(report.inspectionDates).toBe('20 and 21 July 2010');
    expect(report.publicationDate).toBe('2010-08-18');
    expect(report.warnings).toEqual([]);
  });

  it('finds 4 areas for development, joining the bullet broken by the page break', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(4);
    expect(timescaleSplit(report)).toEqual({ development: 4 });
    expect(recs[0].text).toBe(
      'Supervision is routinely undertaken, however the quality of staff supervision files is inconsistent with little recorded evidence of reflective supervision or consideration of personal development issues. Annual appraisals do not take place and as a result consideration is not given to how individual learning needs contribute to an overall training plan.',
    );
    expect(recs[2].text).toBe(
      'While managers in district assessment teams and the children with disabilities team authorise assessments, they do not always record the rationale for management decisions in the assessment document on ICS.',
    );
    // the last bullet, after the page break, lost its bullet glyph
    expect(recs[3].text).toBe(
      'The process for transfer of cases from district assessment teams to care management teams is not yet consistently established and this impacts on the capacity of district assessment teams to carry out timely assessments.',
    );
    expectClean(recs, ['identified above']);
  });
});

describe("seed 003: Dudley unannounced inspection letter, 10 March 2011 ('.' paragraphs)", () => {
  const report = parseOfstedReport(readSeed('003_f922cd67c00d0474.txt'));

  it('reads the letter details', () => {
    expect(report.framework).toBe('unannounced-visit');
    expect(report.localAuthority).toBe('Dudley');
    expect(report.inspectionDates).toBe('9 and 10 February 2011');
    expect(report.publicationDate).toBe('2011-03-10');
    expect(report.warnings).toEqual([]);
  });

  it('finds the 6 areas for development written as paragraphs beginning with "."', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(6);
    expect(timescaleSplit(report)).toEqual({ development: 6 });
    expect(recs[0].text).toBe(
      "The range of diverse needs arising from Dudley's population including race, culture, religion, and disability are not consistently considered by social work staff undertaking assessments or in management information available to senior managers. As a result, children's individual needs are not always adequately assessed and managers do not have the relevant information that would enable them to quality assure this area of work.",
    );
    expect(recs[2].text).toBe(
      "Although caseloads have reduced since the last inspection some social workers' caseloads remain high which limits their ability to complete work in a timely manner.",
    );
    expect(recs[5].text).toBe(
      'Social workers and managers report that there is inconsistency in the understanding and application of thresholds across partner agencies. This is contributing to the high number of referrals received by the duty and assessment teams. Work has been undertaken in developing a revised threshold document. This has not yet been implemented.',
    );
    expectClean(recs);
  });
});

describe('seed 004: Worcestershire unannounced inspection letter, 4 August 2010', () => {
  const report = parseOfstedReport(readSeed('004_807445bb4780ee5e.txt'));

  it('reads the letter details', () => {
    expect(report.framework).toBe('unannounced-visit');
    expect(report.localAuthority).toBe('Worcestershire');
    expect(report.inspectionDates).toBe('6 and 7 July 2010');
    expect(report.publicationDate).toBe('2010-08-04');
    expect(report.warnings).toEqual([]);
  });

  it('finds 8 areas for development then 1 area for priority action', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(9);
    expect(timescaleSplit(report)).toEqual({ development: 8, priority: 1 });
    expect(recs.map((r) => r.timescale)).toEqual([...Array(8).fill('development'), 'priority']);
    expect(recs[0].text).toBe(
      'Cases are not always allocated to staff with the appropriate skills and experience to effectively undertake the work required. Some complex child protection cases are jointly allocated to social work assistants and qualified social workers. However, in most of these cases assessments and casework are undertaken by the social work assistants with limited oversight or involvement by the social worker.',
    );
    // a wrapped line inside a bullet is part of that bullet
    expect(recs[4].text).toBe(
      'Recording is not undertaken in a timely manner. In some cases key documents such as child protection plans and records of strategy meetings are missing. Similarly managerial oversight, including records of decision-making, is frequently not recorded on case files.',
    );
    expect(recs[7].text).toBe(
      "Working relationships and communication, at an operational level, between the police and children's social care are inconsistent across the county.",
    );
    expect(recs[8].text).toBe(
      "Following the Joint Area Review in 2008, a recommendation was made for immediate action to 'increase social care staff capacity and ensure the quality and consistency of management systems and practice in the contact, referral and assessment services'. However, since then there has been only limited progress and management action to improve the services in order that all children are properly safeguarded. During the course of the inspection several cases of immediate concern were referred to the local authority for action to ensure the well-being of the child involved.",
    );
    expectClean(recs, ['This visit has identified', 'identified above', 'performs poorly']);
  });
});
