/** Judgement tables as their text comes out of a PDF, generated: area → grade pairs, clean. */
import * as fc from 'fast-check';
import { parseOfstedReport } from '../../src/core/ofsted';

const AREAS = [
  'The impact of leaders on social work practice with children and families',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care',
  'The experiences and progress of care leavers',
  'Overall effectiveness',
];
const GRADES = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

/** A cell's words over `parts` lines, later lines in lower case as a wrapped cell is. */
function split(text: string, parts: number): string[] {
  const words = text.split(' ');
  const size = Math.ceil(words.length / parts);
  const out: string[] = [];
  for (let k = 0; k < words.length; k += size) out.push(words.slice(k, k + size).join(' '));
  return out;
}

describe('judgement tables', () => {
  it('property: areas and grades over one to three lines, in the order pdftotext or the PDF gives them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 2 }),
            fc.integer({ min: 1, max: 3 }),
            fc.constantFrom(...GRADES),
          ),
          {
            minLength: AREAS.length,
            maxLength: AREAS.length,
          },
        ),
        fc.constantFrom('text', 'pdf'),
        (rows, order) => {
          const table: string[] = ['Judgement', '', 'Grade', ''];
          rows.forEach(([areaLines, gradeLines, grade], k) => {
            const area = split(AREAS[k], AREAS[k].includes(' ') ? areaLines : 1);
            const g = split(grade, Math.min(gradeLines, grade.split(' ').length));
            // pdftotext prints the area then the grade; a PDF read by position may put a one-line grade
            // between the two lines of its area (it is centred on the row).
            if (order === 'pdf' && area.length === 2 && g.length === 1)
              table.push(area[0], g[0], area[1], '');
            else table.push(...area, '', ...g, '');
          });
          const text = [
            'Inspection of Exampleton local authority',
            'children’s services',
            'Inspection dates: 9 to 20 January 2026',
            'Lead inspector: A Person, His Majesty’s Inspector',
            ...table,
            'Children and their families receive a good service in Exampleton. Leaders know their',
            'services well and have made improvements since the last inspection, which was some',
            'time ago. They have a clear and accurate understanding of the quality of practice.',
          ].join('\n');
          expect(parseOfstedReport(text).judgements).toEqual(
            rows.map(([, , grade], k) => ({ area: AREAS[k], grade })),
          );
        },
      ),
    );
  });

  it('reads the overall judgement and the board’s as sentences', () => {
    const text = [
      'Exampleton Borough Council',
      'Inspection of services for children in need of help and',
      'protection, children looked after and care leavers',
      'Inspection date: 11 April to 5 May 2016',
      'Report published: 27 June 2016',
      'Children’s services in Exampleton require improvement to be',
      'good',
      '1. Children who need help and protection',
      '',
      'Requires',
      'improvement to be',
      'good',
      '',
      'The effectiveness of the Local Safeguarding Children Board (LSCB) is',
      'inadequate',
      'The arrangements in place to evaluate the effectiveness of what is done by the',
      'partners require improvement.',
    ].join('\n');
    expect(parseOfstedReport(text).judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Requires improvement to be good' },
      { area: 'Children who need help and protection', grade: 'Requires improvement to be good' },
      { area: 'The effectiveness of the Local Safeguarding Children Board (LSCB)', grade: 'Inadequate' },
    ]);
  });
});
