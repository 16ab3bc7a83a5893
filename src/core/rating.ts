/**
 * Reading RAG (Red, Amber, Green, Blue = complete) cells: from their text (RAG words, status words,
 * combined ratings) or, when empty, their fill.
 */
import type { CellSnapshot } from './snapshot';
import { RAG_WORDS, statusKey, statusValue, type StatusMapping, type StatusValue } from './status-mapping';
import type { Rating, RatingReading } from './types';

/** Worst first: a combined rating ("Amber/Green") is read as its worse half. */
const SCALE: Rating[] = ['red', 'amber', 'green', 'blue'];

/** Between the halves of a combined rating: 'Amber/Green', 'Red-Amber', 'A/G', 'Amber to Green'. */
const COMBINED = /^([a-z]+)\s*(?:\/|\\|-|&|\bto\b)\s*([a-z]+)$/;

function ragWord(key: string): Rating | undefined {
  // Own keys only: typed text such as '__proto__' must not reach Object's prototype.
  return Object.hasOwn(RAG_WORDS, key) ? RAG_WORDS[key] : undefined;
}

function fromStatus(value: StatusValue, text: string): RatingReading {
  return value === 'not-started'
    ? { rating: 'unrated', text, byColour: false, via: 'status', notStarted: true }
    : { rating: value, text, byColour: false, via: 'status' };
}

/**
 * A typed rating (the text already trimmed): a RAG word or letter (any case, one trailing full stop
 * allowed), a status word (the council's own mapping, then the defaults in status-mapping.ts), or two
 * RAG words ("Amber/Green") read as the worse. Anything else ("Green - on track", "Purple") is invalid,
 * never guessed.
 */
export function readRatingText(text: string, mapping?: StatusMapping): RatingReading {
  if (text === '') return { rating: 'unrated', text, byColour: false };
  const key = statusKey(text);
  const own = mapping && Object.hasOwn(mapping, key) ? mapping[key] : undefined;
  if (own) return fromStatus(own, text);
  const rag = ragWord(key);
  if (rag) return { rating: rag, text, byColour: false };
  // "On-track", "Not-started": a hyphen for a space.
  const status = statusValue(key, mapping) ?? statusValue(key.replace(/-/g, ' '), mapping);
  if (status) return fromStatus(status, text);
  const halves = COMBINED.exec(key);
  const first = halves ? ragWord(halves[1]) : undefined;
  const second = halves ? ragWord(halves[2]) : undefined;
  if (first && second) {
    const worse = SCALE[Math.min(SCALE.indexOf(first), SCALE.indexOf(second))];
    return { rating: worse, text, byColour: false, via: 'combined' };
  }
  return { rating: 'invalid', text, byColour: false };
}

/** The rating a typed text stands for (see readRatingText). */
export function parseRatingText(text: string, mapping?: StatusMapping): Rating {
  return readRatingText(text.trim(), mapping).rating;
}

/** Hue (0–360), saturation and lightness (0–1) of an RGB colour. */
function hsl(r: number, g: number, b: number): { h: number; s: number; l: number } {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  const d = max - min;
  // Stryker disable next-line ConditionalExpression: equivalent, a grey's saturation is 0 or NaN and is refused
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === rr) h = 60 * (((gg - bb) / d + 6) % 6);
  else if (max === gg) h = 60 * ((bb - rr) / d + 2);
  else h = 60 * ((rr - gg) / d + 4);
  return { h, s, l };
}

/** Below this saturation a fill is a grey; outside these lightnesses it is near black or near white. */
const MIN_SATURATION = 0.25;
const MIN_LIGHTNESS = 0.15;
const MAX_LIGHTNESS = 0.9;

/**
 * The RAG rating a solid fill ('#RRGGBB') stands for, or null for no fill, white, greys, black, very pale
 * tints and colours that are not RAG colours (purples, pinks). Hue bands: red 345–15, amber (orange and
 * yellow) 15–70, green 70–165, blue 165–255.
 */
export function ratingFromColour(hex: string | undefined): Rating | null {
  if (!hex) return null;
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const { h, s, l } = hsl(parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16));
  if (s < MIN_SATURATION || l < MIN_LIGHTNESS || l >= MAX_LIGHTNESS) return null;
  if (h >= 345 || h < 15) return 'red';
  if (h < 70) return 'amber';
  if (h < 165) return 'green';
  if (h < 255) return 'blue';
  return null;
}

/** Reads a RAG cell: its text when it has any (even if filled), else its fill colour. */
export function readRatingCell(cell: CellSnapshot | undefined, mapping?: StatusMapping): RatingReading {
  if (!cell) return { rating: 'unrated', text: '', byColour: false };
  const typed = cell.text.trim() !== '' ? cell.text : typeof cell.value === 'string' ? cell.value : '';
  const text = typed.trim();
  if (text !== '') return readRatingText(text, mapping);
  const colour = ratingFromColour(cell.fill);
  return colour
    ? { rating: colour, text: '', byColour: true }
    : { rating: 'unrated', text: '', byColour: false };
}
