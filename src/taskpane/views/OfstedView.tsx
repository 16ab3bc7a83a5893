/**
 * Ofsted: paste (or open) the latest inspection report, with its publication date when the report does
 * not state it, and review which actions answer each recommendation (RecommendationReview: a checklist
 * with a progress line, a filter, accept / reject / undo on each suggestion and a batch accept), highlight
 * the linked actions on the plan and go to any of them. Layout only: each button runs one task through
 * the engine (tasks.ts: read, decide in the core, one write) and useHostAction says how it went. The
 * last change (one decision or a batch) can be undone in one step. pdf.js is loaded only when a PDF is
 * opened.
 */
import { useState, type ChangeEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ukLongDate } from '../../core/dates';
import type { LinkDecision } from '../../core/ofsted/confirmed-links';
import type { LinkChange } from '../../core/ofsted/decisions';
import { coverageSentence } from '../../core/ofsted/reasons';
import type { OfstedReport } from '../../core/ofsted/types';
import { BusyLine, OutcomeBar } from '../components/Outcome';
import { RecommendationReview } from '../components/RecommendationReview';
import type { ViewProps } from '../components/view-props';
import type { OfstedChange, OfstedState, ReviewAction } from '../engine/tasks';
import { useHostAction, type Outcome } from '../hooks/useHostAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '100%' },
  fileInput: { fontSize: tokens.fontSizeBase200, maxWidth: '100%' },
  date: { maxWidth: '100%' },
});

/** The decisions a change replaced, so Undo can put them back in one write. */
interface LastChange {
  previous: Record<string, LinkDecision | null>;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where the report's publication date came from, in a sentence. */
function publishedText(report: OfstedReport): string {
  if (!report.publicationDate)
    return 'Published: not stated in the report, so no due dates were worked out. Give the date under "Published" and read the report again.';
  const date = ukLongDate(report.publicationDate);
  return report.publicationDateSource === 'given'
    ? `Published ${date} (as you gave it).`
    : `Published ${date}.`;
}

/** What a change did, for the outcome bar. */
function changeOutcome(change: LinkChange, result: OfstedChange): Omit<Outcome, 'title'> {
  if (change.kind === 'accept-all') {
    return result.count === 0
      ? {
          intent: 'info',
          text: `No suggestion waiting for review is at ${Math.round(change.minConfidence * 100)}% or more now: nothing was changed.`,
        }
      : { intent: 'success', text: `${plural(result.count, 'suggestion')} accepted: kept in the workbook.` };
  }
  if (result.count === 0) return { intent: 'info', text: 'Nothing was changed.' };
  const { action, recommendation } = change;
  const text = {
    accept: `Action ${action} answers ${recommendation}: kept in the workbook.`,
    reject: `Action ${action} is no longer suggested for ${recommendation}.`,
    undo: `Your decision on action ${action} for ${recommendation} was undone.`,
  }[change.how];
  return { intent: 'success', text };
}

export function OfstedView({ engine }: ViewProps) {
  const styles = useStyles();
  const action = useHostAction();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [state, setState] = useState<OfstedState | null>(null);
  const [last, setLast] = useState<LastChange | null>(null);
  const busy = action.busy !== null;

  const read = (label: string, content: () => Promise<string>) =>
    void action.run(
      label,
      async (progress) => {
        const reportText = await content();
        setText(reportText);
        return engine.run('ofstedRead', { text: reportText, published }, progress);
      },
      (result) => {
        setState(result);
        setLast(null);
        const n = result.report.recommendations.length;
        if (n === 0) return { intent: 'info', text: 'No recommendations were found in this report.' };
        const undated = result.report.publicationDate
          ? ''
          : ' The report does not say when it was published: give the date under "Published" and read it again to work out the due dates.';
        return {
          intent: undated ? 'warning' : 'success',
          text: `${plural(n, 'recommendation')} read.${undated}`,
        };
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

  const decide = (label: string, change: LinkChange) => {
    if (!state) return;
    void action.run(
      label,
      (progress) => engine.run('ofstedDecide', { report: state.report, change }, progress),
      (result) => {
        setState(result);
        setLast(result.count > 0 ? { previous: result.previous } : null);
        return changeOutcome(change, result);
      },
    );
  };

  const undo = () => {
    if (!state || !last) return;
    const ids = Object.keys(last.previous);
    void action.run(
      'Undo',
      (progress) => engine.run('ofstedUndo', { report: state.report, previous: last.previous }, progress),
      (result) => {
        setState(result);
        setLast(null);
        return {
          intent: 'success',
          text:
            ids.length === 1
              ? `Your last decision on ${ids[0]} was undone.`
              : `Your last decisions on ${ids.join(', ')} were undone.`,
        };
      },
    );
  };

  const highlight = (on: boolean) => {
    if (!state) return;
    void action.run(
      on ? 'Highlight linked actions' : 'Remove highlights',
      (progress) => engine.run('ofstedHighlight', { report: state.report, on }, progress),
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

  /** Selects the action's cell on its own sheet (a plan may be kept over several). */
  const goTo = (target: ReviewAction) =>
    void action.run('Go to the action', () =>
      engine.run('apply', { edits: [{ kind: 'select', sheet: target.sheet, address: target.cell }] }),
    );

  const report = state?.report;
  const links = state?.links;

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
      <Field
        label="Published"
        hint="Only needed when the report does not say (inspections of local authority children’s services do not): the date is on the report’s page on the Ofsted website."
      >
        <Input
          className={styles.date}
          type="date"
          value={published}
          onChange={(_e, data) => setPublished(data.value)}
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
            Undo last change
          </Button>
        </div>
      )}
      {report && state && state.sheets.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No improvement plan was found in this workbook (no sheet has a header row naming the action, lead,
            deadline and RAG columns).
          </MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <Text as="p" size={200} className={styles.muted}>
          {publishedText(report)}
        </Text>
      )}
      {report && state && links && (
        <>
          <Text as="p">
            {report.localAuthority ?? 'Local authority not found'}:{' '}
            {plural(report.recommendations.length, 'recommendation')}.
            {/* The review's progress line says how many are linked; "all linked" is said only when so. */}
            {links.counts.linked === report.recommendations.length && ` ${coverageSentence(links)}`}
          </Text>
          <div className={styles.toolbar}>
            <Button disabledFocusable={busy} onClick={() => highlight(true)}>
              Highlight linked actions
            </Button>
            <Button disabledFocusable={busy} onClick={() => highlight(false)}>
              Remove highlights
            </Button>
          </div>
          <RecommendationReview
            report={report}
            links={links}
            decisions={state.decisions}
            actions={state.actions}
            busy={busy}
            onDecide={decide}
            onGoTo={goTo}
          />
        </>
      )}
    </section>
  );
}
