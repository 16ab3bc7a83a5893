/** RAG cells: a Red / Amber / Green / Blue dropdown and the tracker's own colours for each rating. */
import type { Edit } from '../edits';
import type { PlanSheet } from '../plan-reader';
import { RAG_COLOURS as PALETTE } from '../rag-colours';
import type { Rating } from '../types';
import { actionRanges } from './ranges';

/** The four ratings, as the dropdown offers them and as the tracker writes them. */
export const RAG_WORDS = ['Red', 'Amber', 'Green', 'Blue'] as const;

export const RAG_PROMPT = {
  title: 'RAG rating',
  message: 'RAG rating: Red – off track, Amber – some slippage, Green – on track, Blue – complete',
};

/** Fill and text colour per rating word, from the tracker's one palette. */
export const RAG_COLOURS: { text: (typeof RAG_WORDS)[number]; fill: string; fontColour: string }[] =
  RAG_WORDS.map((text) => {
    const { fill, font } = PALETTE[text.toLowerCase() as Rating];
    return { text, fill, fontColour: font };
  });

/**
 * The RAG dropdown on one range. `errorStyle: 'warning'`: a value that is not in the list (an old
 * "Complete", a note) is kept after a warning rather than rejected, so applying the dropdown never
 * throws away what an officer typed; the check still reports it.
 */
export function ragDropdownFor(sheet: string, address: string): Edit {
  return {
    kind: 'dataValidationList',
    sheet,
    address,
    source: [...RAG_WORDS],
    prompt: { ...RAG_PROMPT },
    errorStyle: 'warning',
  };
}

/** The RAG dropdown on the Action RAG and Impact RAG cells of every action row (and no other row). */
export function ragDropdowns(plan: PlanSheet): Edit[] {
  return actionRanges(plan, ['actionRag', 'impactRag']).map((address) => ragDropdownFor(plan.sheet, address));
}

/**
 * The tracker's RAG colours on the RAG cells of every action row: its earlier colours (tag
 * 'rag-colours') are removed first, so applying again never stacks rules; the user's own conditional
 * formats are left alone. Text matching is case-insensitive, so "red" is coloured too.
 */
export function ragColours(plan: PlanSheet): Edit[] {
  const edits: Edit[] = [{ kind: 'clearConditionalFormats', sheet: plan.sheet, tag: 'rag-colours' }];
  for (const address of actionRanges(plan, ['actionRag', 'impactRag'])) {
    for (const c of RAG_COLOURS) {
      edits.push({
        kind: 'conditionalFormat',
        sheet: plan.sheet,
        address,
        tag: 'rag-colours',
        rule: { type: 'textEquals', text: c.text },
        fill: c.fill,
        fontColour: c.fontColour,
      });
    }
  }
  return edits;
}
