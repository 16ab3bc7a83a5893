/**
 * When the header names no deadline, lead or RAG column but another column holds what is missing
 * (dates, people, ratings), the Check view offers it in one click: "Use column E as the deadline" saves
 * that column in the sheet's corrected mapping (the hidden state sheet, as the mapping editor does,
 * through the engine's `saveSuggestedColumn` task) and checks again. Nothing in the plan itself
 * changes, and no column is added beside the real one.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ColumnSuggestionItem, SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { useSaveThenCheck } from '../hooks/useHostAction';
import { SaveStatus } from './Outcome';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnSuggestionsProps {
  /** The sheet as the last check read it: its suggestions. */
  plan: SheetReport;
  engine: PaneEngine;
  /** Checks the workbook again once the mapping is saved. */
  onSaved: () => Promise<void> | void;
}

export function ColumnSuggestions({ plan, engine, onSaved }: ColumnSuggestionsProps) {
  const styles = useStyles();
  const saver = useSaveThenCheck(plan, onSaved);
  if (plan.suggestions.length === 0 && !saver.note && !saver.error) return null;

  /** One write, then the view checks again; the suggestion is gone then, so focus goes to what happened. */
  const use = (s: ColumnSuggestionItem) =>
    saver.save(
      () => engine.run('saveSuggestedColumn', { sheet: plan.sheet, role: s.role, letter: s.letter }),
      `Column ${s.letter} is now read as the ${s.roleName}, and saved in the workbook.`,
    );

  return (
    <div className={styles.root}>
      {plan.suggestions.map((s) => (
        <MessageBar key={s.role} intent="info" layout="multiline">
          <MessageBarBody>{s.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={saver.saving} onClick={() => void use(s)}>
              {s.label}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      <SaveStatus save={saver} failedTitle="Column not saved" noteClassName={styles.muted} />
    </div>
  );
}
