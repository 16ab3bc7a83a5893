/**
 * Every header synonym README lists ("What a plan looks like to the tracker") is recognised as the role it
 * is listed under: the table in README is read here, so the documentation and the code cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleOfHeader } from '../../src/core/header';
import type { ColumnRole } from '../../src/core/types';

const ROLE_NAMES: Record<string, ColumnRole> = {
  ref: 'ref',
  'objective-and-action': 'objectiveAction',
  objective: 'objective',
  action: 'action',
  'grouping (its values are the themes)': 'group',
  'lead and deadline combined': 'leadDeadline',
  lead: 'lead',
  deadline: 'deadline',
  'success measures': 'successMeasures',
  impact: 'impact',
  progress: 'progress',
  '% complete': 'percentComplete',
  'Action RAG': 'actionRag',
  'Impact RAG': 'impactRag',
  evidence: 'evidence',
  'Ofsted ref': 'ofstedRef',
  'Ofsted area': 'ofstedArea',
};

function readmeSynonyms(): [string, ColumnRole][] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('| role | headers recognised |');
  const table = readme.slice(start).split('\n\n')[0].split('\n').slice(2);
  const out: [string, ColumnRole][] = [];
  for (const line of table) {
    const [, name, cell] = line.split('|').map((c) => c.trim());
    const role = ROLE_NAMES[name];
    if (!role) throw new Error(`README lists a role the test does not know: ${name}`);
    // The headers come before any explanation (" — …" or " (…").
    const list = cell.split(' — ')[0].replace(/ \(a second.*$/, '');
    for (const header of list.split(', ')) out.push([header.replace(/…$/, '').trim(), role]);
  }
  return out;
}

const synonyms = readmeSynonyms();

it('README lists at least a hundred header synonyms over every role', () => {
  expect(synonyms.length).toBeGreaterThanOrEqual(100);
  expect(new Set(synonyms.map(([, role]) => role)).size).toBe(Object.keys(ROLE_NAMES).length);
});

it.each(synonyms)('"%s" is the %s column', (header, role) => {
  expect(roleOfHeader(header)).toBe(role);
  // In capitals, over two lines, with a trailing colon or a footnote mark it still counts.
  expect(roleOfHeader(header.toUpperCase())).toBe(role);
  expect(roleOfHeader(`${header}:`)).toBe(role);
  expect(roleOfHeader(`${header}¹`)).toBe(role);
  expect(roleOfHeader(header.replace(' ', '\n'))).toBe(role);
});
