/**
 * A small Excel formula evaluator for the preview's conditional formats: enough for the tracker's own
 * rules (`AND(TRIM(E6)="Red",ISTEXT("PlanTracker:rag-colours"))`, `OR(TRIM($A8)="1.2",…)`, `TRUE`) and
 * the simple rules people write themselves (comparisons, AND/OR/NOT/IF, text and IS functions, TODAY).
 * References are relative to the rule's top-left cell, as in Excel; `$` fixes a row or column. A
 * formula it cannot read, or a function it does not know, makes the rule not apply (never an error).
 */
import { columnIndex } from '../core/address';

export type Value = string | number | boolean | null;

/** Reads a cell of the sheet by 0-based row and column. */
export type CellReader = (row: number, col: number) => Value;

type Node =
  | { t: 'lit'; v: Value }
  | { t: 'ref'; row: number; col: number; absRow: boolean; absCol: boolean }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'un'; op: '-' | '+'; arg: Node }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'arr'; items: Value[] };

class Unsupported extends Error {}

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re =
    /\s*("(?:[^"]|"")*"|\$?[A-Za-z]{1,3}\$?\d+|[A-Za-z_][A-Za-z0-9_.]*|\d+(?:\.\d+)?(?:E[+-]?\d+)?|\.\d+|<>|<=|>=|[-+*/&=<>(),{};^%])/y;
  let at = 0;
  while (at < src.length) {
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(at))) break;
      throw new Unsupported(`cannot read "${src.slice(at, at + 10)}"`);
    }
    tokens.push(m[1]);
    at = re.lastIndex;
  }
  return tokens;
}

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

function parse(src: string): Node {
  const tokens = tokenize(src.replace(/^\s*=/, ''));
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new Unsupported(`expected ${t}`);
  };

  const literal = (tok: string): Value => {
    if (tok.startsWith('"')) return tok.slice(1, -1).replace(/""/g, '"');
    if (/^[\d.]/.test(tok)) return Number(tok);
    if (/^(TRUE|FALSE)$/i.test(tok)) return tok.toUpperCase() === 'TRUE';
    throw new Unsupported(`not a constant: ${tok}`);
  };

  const primary = (): Node => {
    const tok = next();
    if (tok === undefined) throw new Unsupported('formula ends early');
    if (tok === '(') {
      const inner = expression(0);
      expect(')');
      return inner;
    }
    if (tok === '-' || tok === '+') return { t: 'un', op: tok, arg: primary() };
    if (tok === '{') {
      const items: Value[] = [];
      while (peek() !== '}') {
        const sign = peek() === '-' ? (next(), -1) : 1;
        const v = literal(next());
        items.push(typeof v === 'number' ? v * sign : v);
        if (peek() === ',' || peek() === ';') next();
      }
      next();
      return { t: 'arr', items };
    }
    if (tok.startsWith('"') || /^[\d.]/.test(tok)) return { t: 'lit', v: literal(tok) };
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(tok);
    if (ref && peek() !== '(') {
      return {
        t: 'ref',
        absCol: ref[1] === '$',
        col: columnIndex(ref[2].toUpperCase()),
        absRow: ref[3] === '$',
        row: Number(ref[4]) - 1,
      };
    }
    if (peek() === '(') {
      next();
      const args: Node[] = [];
      while (peek() !== ')') {
        args.push(expression(0));
        if (peek() === ',') next();
        else if (peek() !== ')') throw new Unsupported('expected , or )');
      }
      next();
      return { t: 'fn', name: tok.toUpperCase().replace(/^_XLFN\./, ''), args };
    }
    if (/^(TRUE|FALSE)$/i.test(tok)) return { t: 'lit', v: tok.toUpperCase() === 'TRUE' };
    throw new Unsupported(`unknown name ${tok}`);
  };

  const expression = (min: number): Node => {
    let left = primary();
    if (peek() === '%') {
      next();
      left = { t: 'bin', op: '/', l: left, r: { t: 'lit', v: 100 } };
    }
    for (;;) {
      const op = peek();
      const prec = op === undefined ? undefined : PRECEDENCE[op];
      if (prec === undefined || prec < min) break;
      next();
      left = { t: 'bin', op, l: left, r: expression(prec + 1) };
    }
    return left;
  };

  const node = expression(0);
  if (i !== tokens.length) throw new Unsupported('unexpected text after the formula');
  return node;
}

function text(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function number(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Unsupported('not a number');
  return n;
}

function truthy(v: Value): boolean {
  if (typeof v === 'string') {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    throw new Unsupported('text is not TRUE or FALSE');
  }
  return number(v) !== 0;
}

/** Excel's comparison: text ignores case; numbers sort before text, text before logical values. */
function compare(a: Value, b: Value): number {
  const rank = (v: Value) => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

interface Env {
  cell: CellReader;
  /** Offset of the cell being formatted from the rule's top-left cell. */
  dRow: number;
  dCol: number;
  today: number;
}

function evaluate(node: Node, env: Env): Value {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'arr':
      throw new Unsupported('an array outside MATCH');
    case 'ref':
      return env.cell(
        node.absRow ? node.row : node.row + env.dRow,
        node.absCol ? node.col : node.col + env.dCol,
      );
    case 'un': {
      const v = number(evaluate(node.arg, env));
      return node.op === '-' ? -v : v;
    }
    case 'bin': {
      const l = evaluate(node.l, env);
      const r = evaluate(node.r, env);
      switch (node.op) {
        case '&':
          return text(l) + text(r);
        case '+':
          return number(l) + number(r);
        case '-':
          return number(l) - number(r);
        case '*':
          return number(l) * number(r);
        case '/':
          return number(l) / number(r);
        case '^':
          return number(l) ** number(r);
        case '=':
          return compare(l, r) === 0;
        case '<>':
          return compare(l, r) !== 0;
        case '<':
          return compare(l, r) < 0;
        case '>':
          return compare(l, r) > 0;
        case '<=':
          return compare(l, r) <= 0;
        case '>=':
          return compare(l, r) >= 0;
      }
      throw new Unsupported(node.op);
    }
    case 'fn':
      return call(node.name, node.args, env);
  }
}

function call(name: string, args: Node[], env: Env): Value {
  const v = (i: number) => evaluate(args[i], env);
  switch (name) {
    case 'AND':
      return args.every((_, i) => truthy(v(i)));
    case 'OR':
      return args.some((_, i) => truthy(v(i)));
    case 'NOT':
      return !truthy(v(0));
    case 'IF':
      return truthy(v(0)) ? (args[1] ? v(1) : true) : args[2] ? v(2) : false;
    case 'TRUE':
      return true;
    case 'FALSE':
      return false;
    case 'TRIM':
      return text(v(0)).trim().replace(/ {2,}/g, ' ');
    case 'LOWER':
      return text(v(0)).toLowerCase();
    case 'UPPER':
      return text(v(0)).toUpperCase();
    case 'LEN':
      return text(v(0)).length;
    case 'LEFT':
      return text(v(0)).slice(0, args[1] ? number(v(1)) : 1);
    case 'RIGHT': {
      const s = text(v(0));
      return s.slice(Math.max(0, s.length - (args[1] ? number(v(1)) : 1)));
    }
    case 'MID':
      return text(v(0)).substr(number(v(1)) - 1, number(v(2)));
    case 'EXACT':
      return text(v(0)) === text(v(1));
    case 'ISTEXT':
      return typeof v(0) === 'string' && v(0) !== '';
    case 'ISNUMBER':
      return typeof v(0) === 'number';
    case 'ISBLANK':
      return v(0) === null;
    case 'ISLOGICAL':
      return typeof v(0) === 'boolean';
    case 'SEARCH':
    case 'FIND': {
      const needle = text(v(0));
      const hay = text(v(1));
      const at = name === 'SEARCH' ? hay.toLowerCase().indexOf(needle.toLowerCase()) : hay.indexOf(needle);
      if (at < 0) throw new Unsupported('#VALUE!');
      return at + 1;
    }
    case 'ISERROR':
    case 'ISERR':
    case 'ISNA':
      try {
        v(0);
        return false;
      } catch (e) {
        if (e instanceof Unsupported && e.message === '#VALUE!') return true;
        throw e;
      }
    case 'MATCH': {
      const wanted = v(0);
      const list = args[1];
      if (list?.t !== 'arr') throw new Unsupported('MATCH over a range');
      const at = list.items.findIndex((item) => compare(item, wanted) === 0);
      if (at < 0) throw new Unsupported('#VALUE!');
      return at + 1;
    }
    case 'TODAY':
      return env.today;
    case 'VALUE':
      return number(v(0));
    default:
      throw new Unsupported(`function ${name}`);
  }
}

/** A compiled rule formula: call it for each cell of the rule's range. */
export type CompiledFormula = (dRow: number, dCol: number) => boolean;

/**
 * Compiles `formula` (with or without '='). The result tells whether the formula is true for the cell
 * `dRow` rows and `dCol` columns from the rule's top-left cell. Null when the formula is beyond this
 * evaluator; a formula that fails for one cell (a #VALUE!) is false for that cell.
 */
export function compileFormula(formula: string, cell: CellReader, today: number): CompiledFormula | null {
  let node: Node;
  try {
    node = parse(formula);
  } catch {
    return null;
  }
  return (dRow, dCol) => {
    try {
      return truthy(evaluate(node, { cell, dRow, dCol, today }));
    } catch {
      return false;
    }
  };
}
