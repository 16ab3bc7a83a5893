/**
 * When the header names no deadline, lead or RAG column but another column holds what is missing
 * (dates, people, ratings), the Check view offers it in one click: "Use column E as the deadline" saves
 * that column in the sheet's corrected mapping (the hidden state sheet, as the mapping editor does) and
 * checks again. Nothing in the plan itself changes, and no column is added beside the real one.
 */
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SUGGESTED_ROLE_NAMES, suggestionText, type ColumnSuggestion } from '../../core/column-suggestions';
import type { PlanHost } from '../../core/host';
import { mappingOverrideEdits, readMappingOverrides } from '../../core/mapping-override';
import type { PlanSheet } from '../../core/plan-reader';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { plainMessage } from '../hooks/useCheck';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ColumnSuggestionsProps {
  plan: PlanSheet;
  /** The snapshot the plan was read from: the saved mapping is kept and added to. */
  snapshot: WorkbookSnapshot;
  host: PlanHost;
  /** Checks the workbook again once the mapping is saved. */
  onSaved: () => Promise<void> | void;
}

/** The button's words: "Use column E as the deadline". */
export function suggestionLabel(s: ColumnSuggestion): string {
  return `Use column ${s.letter} as the ${SUGGESTED_ROLE_NAMES[s.role]}`;
}

export function ColumnSuggestions({ plan, snapshot, host, onSaved }: ColumnSuggestionsProps) {
  const styles = useStyles();
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (plan.suggestions.length === 0) return null;

  const use = async (s: ColumnSuggestion) => {
    setSaving(s.role);
    setError(null);
    try {
      const saved = readMappingOverrides(snapshot)[plan.sheet] ?? {};
      await host.apply(mappingOverrideEdits(snapshot, plan.sheet, { ...saved, [s.role]: s.letter }));
      await onSaved();
    } catch (e) {
      setError(plainMessage(e, 'save the column mapping'));
    } finally {
      setSaving(null);
    }
  };

  return (
    <div className={styles.root}>
      {plan.suggestions.map((s) => (
        <MessageBar key={s.role} intent="info" layout="multiline">
          <MessageBarBody>
            No column is headed as the {SUGGESTED_ROLE_NAMES[s.role]}. {suggestionText(s)}.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={saving !== null} onClick={() => void use(s)}>
              {suggestionLabel(s)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
