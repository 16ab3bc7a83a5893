/**
 * Ofsted: paste (or open) the latest inspection report, see its recommendations with the actions that
 * answer them, accept or reject each suggested link (kept in the workbook, with Undo), highlight the
 * linked actions on the plan and go to any of them. Layout only: each button runs one task through the
 * engine and useHostAction says how it went. pdf.js is loaded only when a PDF is opened.
 */
import { useState, type ChangeEvent } from 'react';
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActionLink, LinkDecision, Recommendation, Timescale } from '../../core/ofsted';
import { TIMESCALE_LABELS } from '../../core/ofsted/recommendations-sheet';
import { BusyLine, OutcomeBar } from '../components/Outcome';
import type { ViewProps } from '../components/view-props';
import type { OfstedState } from '../engine/tasks';
import { useHostAction } from '../hooks/useHostAction';

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
    overflowWrap: 'anywhere',
  },
  recHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  link: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '100%' },
  fileInput: { fontSize: tokens.fontSizeBase200, maxWidth: '100%' },
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

/** The decision a change replaced, so Undo can put it back. */
interface LastDecision {
  recommendation: string;
  previous: LinkDecision | null;
}

export function OfstedView({ engine, asOf }: ViewProps) {
  const styles = useStyles();
  const action = useHostAction();
  const [text, setText] = useState('');
  const [state, setState] = useState<OfstedState | null>(null);
  const [last, setLast] = useState<LastDecision | null>(null);
  const busy = action.busy !== null;

  const read = (label: string, content: () => Promise<string>) =>
    void action.run(
      label,
      async (progress) => {
        const reportText = await content();
        setText(reportText);
        return engine.run('ofstedRead', { text: reportText, asOf }, progress);
      },
      (result) => {
        setState(result);
        setLast(null);
        const n = result.report.recommendations.length;
        return n === 0
          ? { intent: 'info', text: 'No recommendations were found in this report.' }
          : { intent: 'success', text: `${n} recommendation${n === 1 ? '' : 's'} read.` };
      },
    );

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    read('Open the report', async () => {
      if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
        const { extractPdfText } = await import('../../pdf/extract-text');
        return extractPdfText(new Uint8Array(await file.arrayBuffer()));
      }
      return file.text();
    });
  };

  const decide = (rec: Recommendation, link: ActionLink, accept: boolean) => {
    if (!state) return;
    const previous = state.decisions[rec.id] ?? null;
    void action.run(
      accept ? 'Accept the link' : 'Reject the link',
      (progress) =>
        engine.run(
          'ofstedDecide',
          { report: state.report, asOf, recommendation: rec.id, action: link.action, accept },
          progress,
        ),
      (result) => {
        setState(result);
        setLast({ recommendation: rec.id, previous });
        return {
          intent: 'success',
          text: accept
            ? `Action ${link.action} answers ${rec.id}: kept in the workbook.`
            : `Action ${link.action} is no longer suggested for ${rec.id}.`,
        };
      },
    );
  };

  const undo = () => {
    if (!state || !last) return;
    void action.run(
      'Undo',
      (progress) =>
        engine.run(
          'ofstedUndo',
          { report: state.report, asOf, recommendation: last.recommendation, previous: last.previous },
          progress,
        ),
      (result) => {
        setState(result);
        setLast(null);
        return { intent: 'success', text: `Your last decision on ${last.recommendation} was undone.` };
      },
    );
  };

  const highlight = (on: boolean) => {
    if (!state) return;
    void action.run(
      on ? 'Highlight linked actions' : 'Remove highlights',
      (progress) => engine.run('ofstedHighlight', { report: state.report, asOf, on }, progress),
      (result) => {
        setState(result);
        return {
          intent: 'success',
          text: on
            ? `${result.highlighted} linked action${result.highlighted === 1 ? '' : 's'} highlighted in light yellow.`
            : 'Highlights removed. The sheet’s own formatting is as it was.',
        };
      },
    );
  };

  const goTo = (link: ActionLink) => {
    if (!state?.sheet) return;
    const sheet = state.sheet;
    const address = state.cells[link.action] ?? `A${link.row}`;
    void action.run('Go to the action', () =>
      engine.run('apply', { edits: [{ kind: 'select', sheet, address }] }),
    );
  };

  const report = state?.report;
  const links = state?.links;
  const byRec = new Map(links?.recommendations.map((l) => [l.recommendation, l]) ?? []);

  return (
    <section className={styles.root} aria-label="Ofsted recommendations">
      <Text as="p">
        Paste the latest Ofsted inspection report, or open it as a text or PDF file, to see which actions
        answer each recommendation.
      </Text>
      <Field label="Report text">
        <Textarea
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
          disabledFocusable={busy || text.trim() === ''}
          onClick={() => read('Read the report', async () => text)}
        >
          Read report
        </Button>
      </div>
      <label className={styles.file}>
        <Text size={200}>Or open the report (.txt or .pdf):</Text>
        <input
          className={styles.fileInput}
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          disabled={busy}
          onChange={onFile}
        />
      </label>

      <BusyLine busy={action.busy} step={action.step} />
      <OutcomeBar outcome={action.outcome} outcomeRef={action.outcomeRef} />
      {last && (
        <div className={styles.toolbar}>
          <Button size="small" disabledFocusable={busy} onClick={undo}>
            Undo
          </Button>
        </div>
      )}
      {report && state && !state.sheet && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No improvement plan was found in this workbook (no sheet has a header row naming the action, lead,
            deadline and RAG columns).
          </MessageBarBody>
        </MessageBar>
      )}

      {report && links && (
        <>
          <Text as="p">
            {report.localAuthority ?? 'Local authority not found'}: {report.recommendations.length}{' '}
            recommendations,{' '}
            {links.uncovered.length === 0
              ? 'all answered by the plan.'
              : `${links.uncovered.length} not answered (${links.uncovered.join(', ')}).`}
          </Text>
          <div className={styles.toolbar}>
            <Button disabledFocusable={busy} onClick={() => highlight(true)}>
              Highlight linked actions
            </Button>
            <Button disabledFocusable={busy} onClick={() => highlight(false)}>
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
                        disabledFocusable={busy || link.source === 'confirmed'}
                        aria-label={`Accept action ${link.action} for ${rec.id}`}
                        onClick={() => decide(rec, link, true)}
                      >
                        Accept
                      </Button>
                      <Button
                        size="small"
                        disabledFocusable={busy}
                        aria-label={`Reject action ${link.action} for ${rec.id}`}
                        onClick={() => decide(rec, link, false)}
                      >
                        Reject
                      </Button>
                      <Button
                        size="small"
                        appearance="subtle"
                        disabledFocusable={busy}
                        aria-label={`Go to action ${link.action}`}
                        onClick={() => goTo(link)}
                      >
                        Go to
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
