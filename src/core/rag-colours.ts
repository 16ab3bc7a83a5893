/** The fill and text colour of each rating, one palette for the RAG colours on plans and the summary. */
import type { Rating } from './types';

/** Amber and Blue carry black text and Red and Green white, so a colour never depends on the cell's old font. */
export const RAG_COLOURS: Record<Rating, { fill: string; font: string }> = {
  red: { fill: '#FF0000', font: '#FFFFFF' },
  amber: { fill: '#FFC000', font: '#000000' },
  green: { fill: '#00B050', font: '#FFFFFF' },
  blue: { fill: '#00B0F0', font: '#000000' },
  unrated: { fill: '#D9D9D9', font: '#000000' },
  invalid: { fill: '#7F7F7F', font: '#FFFFFF' },
};
