/**
 * The inside of the Status words section (loaded when it is first opened, with the tracker's own list of
 * words): the words in the plan the tracker does not know, each with a choice of rating, and every word
 * read as a rating, the council's own (which can be forgotten) and the tracker's. Saving goes through
 * the engine's `saveStatusWords` task, one write; the view then checks again.
 */
import { useState } from 'react';
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  DEFAULT_STATUS_MAPPING,
  STATUS_VALUES,
  STATUS_VALUE_LABELS,
  type StatusValue,
} from '../../core/status-mapping';
import type { StatusWordsReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { useSaveThenCheck } from '../hooks/useHostAction';
import { SaveStatus } from './Outcome';
import { fieldGrid, plainTable } from './styles';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: plainTable,
  grid: fieldGrid,
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface StatusWordsPanelProps {
  /** The workbook's status words as the last check read them. */
  words: StatusWordsReport;
  engine: PaneEngine;
  /** Checks the workbook again once the words are saved. */
  onSaved: () => Promise<void> | void;
}

export function StatusWordsPanel({ words, engine, onSaved }: StatusWordsPanelProps) {
  const styles = useStyles();
  const { unknown, saved } = words;
  /** The rating chosen for each unknown word, by the word as typed. */
  const [chosen, setChosen] = useState<Record<string, StatusValue>>({});
  const saver = useSaveThenCheck(words, onSaved);
  const { saving } = saver;

  /** One write through the engine, then the view checks again; focus stays, or goes to what happened. */
  const save = (change: { set?: Record<string, StatusValue>; forget?: string[] }, done: string) =>
    saver.save(
      () => engine.run('saveStatusWords', change),
      done,
      () => setChosen({}),
    );

  const picked = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v));

  return (
    <div className={styles.panel}>
      <Text as="p" size={200} className={styles.muted}>
        A Status or RAG column may hold words instead of colours. The tracker reads these as ratings; words
        your council uses can be added, and are saved in this workbook.
      </Text>
      {unknown.length > 0 && (
        <section aria-label="Status words the tracker does not know" className={styles.panel}>
          <div className={styles.grid}>
            {unknown.map((word) => (
              <Field key={word} label={`"${word}" means`} size="small">
                <Select
                  size="small"
                  aria-label={`Rating for "${word}"`}
                  value={chosen[word] ?? ''}
                  disabled={saving}
                  onChange={(_e, data) => setChosen((c) => ({ ...c, [word]: data.value as StatusValue }))}
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
              disabled={!saving && Object.keys(picked).length === 0}
              disabledFocusable={saving}
              onClick={() => void save({ set: picked }, 'Status words saved in the workbook.')}
            >
              Save status words
            </Button>
            {saving && <Spinner size="extra-tiny" label="Saving the status words…" />}
          </div>
        </section>
      )}
      <table className={styles.table} aria-label="Status words read as ratings">
        <thead>
          <tr>
            <th scope="col">Word</th>
            <th scope="col">Read as</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {saved.map(({ key, value }) => (
            <tr key={`own-${key}`}>
              <td>{key}</td>
              <td>{STATUS_VALUE_LABELS[value]}</td>
              <td>
                this workbook{' '}
                <Button
                  size="small"
                  appearance="subtle"
                  disabledFocusable={saving}
                  aria-label={`Forget "${key}"`}
                  onClick={() => void save({ forget: [key] }, `"${key}" forgotten.`)}
                >
                  Forget
                </Button>
              </td>
            </tr>
          ))}
          {DEFAULT_STATUS_MAPPING.map(([word, value]) => (
            <tr key={word}>
              <td>{word}</td>
              <td>{STATUS_VALUE_LABELS[value]}</td>
              <td>Plan Tracker</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SaveStatus save={saver} failedTitle="Status words not saved" noteClassName={styles.muted} />
    </div>
  );
}
