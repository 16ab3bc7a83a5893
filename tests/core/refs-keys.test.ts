/**
 * Refs as they are compared: the key of a ref and of its objective, the last number, and the spellings
 * officers type round them (spaces, a trailing full stop, any case). Rows added where mutation testing
 * showed a rule unpinned.
 */
import { lastNumber, objectiveKey, parentKey, parseRef, refKey } from '../../src/core/refs';

describe('the key a ref is compared by', () => {
  it.each([
    ['p1.1', 'P1.1'],
    ['P1.1.', 'P1.1'],
    ['  P 1.1  ', 'P1.1'],
    ['Action  3', 'ACTION3'],
    ['1.2', '1.2'],
    ['1.2.', '1.2'],
  ])('%j → %j', (text, key) => {
    expect(refKey(text)).toBe(key);
  });
});

describe("an objective's key, to compare with its actions' parent", () => {
  it.each([
    ['1', '1', null],
    ['1.2', '1.2', '1'],
    ['1.2.3', '1.2.3', '1.2'],
    ['1(a)', '1.1', '1'],
    ['1b', '1.2', '1'],
    ['P1', 'P1', 'P'],
    ['p1.2', 'P1.2', 'P1'],
    ['A', 'A', null],
    ['Action 3', '3', null],
    ['No. 4', '4', null],
    ['Item 5', '5', null],
    ['  2.1  ', '2.1', '2'],
  ])('%j has key %j and sits under %j', (text, key, parent) => {
    expect(objectiveKey(text)).toBe(key);
    expect(parentKey(text)).toBe(parent);
  });

  it.each(['Objective 1', '1234', '1.2.3.4.5', 'ABC1', '1..2', 'Q3 2013/14'])('%j is not a ref', (text) => {
    expect(parseRef(text)).toBeNull();
  });
});

describe('the last number of a ref', () => {
  it.each([
    ['1.2.3', 3],
    ['1(b)', 2],
    ['A4', 4],
    ['Action 7', 7],
    ['A', null],
  ])('%j → %j', (text, n) => {
    expect(lastNumber(parseRef(text)!)).toBe(n);
  });
});
