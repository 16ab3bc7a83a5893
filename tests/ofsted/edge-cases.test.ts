/** Small hand-written report fragments for the formats' traps. */
import * as fc from 'fast-check';
import { addMonths, normaliseLines, parseDate, parseOfstedReport } from '../../src/core/ofsted';
import { expectClean } from './fixtures';

const LETTER_HEAD = [
  '12 May 2010',
  '',
  'Annual unannounced inspection of contact, referral and assessment arrangements within Exampleshire children’s services',
  '',
  'This letter summarises the findings of the recent unannounced inspection of contact, referral and assessment arrangements within local authority children’s services in Exampleshire County Council which was conducted on 6 and 7 April 2010.',
  '',
].join('\n');

const LETTER_TAIL =
  '\n\nAny areas for development identified above will be specifically considered.\n\nYours sincerely\n';

describe('2009–2011 letters', () => {
  it('reads an HTML list (ul/li, ▪ glyphs, <b> heading, <p> closing paragraph)', () => {
    const text =
      LETTER_HEAD +
      '<b>Strengths</b>\n<ul style="list-style-type: none"> <li>▪ A strength that is not a recommendation.</li></ul>\n' +
      '<b>Areas for development</b>\n' +
      '<ul style="list-style-type: none"> <li>▪ Supervision is not always recorded &amp; reviewed.</li> <li>▪ Assessments do not always\nanalyse risk.</li></ul>\n' +
      '<p>Any areas for development identified above will be specifically considered.</p>';
    const report = parseOfstedReport(text);
    expect(report.framework).toBe('unannounced-visit');
    expect(report.localAuthority).toBe('Exampleshire');
    expect(report.publicationDate).toBe('2010-05-12');
    expect(report.inspectionDates).toBe('6 and 7 April 2010');
    expect(report.recommendations.map((r) => [r.text, r.timescale])).toEqual([
      ['Supervision is not always recorded & reviewed.', 'development'],
      ['Assessments do not always analyse risk.', 'development'],
    ]);
    expectClean(report.recommendations);
  });

  it("reads paragraphs that begin with '.'", () => {
    const text =
      LETTER_HEAD +
      'Areas for development\n\n.The first area is about thresholds.\n\n. The second area wraps\nonto a second line.\n' +
      LETTER_TAIL;
    const report = parseOfstedReport(text);
    expect(report.recommendations.map((r) => r.text)).toEqual([
      'The first area is about thresholds.',
      'The second area wraps onto a second line.',
    ]);
  });

  it('reads • and U+F0B7 bullets and an area for priority action written as a paragraph', () => {
    const text =
      LETTER_HEAD +
      'Areas for development\n\n• Caseloads are high.\n\uF0B7 Plans are not specific.\n\n' +
      'This visit has identified the following area for priority action:\n\nArea for priority action\n\n' +
      'Children at immediate risk are not always seen\npromptly.\n' +
      LETTER_TAIL;
    const report = parseOfstedReport(text);
    expect(report.recommendations.map((r) => [r.id, r.timescale, r.text])).toEqual([
      ['R1', 'development', 'Caseloads are high.'],
      ['R2', 'development', 'Plans are not specific.'],
      ['R3', 'priority', 'Children at immediate risk are not always seen promptly.'],
    ]);
  });
});

describe('2013 frameworks', () => {
  const header = 'Exampleshire County Council Inspection of looked after children services';
  const page = (n: number) => `\n\n${header}\n\n${n}\n\n`;
  const text = [
    'Inspection of looked after children',
    'services',
    'Exampleshire County Council',
    '',
    'Inspection dates:',
    '',
    '1 – 5 July 2013',
    '',
    'Published:',
    '',
    '31 August 2013',
    page(1),
    'Areas for improvement',
    '15. In order to improve the quality of provision the local authority should take the',
    'following action.',
    page(2),
    'Immediately:',
    '\uF0A7',
    '',
    'ensure all children have a care plan',
    '',
    '\uF0A7',
    '',
    'ensure that social workers always provide a written report to support',
    'the statutory review process, that is based on the needs of the child or',
    page(3),
    'young person',
    '',
    'Within three months:',
    '\uF0A7',
    '',
    'ensure all care leavers have a pathway plan.',
    '',
    'Within six months:',
    '\uF0A7',
    '',
    'review the sufficiency strategy.',
    '',
    'Outcomes for looked after children and young',
    'people',
    page(4),
    'Record of main findings',
    'Services for looked after children',
    'Overall effectiveness',
    '',
    'Adequate',
    '',
    'Outcomes for looked after children',
    'and young people',
    '',
    'Good',
    page(5),
  ].join('\n');

  it('joins an item across a running header and page number; bullets alone on their lines', () => {
    const report = parseOfstedReport(text);
    expect(report.framework).toBe('looked-after-children');
    expect(report.localAuthority).toBe('Exampleshire');
    expect(report.inspectionDates).toBe('1 – 5 July 2013');
    expect(report.publicationDate).toBe('2013-08-31');
    expect(report.recommendations.map((r) => [r.timescale, r.text, r.dueBy])).toEqual([
      ['immediate', 'ensure all children have a care plan', '2013-08-31'],
      [
        'immediate',
        'ensure that social workers always provide a written report to support the statutory review process, that is based on the needs of the child or young person',
        '2013-08-31',
      ],
      // 31 August + 3 months: the last day of November; + 6 months: the last day of February
      ['3-months', 'ensure all care leavers have a pathway plan.', '2013-11-30'],
      ['6-months', 'review the sufficiency strategy.', '2014-02-28'],
    ]);
    expectClean(report.recommendations, [header]);
    expect(report.judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Adequate' },
      { area: 'Outcomes for looked after children and young people', grade: 'Good' },
    ]);
  });

  it("strips 'Page n of m' footers and form feeds", () => {
    const withFooters = text.replace(/\n\n(\d)\n\n/g, '\n\nPage $1 of 5\n\f\n');
    const report = parseOfstedReport(withFooters);
    expect(report.recommendations).toHaveLength(4);
    expect(report.recommendations[1].text).toMatch(/of the child or young person$/);
    expectClean(report.recommendations, [header]);
  });
});

describe('single inspection framework', () => {
  it('skips the contents-page copy of the heading and reads the numbered lists by report paragraph', () => {
    const text = [
      'Exampleton Borough Council',
      'Inspection of services for children in need of help and',
      'protection, children looked after and care leavers',
      'Inspection date: 3 March 2014 – 27 March 2014',
      'Report published: 2 May 2014',
      'The overall judgement is requires improvement',
      '',
      'Contents',
      'Summary of key findings',
      '',
      '3',
      '',
      'What does the local authority need to improve?',
      '',
      '7',
      '',
      'Information about this inspection',
      '',
      '9',
      '',
      '',
      '1. The most vulnerable children are seen quickly.',
      '',
      '',
      'What does the local authority need to improve?',
      'Priority and immediate action',
      '24. Strengthen management arrangements so that there is',
      'sufficient capacity.',
      '25. Ensure that supervision is regular.',
      '',
      '7',
      '',
      '',
      'Areas for improvement:',
      '26. Review assessment processes.',
      'Information about this inspection',
      'Inspectors have looked closely at the experiences of children.',
      '',
      'Section 2: The effectiveness of the Local Safeguarding',
      'Children Board',
      'The effectiveness of the LSCB requires improvement',
      'Priority actions',
      '40. The LSCB to agree a definition of early help.',
      'Areas for improvement',
      '41. Improve attendance at sub-groups.',
      'Key strengths and weaknesses of the LSCB',
      '42. Partnership working is developing.',
    ].join('\n');
    const report = parseOfstedReport(text);
    expect(report.framework).toBe('sif');
    expect(report.localAuthority).toBe('Exampleton');
    expect(report.publicationDate).toBe('2014-05-02');
    expect(report.judgements[0]).toEqual({ area: 'Overall effectiveness', grade: 'Requires improvement' });
    expect(report.recommendations.map((r) => [r.id, r.paragraph, r.timescale, r.addressee, r.text])).toEqual([
      [
        'R1',
        '24',
        'priority',
        'local-authority',
        'Strengthen management arrangements so that there is sufficient capacity.',
      ],
      ['R2', '25', 'priority', 'local-authority', 'Ensure that supervision is regular.'],
      ['R3', '26', 'development', 'local-authority', 'Review assessment processes.'],
      ['R4', '40', 'priority', 'safeguarding-board', 'The LSCB to agree a definition of early help.'],
      ['R5', '41', 'development', 'safeguarding-board', 'Improve attendance at sub-groups.'],
    ]);
  });

  it("moves '(Para 31)', '(Paras 29, 140)' and '(Throughout)' into paragraph (2015–2017 recommendations)", () => {
    const text = [
      'Exampleton City Council',
      'Inspection of services for children in need of help and protection, children looked after and care leavers',
      'Inspection dates: 1 June 2016 – 23 June 2016',
      'Report published: 15 August 2016',
      '',
      'What does the local authority need to improve?',
      'Recommendations',
      '1. Ensure that all children have an up-to-date assessment (Para 31)',
      '2. Improve the quality of plans so that they are specific and',
      'measurable (Paras 29, 140)',
      '3. Ensure that the voice of the child is recorded. (Throughout)',
      '',
      'Summary for children and young people',
      '',
      'What does the LSCB need to improve?',
      'Recommendations',
      '4. Evaluate the impact of training (Paragraph 150).',
      '',
      'Key strengths and weaknesses',
    ].join('\n');
    const report = parseOfstedReport(text);
    expect(report.recommendations.map((r) => [r.text, r.paragraph, r.timescale, r.addressee])).toEqual([
      ['Ensure that all children have an up-to-date assessment', '31', 'unspecified', 'local-authority'],
      [
        'Improve the quality of plans so that they are specific and measurable',
        '29, 140',
        'unspecified',
        'local-authority',
      ],
      ['Ensure that the voice of the child is recorded.', 'Throughout', 'unspecified', 'local-authority'],
      ['Evaluate the impact of training.', '150', 'unspecified', 'safeguarding-board'],
    ]);
  });
});

describe('ILACS', () => {
  it("reads 'What needs to improve?1' with a glued footnote digit, U+F06E bullets and a footnote inside the list", () => {
    const text = [
      'Inspection of Exampleshire local authority',
      'children’s services',
      'Inspection dates: 9 to 20 January 2026',
      'Lead inspector: A Person, His Majesty’s Inspector',
      'Judgement',
      'Grade',
      'The impact of leaders on social work practice with children and families',
      'Good',
      'The experiences and progress of children in care',
      'Requires improvement to be good',
      'Children and their families receive a good service in Exampleshire. Leaders know',
      'their services well and have made improvements since the last inspection, which',
      'was some time ago.',
      'What needs to improve?1',
      '\uF06E The quality and timeliness of assessments for disabled',
      '',
      '1',
      '',
      'The recommendations are listed in no particular order.',
      '',
      'Inspection of Exampleshire local authority children’s services',
      '9 to 20 January 2026',
      '',
      '2',
      '',
      'children. (outcome 1, national framework)',
      '\uF0A7 Management oversight of practice (outcomes 2 and 3, national framework)',
      '◼ The sufficiency of local homes for children in care.',
      '',
      'The experiences and progress of children who need help and',
      'protection: good',
      '',
      'Inspection of Exampleshire local authority children’s services',
      '9 to 20 January 2026',
      '',
      '3',
      '',
    ].join('\n');
    const report = parseOfstedReport(text, { published: '2026-03-06' });
    expect(report.framework).toBe('ilacs');
    expect(report.localAuthority).toBe('Exampleshire');
    expect(report.inspectionDates).toBe('9 to 20 January 2026');
    expect(report.publicationDate).toBe('2026-03-06');
    // a 2026 report may have no 'Overall effectiveness' row
    expect(report.judgements).toEqual([
      { area: 'The impact of leaders on social work practice with children and families', grade: 'Good' },
      { area: 'The experiences and progress of children in care', grade: 'Requires improvement to be good' },
    ]);
    expect(report.recommendations.map((r) => [r.text, r.note, r.timescale])).toEqual([
      [
        'The quality and timeliness of assessments for disabled children.',
        'outcome 1, national framework',
        'unspecified',
      ],
      ['Management oversight of practice', 'outcomes 2 and 3, national framework', 'unspecified'],
      ['The sufficiency of local homes for children in care.', undefined, 'unspecified'],
    ]);
    expectClean(report.recommendations, ['national framework', 'no particular order', 'Inspection of']);
  });

  it("accepts 'What needs to improve' without the question mark", () => {
    const text =
      'Inspection of Exampleton local authority children’s services\nInspection dates: 1 to 12 May 2019\n\n' +
      'What needs to improve\n▪ Oversight of children missing from home.\n▪ Timeliness of pathway plans.\n\nThe experiences and progress of children in care';
    const report = parseOfstedReport(text);
    expect(report.recommendations.map((r) => r.text)).toEqual([
      'Oversight of children missing from home.',
      'Timeliness of pathway plans.',
    ]);
  });
});

describe('monitoring and focused visits', () => {
  it('best effort: bullets under areas for priority action / improvement, timescale unspecified', () => {
    const text = [
      '14 March 2019',
      '',
      'Monitoring visit to Exampleshire children’s services',
      '',
      'This monitoring visit was carried out on 12 and 13 February 2019.',
      '',
      'Ofsted identified the following areas for improvement:',
      '◼ the quality of supervision',
      '◼ the timeliness of strategy discussions.',
      '',
      'Evaluation of progress',
    ].join('\n');
    const report = parseOfstedReport(text);
    expect(report.framework).toBe('monitoring-visit');
    expect(report.localAuthority).toBe('Exampleshire');
    expect(report.publicationDate).toBe('2019-03-14');
    expect(report.inspectionDates).toBe('12 and 13 February 2019');
    expect(report.recommendations.map((r) => [r.text, r.timescale])).toEqual([
      ['the quality of supervision', 'unspecified'],
      ['the timeliness of strategy discussions.', 'unspecified'],
    ]);
  });
});

describe('no recommendations', () => {
  it('returns an empty list and a warning', () => {
    const report = parseOfstedReport('Some text that is not an Ofsted report.\n\nIt has two paragraphs.');
    expect(report.recommendations).toEqual([]);
    expect(report.framework).toBe('unknown');
    expect(report.warnings).toContain('No recommendations section was found.');
    expect(parseOfstedReport('').recommendations).toEqual([]);
  });

  it('warns when a letter has no areas for development', () => {
    const report = parseOfstedReport(LETTER_HEAD + 'Strengths\n\n- Everything is good.\n' + LETTER_TAIL);
    expect(report.recommendations).toEqual([]);
    expect(report.warnings).toContain('No recommendations section was found.');
  });
});

describe('helpers', () => {
  it('parses dates and adds months, clamping to the end of the month', () => {
    expect(parseDate('Published: 2nd August 2013')).toBe('2013-08-02');
    expect(parseDate('31 February 2013')).toBeNull();
    expect(addMonths('2013-08-31', 6)).toBe('2014-02-28');
    expect(addMonths('2015-11-30', 3)).toBe('2016-02-29');
    expect(addMonths('2013-08-02', 3)).toBe('2013-11-02');
  });

  it('normalises bullets from every glyph to one form', () => {
    const lines = normaliseLines(
      ['- a', '• b', '▪ c', '◼ d', '\uF06E e', '\uF0A7 f', '.G', '<li>h</li>'].join('\n'),
    );
    expect(lines.filter((l) => l !== '')).toEqual(['• a', '• b', '• c', '• d', '• e', '• f', '• G', '• h']);
  });

  it('property: any bullet glyph and any wrapping give back the same items', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const item = fc.array(word, { minLength: 1, maxLength: 12 });
    const glyph = fc.constantFrom('-', '•', '▪', '◼', '\uF06E', '\uF0A7');
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 5 }),
        glyph,
        fc.integer({ min: 1, max: 4 }),
        (items, g, width) => {
          const body = items
            .map((words) => {
              const lines: string[] = [];
              for (let k = 0; k < words.length; k += width) lines.push(words.slice(k, k + width).join(' '));
              return `${g} ${lines.join('\n')}.`;
            })
            .join('\n');
          const report = parseOfstedReport(`${LETTER_HEAD}Areas for development\n\n${body}${LETTER_TAIL}`);
          expect(report.recommendations.map((r) => r.text)).toEqual(
            items.map((words) => `${words.join(' ')}.`),
          );
        },
      ),
    );
  });
});
