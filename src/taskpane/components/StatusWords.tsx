/**
 * The status words the tracker reads as ratings ("On track" → Green, "Not started" → unrated …), and the
 * council's own: a word in the plan the tracker does not know can be given its rating here, and a word
 * given before can be forgotten. The council's words are saved in the workbook's hidden state sheet
 * (src/core/status-mapping.ts) by the engine's `saveStatusWords` task, so they travel with it and every
 * later check, summary and CLI run uses them. The section's title says how many words are not known;
 * its inside (StatusWordsPanel) loads when it is first opened.
 */
import { Suspense, lazy } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { StatusWordsReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';

const StatusWordsPanel = lazy(() =>
  import('./StatusWordsPanel').then((m) => ({ default: m.StatusWordsPanel })),
);

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface StatusWordsProps {
  /** The workbook's status words as the last check read them. */
  words: StatusWordsReport;
  engine: PaneEngine;
  /** Checks the workbook again once the words are saved. */
  onSaved: () => Promise<void> | void;
}

export function StatusWords({ words, engine, onSaved }: StatusWordsProps) {
  const styles = useStyles();
  const title =
    words.unknown.length > 0
      ? `Status words (${words.unknown.length} not known)`
      : `Status words (${words.known} known)`;
  return (
    <Accordion collapsible>
      <AccordionItem value="status-words">
        <AccordionHeader size="small">{title}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Suspense fallback={<Spinner size="extra-tiny" label="Loading the status words…" />}>
            <StatusWordsPanel words={words} engine={engine} onSaved={onSaved} />
          </Suspense>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
