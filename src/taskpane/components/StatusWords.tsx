/**
 * The status words the tracker reads as ratings ("On track" → Green, "Not started" → unrated …), and the
 * council's own: a word in the plan the tracker does not know can be given its rating here, and a word
 * given before can be forgotten. The council's words are saved in the workbook's hidden state sheet
 * (src/core/status-mapping.ts), so they travel with it and every later check, summary and CLI run uses
 * them.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookCheck } from '../../core/check';
import type { PlanHost } from '../../core/host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import {
  DEFAULT_STATUS_MAPPING,
  STATUS_VALUES,
  STATUS_VALUE_LABELS,
  readStatusMapping,
  statusKey,
  statusMappingEdits,
  type StatusMapping,
  type StatusValue,
} from '../../core/status-mapping';
import { plainMessage } from '../hooks/useCheck';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { tableLayout: 'auto' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** No longer than this: a long invalid cell is a sentence, not a status word. */
const MAX_WORD = 40;

/** The words typed in the plan's rating cells that the tracker could not read, as typed, once each. */
export function unknownStatusWords(result: WorkbookCheck): string[] {
  const out = new Map<string, string>();
  for (const { plan } of result.sheets) {
    for (const a of plan.actions) {
      for (const r of [a.actionRag, a.impactRag]) {
        if (r.rating !== 'invalid' || r.text.length > MAX_WORD || r.text.includes('\n')) continue;
        const key = statusKey(r.text);
        if (!out.has(key)) out.set(key, r.text.trim());
      }
    }
  }
  return [...out.values()];
}

export interface StatusWordsProps {
  result: WorkbookCheck;
  snapshot: WorkbookSnapshot;
  host: PlanHost;
  /** Checks the workbook again once the words are saved. */
  onSaved: () => Promise<void> | void;
}

export function StatusWords({ result, snapshot, host, onSaved }: StatusWordsProps) {
  const styles = useStyles();
  const saved = useMemo(() => readStatusMapping(snapshot), [snapshot]);
  const unknown = useMemo(() => unknownStatusWords(result), [result]);
  const [chosen, setChosen] = useState<Record<string, StatusValue>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (mapping: StatusMapping, doing: string) => {
    setSaving(true);
    setError(null);
    try {
      await host.apply(statusMappingEdits(snapshot, mapping));
      setChosen({});
      await onSaved();
    } catch (e) {
      setError(plainMessage(e, doing));
    } finally {
      setSaving(false);
    }
  };

  const forget = (key: string) => {
    const rest = { ...saved };
    delete rest[key];
    void save(rest, 'forget the status word');
  };

  const own = Object.entries(saved);
  const title =
    unknown.length > 0
      ? `Status words (${unknown.length} not known)`
      : `Status words (${DEFAULT_STATUS_MAPPING.length + own.length} known)`;

  return (
    <Accordion collapsible>
      <AccordionItem value="status-words">
        <AccordionHeader size="small">{title}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text as="p" size={200} className={styles.muted}>
            A Status or RAG column may hold words instead of colours. The tracker reads these as ratings;
            words your council uses can be added, and are saved in this workbook.
          </Text>
          {unknown.length > 0 && (
            <section aria-label="Status words the tracker does not know" className={styles.panel}>
              <div className={styles.grid}>
                {unknown.map((word) => (
                  <Field key={word} label={`"${word}" means`} size="small">
                    <Select
                      size="small"
                      aria-label={`Rating for "${word}"`}
                      value={chosen[statusKey(word)] ?? ''}
                      disabled={saving}
                      onChange={(_e, data) =>
                        setChosen((c) => ({ ...c, [statusKey(word)]: data.value as StatusValue }))
                      }
                    >
                      <option value="">(choose)</option>
                      {STATUS_VALUES.map((v) => (
                        <option key={v} value={v}>
                          {STATUS_VALUE_LABELS[v]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                ))}
              </div>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  size="small"
                  disabled={saving || Object.values(chosen).every((v) => !v)}
                  onClick={() => void save({ ...saved, ...chosen }, 'save the status words')}
                >
                  Save status words
                </Button>
                {saving && <Spinner size="extra-tiny" label="Saving the status words…" />}
              </div>
            </section>
          )}
          <Table size="extra-small" className={styles.table} aria-label="Status words read as ratings">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Word</TableHeaderCell>
                <TableHeaderCell>Read as</TableHeaderCell>
                <TableHeaderCell>From</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {own.map(([key, value]) => (
                <TableRow key={`own-${key}`}>
                  <TableCell>{key}</TableCell>
                  <TableCell>{STATUS_VALUE_LABELS[value]}</TableCell>
                  <TableCell>
                    this workbook{' '}
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={saving}
                      aria-label={`Forget "${key}"`}
                      onClick={() => forget(key)}
                    >
                      Forget
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
              {DEFAULT_STATUS_MAPPING.map(([word, value]) => (
                <TableRow key={word}>
                  <TableCell>{word}</TableCell>
                  <TableCell>{STATUS_VALUE_LABELS[value]}</TableCell>
                  <TableCell>Plan Tracker</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
