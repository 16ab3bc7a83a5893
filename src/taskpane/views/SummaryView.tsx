/**
 * Summary: "Refresh RAG summary" rebuilds the RAG Summary and RAG History sheets (and the hidden state
 * the next refresh compares with) in one write, then shows the headline figures.
 */
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
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
import { refreshMessage, refreshStamp } from '../../core/refresh-message';
import type { Summary } from '../../core/summary';
import { refreshSummary } from '../../core/summary-sheets';
import type { ViewProps } from '../components/view-props';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SummaryView({ host, asOf }: ViewProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = refreshSummary(await host.readWorkbook(), asOf, refreshStamp(new Date()));
      await host.apply([...result.edits, { kind: 'select', sheet: 'RAG Summary', address: 'A1' }]);
      setSummary(result.summary);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const t = summary?.totals;
  return (
    <section className={styles.root} aria-label="RAG summary">
      <Text as="p">
        Build a board-ready RAG Summary sheet: counts by theme and objective, red, overdue and incomplete
        actions, and what has moved since the last refresh.
      </Text>
      <Button appearance="primary" onClick={refresh} disabled={busy} aria-label="Refresh RAG summary">
        Refresh RAG summary
      </Button>
      {busy && <Spinner size="small" label="Refreshing the summary…" />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {summary && t && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{refreshMessage(summary)}</MessageBarBody>
          </MessageBar>
          <Table aria-label="Headline figures" size="small">
            <TableHeader>
              <TableRow>
                {['Actions', 'Red', 'Amber', 'Green', 'Blue', 'Overdue', '% complete'].map((h) => (
                  <TableHeaderCell key={h}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                {[t.actions, t.red, t.amber, t.green, t.blue, t.overdue, `${summary.percentComplete}%`].map(
                  (v, i) => (
                    <TableCell key={i}>{v}</TableCell>
                  ),
                )}
              </TableRow>
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
