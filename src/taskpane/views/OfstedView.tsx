/**
 * Ofsted: paste (or open) the latest inspection report, see its recommendations with the actions that
 * answer them, accept or reject each suggested link (kept in the workbook), highlight the linked
 * actions on the plan and go to any of them. pdf.js is loaded only when a PDF is opened.
 */
import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Edit } from '../../core/edits';
import {
  confirmedLinkEdits,
  coverageSentence,
  highlightEdits,
  linkRecommendations,
  parseOfstedReport,
  readConfirmedLinks,
  removeHighlightEdits,
  type LinkDecision,
  type OfstedReport,
} from '../../core/ofsted';
import { firstPlan } from '../../core/plan-sheets';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { RecommendationReview } from '../components/RecommendationReview';
import type { ViewProps } from '../components/view-props';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileInput: { fontSize: tokens.fontSizeBase200 },
});

function message(e: unknown, doing: string): string {
  const text = e instanceof Error ? e.message : String(e);
  return `Could not ${doing}: ${text}`;
}

export function OfstedView({ host }: ViewProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [report, setReport] = useState<OfstedReport | null>(null);
  const [workbook, setWorkbook] = useState<WorkbookSnapshot | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const plan = useMemo(() => (workbook ? firstPlan(workbook) : null), [workbook]);
  const decisions = useMemo(() => (workbook ? readConfirmedLinks(workbook) : {}), [workbook]);
  const links = useMemo(
    () => (report && plan ? linkRecommendations(report, plan, { decisions }) : null),
    [report, plan, decisions],
  );

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (e) {
      setError(message(e, label.toLowerCase()));
    } finally {
      setBusy(null);
    }
  }, []);

  const readReport = useCallback(
    (reportText: string) =>
      run('Read the report', async () => {
        const parsed = parseOfstedReport(reportText);
        setReport(parsed);
        setWorkbook(await host.readWorkbook());
        if (parsed.recommendations.length === 0) setNote('No recommendations were found in this text.');
      }),
    [host, run],
  );

  const onFile = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => {
      const file = e.target.files?.[0];
      if (!file) return;
      void run('Open the report', async () => {
        let content: string;
        if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
          const { extractPdfText } = await import('../../pdf/extract-text');
          content = await extractPdfText(new Uint8Array(await file.arrayBuffer()));
        } else {
          content = await file.text();
        }
        setText(content);
        const parsed = parseOfstedReport(content);
        setReport(parsed);
        setWorkbook(await host.readWorkbook());
        if (parsed.recommendations.length === 0) setNote('No recommendations were found in this file.');
      });
    },
    [host, run],
  );

  const apply = useCallback(
    (label: string, edits: () => Edit[], done?: string) =>
      run(label, async () => {
        await host.apply(edits());
        setWorkbook(await host.readWorkbook());
        if (done) setNote(done);
      }),
    [host, run],
  );

  const decide = (label: string, changes: Record<string, LinkDecision>) => {
    if (!workbook) return;
    void apply(label, () => confirmedLinkEdits(workbook, changes));
  };

  const goTo = (place: { sheet: string; row: number }) => {
    // Rows repeat across the sheets of a plan kept over several sheets: match the sheet too.
    const action = plan?.actions.find((a) => a.sheet === place.sheet && a.row === place.row);
    const address = action?.cells.objectiveAction ?? action?.cells.action ?? `A${place.row}`;
    void run('Go to the action', () => host.apply([{ kind: 'select', sheet: place.sheet, address }]));
  };

  return (
    <section className={styles.root} aria-label="Ofsted recommendations">
      <Text as="p">
        Paste the latest Ofsted inspection report, or open it as a text or PDF file, to see which actions
        answer each recommendation.
      </Text>
      <Field label="Report text">
        <Textarea
          aria-label="Ofsted report text"
          value={text}
          onChange={(_e, data) => setText(data.value)}
          resize="vertical"
          rows={6}
          placeholder="Paste the whole report here"
        />
      </Field>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={busy !== null || text.trim() === ''}
          onClick={() => void readReport(text)}
        >
          Read report
        </Button>
        <input
          className={styles.fileInput}
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          aria-label="Open an Ofsted report file (.txt or .pdf)"
          disabled={busy !== null}
          onChange={onFile}
        />
      </div>

      {busy && <Spinner size="tiny" label={`${busy}…`} aria-live="polite" />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {report && workbook && !plan && (
        <MessageBar intent="warning">
          <MessageBarBody>
            No improvement plan was found in this workbook (no sheet has a header row naming the action, lead,
            deadline and RAG columns).
          </MessageBarBody>
        </MessageBar>
      )}

      {report && plan && links && (
        <>
          <Text as="p">
            {report.localAuthority ?? 'Local authority not found'}: {report.recommendations.length}{' '}
            recommendations. {coverageSentence(links)}
          </Text>
          <div className={styles.toolbar}>
            <Button
              disabled={busy !== null}
              onClick={() =>
                void apply(
                  'Highlight linked actions',
                  () => highlightEdits(plan, links),
                  'Linked actions highlighted.',
                )
              }
            >
              Highlight linked actions
            </Button>
            <Button
              disabled={busy !== null}
              onClick={() =>
                void apply('Remove highlights', () => removeHighlightEdits(plan), 'Highlights removed.')
              }
            >
              Remove highlights
            </Button>
          </div>
          <RecommendationReview
            report={report}
            plans={[plan]}
            links={links}
            decisions={decisions}
            busy={busy !== null}
            onDecide={decide}
            onGoTo={goTo}
          />
        </>
      )}
    </section>
  );
}
