/**
 * Lets an officer correct which column plays which role on a plan sheet ("the Impact RAG is column H").
 * The correction is saved in the workbook's hidden state sheet, so it travels with the workbook, and
 * every later check reads it (see src/core/mapping-override.ts). Only the roles the officer changed are
 * added to what was saved before; "Reset to detected" forgets the saved mapping of the sheet.
 */
import { useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MappingOverride } from '../../core/mapping-override';
import type { ColumnMapping, ColumnRole } from '../../core/types';
import type { SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { restoreFocus } from '../hooks/useHostAction';
import { userMessage } from '../messages';
import { ROLE_LABELS } from './labels';
import { fieldGrid } from './styles';

/** Every role, in the order the editor lists them (the order of ROLE_LABELS). */
const ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

/** The value of the "(none)" option: a letter of '' means "this plan has no such column". */
const NONE = '';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: fieldGrid,
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MappingEditorProps {
  /** The sheet as the last check read it: its columns, the columns on offer and any saved mapping. */
  plan: SheetReport;
  engine: PaneEngine;
  /** Checks the workbook again once the mapping is saved (the view's re-check). */
  onSaved: () => Promise<void> | void;
}

/** The column each role has now (as detected, with any saved correction applied), or '' for none. */
export function currentMapping(columns: ColumnMapping[]): Record<ColumnRole, string> {
  const out = Object.fromEntries(ROLES.map((r) => [r, NONE])) as Record<ColumnRole, string>;
  for (const c of columns) if (out[c.role] === NONE) out[c.role] = c.letter;
  return out;
}

export function MappingEditor({ plan, engine, onSaved }: MappingEditorProps) {
  const styles = useStyles();
  const detected = useMemo(() => currentMapping(plan.columns), [plan]);
  const options = plan.columnOptions;
  const saved = plan.savedMapping ?? undefined;
  const status = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<Partial<Record<ColumnRole, string>>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedNote, setSaved] = useState<string | null>(null);

  /** Only the roles whose column differs from the one the plan has now. */
  const changed = useMemo(() => {
    const out: MappingOverride = {};
    for (const role of ROLES) {
      const value = chosen[role];
      if (value !== undefined && value !== detected[role]) out[role] = value;
    }
    return out;
  }, [chosen, detected]);
  const hasChanges = Object.keys(changed).length > 0;

  /**
   * One apply call; the spinner stays until the view has checked the workbook again. Focus then goes
   * back to the button pressed, or (when it is now disabled) to the line that says what happened.
   */
  const save = async (mapping: MappingOverride, done: string) => {
    const from = document.activeElement;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      await engine.run('saveMapping', { sheet: plan.sheet, mapping });
    } catch (e) {
      setError(userMessage(e));
      setSaving(false);
      return;
    }
    try {
      await onSaved();
      setSaved(done);
    } finally {
      setChosen({});
      setSaving(false);
      setTimeout(() => restoreFocus(from, status.current), 0);
    }
  };

  return (
    <section className={styles.root} aria-label={`Correct the columns of ${plan.sheet}`}>
      <Text as="p" size={200} className={styles.muted}>
        {saved
          ? 'This sheet uses a column mapping saved in the workbook.'
          : 'If the tracker picked the wrong column for a role, choose the right one and save: the choice is kept in the workbook.'}
      </Text>
      <div className={styles.grid}>
        {ROLES.map((role) => {
          const value = chosen[role] ?? detected[role];
          const known = value === NONE || options.some((o) => o.letter === value);
          return (
            <Field key={role} label={ROLE_LABELS[role]} size="small">
              <Select
                size="small"
                aria-label={`Column for ${ROLE_LABELS[role]}`}
                value={value}
                disabled={saving}
                onChange={(_e, data) => setChosen((c) => ({ ...c, [role]: data.value }))}
              >
                <option value={NONE}>(none)</option>
                {!known && <option value={value}>{value}</option>}
                {options.map((o) => (
                  <option key={o.letter} value={o.letter}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="small"
          disabled={!hasChanges && !saving}
          disabledFocusable={saving}
          onClick={() => void save({ ...saved, ...changed }, 'Column mapping saved in the workbook.')}
        >
          Save mapping
        </Button>
        <Button
          size="small"
          disabled={(!saved && !hasChanges) || saving}
          onClick={() => {
            if (saved) void save({}, 'Column mapping reset to the one detected.');
            else setChosen({});
          }}
        >
          Reset to detected
        </Button>
        {saving && <Spinner size="extra-tiny" label="Saving the mapping…" />}
      </div>
      <div ref={status} tabIndex={-1} aria-live="polite">
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {savedNote && !error && (
          <Text size={200} className={styles.muted}>
            {savedNote}
          </Text>
        )}
      </div>
    </section>
  );
}
