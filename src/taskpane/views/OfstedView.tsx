/**
 * Ofsted: paste (or open) the latest inspection report, see its recommendations with the actions that
 * answer them, accept or reject each suggested link (kept in the workbook), highlight the linked
 * actions on the plan and go to any of them. pdf.js is loaded only when a PDF is opened.
 */
import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import {
  Badge,
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
  TIMESCALE_LABELS,
  actionKey,
  confirmLink,
  confirmedLinkEdits,
  highlightEdits,
  linkRecommendations,
  parseOfstedReport,
  readConfirmedLinks,
  rejectLink,
  removeHighlightEdits,
  type ActionLink,
  type OfstedReport,
  type Recommendation,
  type Timescale,
} from '../../core/ofsted';
import { firstPlan } from '../../core/plan-sheets';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { ViewProps } from '../components/view-props';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  rec: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  recHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  link: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  fileInput: { fontSize: tokens.fontSizeBase200 },
});

const BADGE_COLOUR: Record<Timescale, 'danger' | 'warning' | 'informative' | 'subtle'> = {
  immediate: 'danger',
  '3-months': 'warning',
  '6-months': 'informative',
  priority: 'danger',
  development: 'informative',
  unspecified: 'subtle',
};

const SOURCE_LABEL: Record<ActionLink['source'], string> = {
  confirmed: 'confirmed by you',
  'ref-column': 'Ofsted ref column',
  marker: 'marked in the plan',
  text: 'similar wording',
};

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

  const decide = (rec: Recommendation, link: ActionLink, accept: boolean) => {
    if (!workbook) return;
    const previous = decisions[rec.id];
    const decision = accept
      ? confirmLink(previous, link.action, rec)
      : rejectLink(previous, link.action, rec);
    void apply(accept ? 'Accept the link' : 'Reject the link', () =>
      confirmedLinkEdits(workbook, { [rec.id]: decision }),
    );
  };

  const goTo = (link: ActionLink) => {
    if (!plan) return;
    const action = plan.actions.find((a) => actionKey(a) === link.action);
    const address = action?.cells.objectiveAction ?? action?.cells.action ?? `A${link.row}`;
    const sheet = action?.sheet ?? plan.sheet;
    void run('Go to the action', () => host.apply([{ kind: 'select', sheet, address }]));
  };

  const byRec = new Map(links?.recommendations.map((l) => [l.recommendation, l]) ?? []);

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
            recommendations,{' '}
            {links.uncovered.length === 0
              ? 'all answered by the plan.'
              : `${links.uncovered.length} not answered (${links.uncovered.join(', ')}).`}
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
          <ul className={styles.list} aria-label="Recommendations">
            {report.recommendations.map((rec) => {
              const recLinks = byRec.get(rec.id);
              const linked = new Set(recLinks?.linked.map((l) => l.action) ?? []);
              return (
                <li key={rec.id} className={styles.rec}>
                  <div className={styles.recHead}>
                    <Text weight="semibold">{rec.id}</Text>
                    <Badge appearance="tint" color={BADGE_COLOUR[rec.timescale]}>
                      {TIMESCALE_LABELS[rec.timescale]}
                    </Badge>
                    {rec.dueBy && (
                      <Text className={styles.muted}>due {rec.dueBy.split('-').reverse().join('/')}</Text>
                    )}
                    {linked.size === 0 && (
                      <Badge appearance="filled" color="danger">
                        Not answered
                      </Badge>
                    )}
                  </div>
                  <Text>{rec.text}</Text>
                  {(recLinks?.suggestions ?? []).slice(0, 3).map((link) => (
                    <div key={link.action} className={styles.link}>
                      <Text weight={linked.has(link.action) ? 'semibold' : 'regular'}>
                        Action {link.action}
                      </Text>
                      <Text className={styles.muted}>
                        {Math.round(link.confidence * 100)}% · {SOURCE_LABEL[link.source]}
                      </Text>
                      <Button
                        size="small"
                        disabled={busy !== null || link.source === 'confirmed'}
                        aria-label={`Accept action ${link.action} as answering ${rec.id}`}
                        onClick={() => decide(rec, link, true)}
                      >
                        Accept
                      </Button>
                      <Button
                        size="small"
                        disabled={busy !== null}
                        aria-label={`Reject action ${link.action} for ${rec.id}`}
                        onClick={() => decide(rec, link, false)}
                      >
                        Reject
                      </Button>
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy !== null}
                        aria-label={`Go to action ${link.action}`}
                        onClick={() => goTo(link)}
                      >
                        Go to action
                      </Button>
                    </div>
                  ))}
                  {(recLinks?.suggestions.length ?? 0) === 0 && (
                    <Text className={styles.muted}>No action in the plan looks like it answers this.</Text>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
