/**
 * The three pdftotext reports in shared/ofsted-reports; counts from its README (hand-counted),
 * texts typed from the files.
 */
import { parseOfstedReport } from '../../src/core/ofsted';
import { expectClean, ids, readReport, timescaleSplit } from './fixtures';

describe('ILACS: Bristol, published 10 March 2023', () => {
  const text = readReport('ilacs_bristol_2023.txt');
  const report = parseOfstedReport(text);

  it('reads the report details and the judgement table split across lines', () => {
    expect(report.framework).toBe('ilacs');
    expect(report.localAuthority).toBe('Bristol');
    expect(report.inspectionDates).toBe('16 to 27 January 2023');
    expect(report.judgements).toEqual([
      {
        area: 'The impact of leaders on social work practice with children and families',
        grade: 'Requires improvement to be good',
      },
      {
        area: 'The experiences and progress of children who need help and protection',
        grade: 'Requires improvement to be good',
      },
      { area: 'The experiences and progress of children in care', grade: 'Good' },
      { area: 'The experiences and progress of care leavers', grade: 'Good' },
      { area: 'Overall effectiveness', grade: 'Requires improvement to be good' },
    ]);
  });

  it('has no publication date in its text: null with a warning, or the date the caller gives', () => {
    expect(report.publicationDate).toBeNull();
    expect(report.warnings.join(' ')).toMatch(/publication/i);
    const withDate = parseOfstedReport(text, { published: '2023-03-10' });
    expect(withDate.publicationDate).toBe('2023-03-10');
    expect(withDate.warnings).toEqual([]);
  });

  it('finds the 6 ◼ bullets under "What needs to improve?"', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(6);
    expect(timescaleSplit(report)).toEqual({ unspecified: 6 });
    expect(ids(report)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    expect(recs.every((r) => r.addressee === 'local-authority' && r.dueBy === null)).toBe(true);
    expect(recs[0].text).toBe(
      'The timeliness and consistency with which initial decisions about thresholds for access to services are matched to children’s levels of risk and need, to help ensure that they routinely receive timely and proportionate support.',
    );
    expect(recs[2].text).toBe('The timeliness of initial health assessments for children coming into care.');
    expect(recs[5].text).toBe(
      'The effectiveness of some aspects of joint working with partner agencies, in particular health and the police.',
    );
    expectClean(recs, ['Inspection of Bristol', 'January 2023']);
  });
});

describe('Looked after children services: Norfolk, published 16 August 2013', () => {
  const report = parseOfstedReport(readReport('lac_norfolk_2013.txt'));

  it('reads the report details', () => {
    expect(report.framework).toBe('looked-after-children');
    expect(report.localAuthority).toBe('Norfolk');
    expect(report.inspectionDates).toBe('8 – 12 July 2013');
    expect(report.publicationDate).toBe('2013-08-16');
    expect(report.judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Inadequate' },
      { area: 'Capacity to improve', grade: 'Inadequate' },
      { area: 'Outcomes for looked after children and young people', grade: 'Inadequate' },
      { area: 'Quality of provision', grade: 'Inadequate' },
      { area: 'Leadership and management', grade: 'Inadequate' },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('finds 6 + 4 + 7 = 17 areas for improvement with due dates', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(17);
    expect(timescaleSplit(report)).toEqual({ immediate: 6, '3-months': 4, '6-months': 7 });
    expect(recs.map((r) => r.timescale)).toEqual([
      ...Array(6).fill('immediate'),
      ...Array(4).fill('3-months'),
      ...Array(7).fill('6-months'),
    ]);
    expect(recs.every((r) => r.addressee === 'local-authority' && r.paragraph === null)).toBe(true);
    expect(recs[0].dueBy).toBe('2013-08-16');
    expect(recs[6].dueBy).toBe('2013-11-16');
    expect(recs[16].dueBy).toBe('2014-02-16');
  });

  it('keeps the wording, including an item that runs over a running header and page number', () => {
    const recs = report.recommendations;
    expect(recs[0].text).toBe(
      'ensure all elected members understand their corporate parenting duties and responsibilities for looked after children and that they receive regular reports which benchmark whether the local authority is meeting its statutory responsibilities for looked after children so that elected members know and understand the service gap and provide effective scrutiny',
    );
    // the report's own stray space before the comma is kept
    expect(recs[1].text).toContain('informed by their views , their social worker');
    expect(recs[5].text).toBe(
      'ensure all social workers receive regular, recorded supervision which includes the identification number of the cases discussed, the detail of any agreed actions and timescales and that these are robustly monitored and recorded.',
    );
    expect(recs[6].text).toBe(
      'ensure all children have a good quality personal education plan (PEP) which addresses the specific educational needs of children and young people and how they will be met including setting ambitious, but realistic targets for attendance and milestones for attainment backed by the necessary support, and that this work is supported by effective performance monitoring and reporting to drive improvement',
    );
    expect(recs[8].text).toBe(
      'ensure that social workers always provide a written report to support the statutory review process, that this is based on the social workers’ in-depth knowledge and understanding of the needs of the child or young person, is shared and discussed with the child prior to the review and includes their wishes, feelings and aspirations',
    );
    expect(recs[9].text).toBe(
      'ensure all children and young people get a copy of their assessments, plans and reviews within a reasonable time and that these arrangements extend to their parents/carers where appropriate.',
    );
    expect(recs[10].text).toBe(
      'agree and implement an effective early help strategy that includes clearly defined edge of care service provision which is closely matched to local needs and provides equitable access to services across the county',
    );
    expect(recs[16].text).toBe(
      'ensure children and young people know and understand the complaints and representation procedure, how to access independent advocacy and use the learning from these processes to inform service improvement.',
    );
    expectClean(recs, ['Norfolk County Council', 'Inspection of looked after children services']);
  });
});

describe('Single inspection framework: Birmingham, published 23 May 2014', () => {
  const report = parseOfstedReport(readReport('sif_birmingham_2014.txt'));
  const la = report.recommendations.filter((r) => r.addressee === 'local-authority');
  const board = report.recommendations.filter((r) => r.addressee === 'safeguarding-board');

  it('reads the report details and the summary judgements', () => {
    expect(report.framework).toBe('sif');
    expect(report.localAuthority).toBe('Birmingham');
    expect(report.inspectionDates).toBe('18 March 2014 – 09 April 2014');
    expect(report.publicationDate).toBe('2014-05-23');
    expect(report.judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Inadequate' },
      { area: 'Children who need help and protection', grade: 'Inadequate' },
      { area: 'Children looked after and achieving permanence', grade: 'Inadequate' },
      { area: 'Adoption performance', grade: 'Inadequate' },
      { area: 'Experiences and progress of care leavers', grade: 'Inadequate' },
      { area: 'Leadership, management and governance', grade: 'Inadequate' },
      { area: 'The effectiveness of the Local Safeguarding Children Board (LSCB)', grade: 'Inadequate' },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('finds 10 priority + 6 areas for improvement for the local authority (paragraphs 24–39), once', () => {
    expect(la).toHaveLength(16);
    expect(la.map((r) => r.timescale)).toEqual([
      ...Array(10).fill('priority'),
      ...Array(6).fill('development'),
    ]);
    expect(la.map((r) => r.paragraph)).toEqual(Array.from({ length: 16 }, (_, k) => String(24 + k)));
    expect(la[0].text).toBe(
      'Strengthen operational and senior management arrangements so that there is sufficient capacity and experience to tackle the deficiencies in the service.',
    );
    expect(la[9].text).toBe(
      'Revise the function and purpose of the corporate parenting board and strategy to ensure that the needs of looked after children are paramount and that the right actions are taken to improve the quality of their lives.',
    );
    expect(la[10].text).toBe(
      'Review and strengthen assessment and care planning processes to ensure that interventions and ongoing work with children and young people are properly targeted to meet their identified needs.',
    );
    expect(la[15].text).toBe(
      'Ensure that care leavers have good, targeted and timely pathway plans in place so that they can make a successful transition to adulthood.',
    );
  });

  it("keeps the safeguarding board's own 6 priority actions + 6 areas for improvement (120–131)", () => {
    expect(board).toHaveLength(12);
    expect(board.map((r) => r.timescale)).toEqual([
      ...Array(6).fill('priority'),
      ...Array(6).fill('development'),
    ]);
    expect(board.map((r) => r.paragraph)).toEqual(Array.from({ length: 12 }, (_, k) => String(120 + k)));
    expect(board[0].text).toBe(
      'The BSCB to ensure that each partner agency urgently develops and can demonstrate stronger and more effective accountability within its organisation for their roles and responsibilities in safeguarding children and young people in Birmingham particularly at middle and frontline manager levels.',
    );
    expect(board[5].text).toBe(
      'Develop and implement a comprehensive programme of multi-agency child protection training (levels 1, 2 and 3), with clear arrangements for evaluation of impact to inform future training needs.',
    );
    expect(board[6].text).toBe(
      'The BSCB to improve the degree to which partners at the Board use their role to properly influence their own strategic and corporate governance, and to ensure the Board’s work is integrated into their own strategic, operational and business as well as workforce development.',
    );
    expect(board[11].text).toBe(
      'Ensure that learning from serious case reviews is used effectively to inform practice and that audits begin to demonstrate that learning is having an impact on improving practice across partner agencies.',
    );
  });

  it('numbers R1..R28 in report order and keeps page numbers and headings out of the texts', () => {
    expect(ids(report)).toEqual(Array.from({ length: 28 }, (_, k) => `R${k + 1}`));
    expect(report.recommendations.every((r) => r.dueBy === null)).toBe(true);
    expectClean(report.recommendations, [
      'Areas for improvement',
      'Information about this inspection',
      'Key strengths',
      'Ofsted produces this report',
    ]);
  });
});
