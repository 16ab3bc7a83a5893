import { detectHeader, roleOfHeader } from '../../src/core/header';
import { sheetFrom } from '../support/sheet';

describe('roleOfHeader', () => {
  it.each([
    ['Objective and actions', 'objectiveAction'],
    ['Objective / action', 'objectiveAction'],
    ['Lead & delivery deadline', 'leadDeadline'],
    ['Success measures and/or evidence base & key deadlines', 'successMeasures'],
    ['Impact for children & young people', 'impact'],
    ['Action RAG', 'actionRag'],
    ['Impact RAG', 'impactRag'],
    ['RAG status', 'actionRag'],
    ['Lead officer', 'lead'],
    ['Target date', 'deadline'],
    ['Timescale', 'deadline'],
    ['Progress update', 'progress'],
    ['Ofsted ref', 'ofstedRef'],
    ['Ref', 'ref'],
    ['Objective', 'objective'],
    ['Actions', 'action'],
    ['Evidence', 'evidence'],
  ])('maps "%s" to %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each(['', 'Walsall Council', 'Notes for the board meeting on Tuesday'])(
    'leaves "%s" unmapped',
    (header) => {
      expect(roleOfHeader(header)).toBeNull();
    },
  );
});

describe('detectHeader', () => {
  it('finds the header under title rows and infers a blank-headed ref column from its contents', () => {
    const sheet = sheetFrom('Plan', [
      ['STRATEGIC IMPROVEMENT PLAN'],
      ['Updated August 2013'],
      [],
      [null, 'Objective and actions', 'Lead & delivery deadline', 'Action RAG', 'Impact RAG'],
      ['1.1', 'Objective: to do things'],
      ['1.1.1', 'Do a thing', 'Jo Bloggs October 2013', 'Green', ''],
      ['1.1.2', 'Do another', 'Jo Bloggs October 2013', 'Amber', ''],
    ]);
    const found = detectHeader(sheet)!;
    expect(found.headerRow).toBe(4);
    expect(found.columns.map((c) => [c.role, c.letter, c.cell])).toEqual([
      ['ref', 'A', 'A4'],
      ['objectiveAction', 'B', 'B4'],
      ['leadDeadline', 'C', 'C4'],
      ['actionRag', 'D', 'D4'],
      ['impactRag', 'E', 'E4'],
    ]);
  });

  it('returns null for a sheet that is not a plan', () => {
    const sheet = sheetFrom('Contacts', [
      ['Name', 'Phone', 'Email'],
      ['Jo Bloggs', '01922 650000', 'jo@example.gov.uk'],
    ]);
    expect(detectHeader(sheet)).toBeNull();
  });
});
