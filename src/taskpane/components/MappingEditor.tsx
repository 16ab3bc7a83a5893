/**
 * Lets an officer correct which column plays which role on a plan sheet ("the Impact RAG is column H").
 * The correction is saved in the workbook's hidden state sheet, so it travels with the workbook, and
 * every later check reads it (see src/core/mapping-override.ts). Only the roles the officer changed are
 * added to what was saved before; "Reset to detected" forgets the saved mapping of the sheet.
 */
import { useMemo, useState } from 'react';
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
import { columnLetter } from '../../core/address';
import type { PlanHost } from '../../core/host';
import {
  mappingOverrideEdits,
  readMappingOverrides,
  type MappingOverride,
} from '../../core/mapping-override';
import type { PlanSheet } from '../../core/plan-reader';
import type { CellSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import type { ColumnRole } from '../../core/types';
import { plainMessage } from '../hooks/useCheck';
import { ROLE_LABELS } from './labels';

/** Every role, in the order the editor lists them (the order of ROLE_LABELS). */
const ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

/** The value of the "(none)" option: a letter of '' means "this plan has no such column". */
const NONE = '';

/** No more columns than this are offered (a stray cell far to the right should not make a huge list). */
const MAX_COLUMNS = 104;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MappingEditorProps {
  plan: PlanSheet;
  /** The snapshot the plan was read from: the header texts and the saved mappings come from it. */
  snapshot: WorkbookSnapshot;
  host: PlanHost;
  /** Checks the workbook again once the mapping is saved (the view's re-check). */
  onSaved: () => Promise<void> | void;
}

function cellText(cell: CellSnapshot | undefined): string {
  if (!cell || cell.error) return '';
  if (cell.text !== '') return cell.text.trim();
  return typeof cell.value === 'string' ? cell.value.trim() : '';
}

/** The column each role has now (as detected, with any saved correction applied), or '' for none. */
export function currentMapping(plan: PlanSheet): Record<ColumnRole, string> {
  const out = Object.fromEntries(ROLES.map((r) => [r, NONE])) as Record<ColumnRole, string>;
  for (const c of plan.columns) if (out[c.role] === NONE) out[c.role] = c.letter;
  return out;
}

/** The columns on offer: 'A · Ref', 'B · Objective', … ('C (blank header)' for a column with no header). */
export function columnOptions(
  plan: PlanSheet,
  snapshot: WorkbookSnapshot,
): { letter: string; label: string }[] {
  const sheet = snapshot.sheets.find((s) => s.name === plan.sheet);
  const header = sheet?.rows[plan.headerRow - 1] ?? [];
  let width = header.length;
  for (const row of sheet?.rows ?? []) width = Math.max(width, row?.length ?? 0);
  for (const c of plan.columns) width = Math.max(width, c.col + 1);
  width = Math.min(width, Math.max(MAX_COLUMNS, ...plan.columns.map((c) => c.col + 1)));
  const out: { letter: string; label: string }[] = [];
  for (let col = 0; col < width; col++) {
    const letter = columnLetter(col);
    const text = cellText(header[col]).replace(/\s+/g, ' ');
    out.push({ letter, label: text ? `${letter} · ${text}` : `${letter} (blank header)` });
  }
  return out;
}

export function MappingEditor({ plan, snapshot, host, onSaved }: MappingEditorProps) {
  const styles = useStyles();
  const detected = useMemo(() => currentMapping(plan), [plan]);
  const options = useMemo(() => columnOptions(plan, snapshot), [plan, snapshot]);
  const saved = useMemo(() => readMappingOverrides(snapshot)[plan.sheet], [snapshot, plan.sheet]);
  const [chosen, setChosen] = useState<Partial<Record<ColumnRole, string>>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

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

  /** One apply call; the spinner stays until the view has checked the workbook again. */
  const save = async (mapping: MappingOverride, doing: string) => {
    setSaving(true);
    setError(null);
    try {
      await host.apply(mappingOverrideEdits(snapshot, plan.sheet, mapping));
    } catch (e) {
      setError(plainMessage(e, doing));
      setSaving(false);
      return;
    }
    try {
      await onSaved();
    } finally {
      setChosen({});
      setSaving(false);
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
          disabled={!hasChanges || saving}
          onClick={() => void save({ ...saved, ...changed }, 'save the column mapping')}
        >
          Save mapping
        </Button>
        <Button
          size="small"
          disabled={(!saved && !hasChanges) || saving}
          onClick={() => {
            if (saved) void save({}, 'reset the column mapping');
            else setChosen({});
          }}
        >
          Reset to detected
        </Button>
        {saving && <Spinner size="extra-tiny" label="Saving the mapping…" />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
