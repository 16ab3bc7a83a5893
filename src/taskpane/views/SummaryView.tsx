/**
 * Summary: "Refresh RAG summary" rebuilds the RAG Summary and RAG History sheets (and the hidden state
 * the next refresh compares with) in one write, then shows the headline figures as tiles that reflow
 * to the pane's width.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { refreshStamp } from '../../core/refresh-message';
import { BusyLine, OutcomeBar } from '../components/Outcome';
import type { ViewProps } from '../components/view-props';
import type { SummaryFigures } from '../engine/tasks';
import { useHostAction } from '../hooks/useHostAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(88px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function SummaryView({ engine, asOf, dueSoonDays }: ViewProps) {
  const styles = useStyles();
  const action = useHostAction();
  const [figures, setFigures] = useState<SummaryFigures | null>(null);

  const refresh = () =>
    void action.run(
      'Refresh RAG summary',
      (progress) =>
        engine.run('refreshSummary', { asOf, dueSoonDays, refreshedAt: refreshStamp(new Date()) }, progress),
      (result) => {
        setFigures(result);
        // The message starts "RAG Summary refreshed: …"; the title already says so.
        const [title, text] = result.message.includes(': ')
          ? [
              result.message.slice(0, result.message.indexOf(': ')),
              result.message.slice(result.message.indexOf(': ') + 2),
            ]
          : ['RAG Summary refreshed', result.message];
        return { intent: result.actions > 0 ? 'success' : 'info', title, text };
      },
    );

  const tiles: [string, string | number][] = figures
    ? [
        ['Actions', figures.actions],
        ['Red', figures.red],
        ['Amber', figures.amber],
        ['Green', figures.green],
        ['Blue (complete)', figures.blue],
        ['Overdue', figures.overdue],
        [`Due in ${figures.dueSoonDays} days`, figures.dueSoon],
        ['Complete', `${figures.percentComplete}%`],
      ]
    : [];

  return (
    <section className={styles.root} aria-label="RAG summary">
      <Text as="p">
        Build a board-ready RAG Summary sheet: counts by theme and objective, red, overdue, due-soon and
        incomplete actions, and what has moved since the last refresh.
      </Text>
      <Button appearance="primary" onClick={refresh} disabledFocusable={action.busy !== null}>
        Refresh RAG summary
      </Button>
      <BusyLine busy={action.busy} step={action.step} />
      <OutcomeBar outcome={action.outcome} outcomeRef={action.outcomeRef} />
      {figures && (
        <dl className={styles.figures} aria-label="Headline figures">
          {tiles.map(([label, value]) => (
            <div key={label} className={styles.figure}>
              <dt className={styles.label}>{label}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
