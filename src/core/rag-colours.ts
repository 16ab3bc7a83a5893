/** The fill and text colour of each rating, one palette for the RAG colours on plans and the summary. */
import type { Rating } from './types';

/**
 * Every rating carries black text, set with its fill so a colour never depends on the cell's old font.
 * Black reads at 5.2:1 or better on each fill; white would be 4.0:1 on red and 2.9:1 on green, under the
 * 4.5:1 WCAG asks for normal text (tests/core/rag-colours.test.ts measures it).
 */
export const RAG_COLOURS: Record<Rating, { fill: string; font: string }> = {
  red: { fill: '#FF0000', font: '#000000' },
  amber: { fill: '#FFC000', font: '#000000' },
  green: { fill: '#00B050', font: '#000000' },
  blue: { fill: '#00B0F0', font: '#000000' },
  unrated: { fill: '#D9D9D9', font: '#000000' },
  invalid: { fill: '#7F7F7F', font: '#000000' },
};
