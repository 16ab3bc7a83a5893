/**
 * Check: reads the workbook, runs every validation rule on each plan sheet and shows, for each, two
 * parts: *Fix before the board* (what is wrong in the sheet, by severity and rule, with the one-click
 * fixes) and *Where the plan stands* (overdue, due soon, not started). A finding or an action selects its
 * cell; "Fix" and "Review fixes" show the cells a fix would change before anything is written. The plan
 * is checked again whenever it changes. Above the sheets, the status words the plan uses (the workbook's
 * own, and a way to give an unknown word its rating); in each sheet's details, a column offered for a
 * role its header does not name ("Use column D as the deadline").
 *
 * Each plan sheet is one <PlanSheetSection>: new per-sheet parts go there.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../core/types';
import type { StandingItem } from '../../core/standing';
import { ColumnSuggestions } from '../components/ColumnSuggestions';
import { FindingGroups } from '../components/FindingGroups';
import type { FixChoice, FixReview } from '../components/FixDialog';
import { appliedText } from '../components/fix-text';
import { OutcomeBar } from '../components/Outcome';
import { SheetDetails } from '../components/SheetDetails';
import { StandingGroups } from '../components/StandingGroups';
import { StatusWords } from '../components/StatusWords';
import { SEVERITY_ORDER, clockTime, countText } from '../components/labels';
import type { ViewProps } from '../components/view-props';
import type { FixSummary, SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { useCheck } from '../hooks/useCheck';
import { restoreFocus, type Outcome } from '../hooks/useHostAction';
import { userMessage } from '../messages';

// The review dialog (Fluent's Dialog and Checkbox) loads when first opened, not with the pane.
const FixDialog = lazy(() => import('../components/FixDialog').then((m) => ({ default: m.FixDialog })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '24px' },
  muted: { color: tokens.colorNeutralForeground3 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  partTitle: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface CheckViewProps extends ViewProps {
  /** For tests: the clock the "Last checked" time is read from. */
  now?: () => Date;
}

interface PlanSheetSectionProps {
  plan: SheetReport;
  /** The check this sheet comes from, for asking for more of its lists. */
  reportId: number;
  engine: PaneEngine;
  onSelect: (target: { sheet: string; cell: string }) => void;
  onFix: (fix: FixSummary) => void;
  details: React.ReactNode;
}

/** One plan sheet: what the tracker read, what to fix before the board, and where the plan stands. */
function PlanSheetSection({ plan, reportId, engine, onSelect, onFix, details }: PlanSheetSectionProps) {
  const styles = useStyles();
  const id = `sheet-${plan.sheet}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <section className={styles.sheet} aria-label={`Plan sheet ${plan.sheet}`}>
      <h2 className={styles.sheetTitle}>{plan.sheet}</h2>
      {details}
      <h3 id={`${id}-fix`} className={styles.partTitle}>
        Fix before the board
      </h3>
      <section aria-labelledby={`${id}-fix`} className={styles.sheet}>
        <FindingGroups
          sheet={plan.sheet}
          groups={plan.groups}
          loadMore={(group, offset) =>
            engine.run('moreFindings', {
              id: reportId,
              sheet: plan.sheet,
              severity: group.severity,
              rule: group.rule,
              offset,
            })
          }
          onSelect={(f: Finding) => onSelect(f)}
          onFix={onFix}
        />
      </section>
      <h3 id={`${id}-standing`} className={styles.partTitle}>
        Where the plan stands
      </h3>
      <section aria-labelledby={`${id}-standing`}>
        <StandingGroups
          standing={plan.standing}
          loadMore={(list, offset) =>
            engine.run('moreStanding', { id: reportId, sheet: plan.sheet, list, offset })
          }
          onSelect={(item: StandingItem) => onSelect(item)}
        />
      </section>
      <Divider />
    </section>
  );
}

export function CheckView({ engine, asOf, dueSoonDays, now }: CheckViewProps) {
  const styles = useStyles();
  /** Fixes that cannot clear their finding (dropdowns) are not offered again once applied. */
  const helped = useRef<string[]>([]);
  const { checking, report, error, lastChecked, step, recheck } = useCheck(engine, asOf, dueSoonDays, {
    now,
    hide: () => helped.current,
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [review, setReview] = useState<FixReview | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  /** Where focus was when the dialog opened, to go back to once it has gone. */
  const opener = useRef<Element | null>(null);
  /** Where focus goes back to once the check after applying fixes is drawn (undefined: nowhere). */
  const focusAfterCheck = useRef<Element | null | undefined>(undefined);

  const select = useCallback(
    async (target: { sheet: string; cell: string }) => {
      setOutcome(null);
      try {
        await engine.run('apply', { edits: [{ kind: 'select', sheet: target.sheet, address: target.cell }] });
      } catch (e) {
        setOutcome({ intent: 'error', title: `Could not select ${target.cell}`, text: userMessage(e) });
      }
    },
    [engine],
  );

  /** Reviews one finding's fix, or every fix on offer (listed a page at a time). */
  const openReview = async (fix?: FixSummary) => {
    opener.current = document.activeElement;
    setApplyError(null);
    if (fix) {
      setReview({ scope: 'given', total: 1, first: [fix] });
      return;
    }
    if (!report) return;
    const id = report.id;
    try {
      const first = await engine.run('fixList', { id, offset: 0 });
      setReview({
        scope: 'all',
        total: report.fixes,
        first,
        load: (offset) => engine.run('fixList', { id, offset }),
      });
    } catch (e) {
      setOutcome({ intent: 'error', title: 'Could not list the fixes', text: userMessage(e) });
    }
  };

  const apply = async (choice: FixChoice) => {
    setApplying(true);
    setApplyError(null);
    try {
      const { applied, dropdowns } = await engine.run('applyFixes', {
        asOf,
        hide: helped.current,
        ...choice,
      });
      helped.current = [...helped.current, ...dropdowns];
      const left =
        dropdowns.length > 0
          ? ` ${countCells(dropdowns.length)} now offer the RAG dropdown: choose their rating.`
          : '';
      setOutcome({ intent: 'success', title: appliedText(applied), text: `Checked again.${left}` });
      setReview(null);
    } catch (e) {
      setApplyError(userMessage(e));
      return;
    } finally {
      setApplying(false);
    }
    // Once the check that follows is on screen: back to where the officer was (a finding's own Fix button
    // is gone then, and "Review fixes" may have nothing left to offer), else to the message that says
    // what happened.
    focusAfterCheck.current = opener.current;
    await recheck();
  };

  useEffect(() => {
    if (focusAfterCheck.current === undefined) return;
    const from = focusAfterCheck.current;
    focusAfterCheck.current = undefined;
    restoreFocus(from, outcomeRef.current, true);
  }, [report]);

  const onClosed = () => restoreFocus(opener.current, outcomeRef.current);

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button onClick={() => void recheck()} disabledFocusable={checking}>
          Check again
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={!report || report.fixes === 0 || applying}
          onClick={() => void openReview()}
        >
          Review fixes ({report?.fixes ?? 0})
        </Button>
      </div>
      <div className={styles.status} role="status" aria-live="polite">
        {checking ? (
          <Spinner size="extra-tiny" label={step ? `Checking the plan: ${step}` : 'Checking the plan…'} />
        ) : (
          lastChecked && (
            <Text size={200} className={styles.muted}>
              Last checked {clockTime(lastChecked)}
            </Text>
          )
        )}
      </div>

      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not check the plan</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <OutcomeBar outcome={outcome} outcomeRef={outcomeRef} />

      {report && report.sheets.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No plan found</MessageBarTitle>
            None of this workbook’s sheets looks like an improvement plan: the tracker needs a header row
            naming the actions, the lead, the deadline and the RAG rating.
          </MessageBarBody>
        </MessageBar>
      )}

      {report && report.sheets.length > 0 && (
        <Text as="p" weight="semibold">
          To fix: {SEVERITY_ORDER.map((s) => countText(report.totals[s], s)).join(', ')}
        </Text>
      )}
      {report && report.sheets.length > 0 && (
        <StatusWords words={report.statusWords} engine={engine} onSaved={recheck} />
      )}

      {report?.sheets.map((plan) => (
        <PlanSheetSection
          key={plan.sheet}
          plan={plan}
          reportId={report.id}
          engine={engine}
          onSelect={(target) => void select(target)}
          onFix={(fix) => void openReview(fix)}
          details={
            <>
              <SheetDetails plan={plan} engine={engine} onMappingSaved={recheck} />
              <ColumnSuggestions plan={plan} engine={engine} onSaved={recheck} />
            </>
          }
        />
      ))}

      {report && report.skipped.length > 0 && (
        <section aria-labelledby="skipped-sheets">
          <h2 id="skipped-sheets" className={styles.sheetTitle}>
            Sheets not checked
          </h2>
          <ul className={styles.skipped}>
            {report.skipped.map((s) => (
              <li key={s.sheet}>
                <Text>
                  <Text weight="semibold">{s.sheet}</Text>: {s.reason}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      {review && (
        <Suspense fallback={null}>
          <FixDialog
            review={review}
            applying={applying}
            error={applyError}
            onApply={(choice) => void apply(choice)}
            onClose={() => {
              setReview(null);
              setTimeout(onClosed, 0);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

function countCells(n: number): string {
  return `${n} cell${n === 1 ? '' : 's'}`;
}
