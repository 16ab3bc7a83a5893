/**
 * When the header names no deadline, lead or RAG column but another column holds what is missing
 * (dates, people, ratings), the Check view offers it in one click: "Use column E as the deadline" saves
 * that column in the sheet's corrected mapping (the hidden state sheet, as the mapping editor does,
 * through the engine's `saveSuggestedColumn` task) and checks again. Nothing in the plan itself
 * changes, and no column is added beside the real one.
 */
import { useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ColumnSuggestionItem, SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { restoreFocus, useFocusAfterCheck } from '../hooks/useHostAction';
import { userMessage } from '../messages';

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
  const status = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const keepFocus = useFocusAfterCheck(plan, status);
  if (plan.suggestions.length === 0 && !note && !error) return null;

  /** One write, then the view checks again; the suggestion is gone then, so focus goes to what happened. */
  const use = async (s: ColumnSuggestionItem) => {
    const from = document.activeElement;
    setSaving(s.role);
    setError(null);
    setNote(null);
    try {
      await engine.run('saveSuggestedColumn', { sheet: plan.sheet, role: s.role, letter: s.letter });
    } catch (e) {
      setError(userMessage(e));
      setSaving(null);
      setTimeout(() => restoreFocus(from, status.current), 0);
      return;
    }
    setNote(`Column ${s.letter} is now read as the ${s.roleName}, and saved in the workbook.`);
    keepFocus(from);
    try {
      await onSaved();
    } finally {
      setSaving(null);
    }
  };

  return (
    <div className={styles.root}>
      {plan.suggestions.map((s) => (
        <MessageBar key={s.role} intent="info" layout="multiline">
          <MessageBarBody>{s.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={saving !== null} onClick={() => void use(s)}>
              {s.label}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      <div ref={status} tabIndex={-1} aria-live="polite">
        {error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Column not saved</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        ) : (
          note && (
            <Text size={200} className={styles.muted}>
              {note}
            </Text>
          )
        )}
      </div>
    </div>
  );
}
