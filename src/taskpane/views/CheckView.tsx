/**
 * Check: reads the workbook, runs every validation rule on each plan sheet and lists what is wrong,
 * grouped by severity and rule. A finding selects its cell; "Fix" and "Review fixes" show the cells a
 * fix would change before anything is written. The plan is checked again whenever it changes.
 */
import { useCallback, useMemo, useState } from 'react';
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
import { countBySeverity } from '../../core/check';
import type { Finding } from '../../core/types';
import { FindingGroups, fixKey } from '../components/FindingGroups';
import { FixDialog } from '../components/FixDialog';
import { SheetDetails } from '../components/SheetDetails';
import { fixEdits, fixesFor, type Fix } from '../components/fixes-source';
import { SEVERITY_ORDER, clockTime, countText } from '../components/labels';
import type { ViewProps } from '../components/view-props';
import { plainMessage, useCheck, type SelectionEvents } from '../hooks/useCheck';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '24px' },
  muted: { color: tokens.colorNeutralForeground3 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const NO_FIXES: Fix[] = [];

export interface CheckViewProps extends ViewProps {
  host: ViewProps['host'] & SelectionEvents;
  /** For tests: the clock the "Last checked" time is read from. */
  now?: () => Date;
}

export function CheckView({ host, asOf, now }: CheckViewProps) {
  const styles = useStyles();
  const { checking, snapshot, result, error, lastChecked, recheck } = useCheck(host, asOf, { now });
  const [actionError, setActionError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Fix[] | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);

  /** Every fix on offer, by sheet and then by fixKey(rule, cell). */
  const fixes = useMemo(() => {
    const bySheet = new Map<string, Map<string, Fix>>();
    if (!result || !snapshot) return { bySheet, all: [] as Fix[] };
    const all: Fix[] = [];
    for (const sheetCheck of result.sheets) {
      const sheet = snapshot.sheets.find((s) => s.name === sheetCheck.plan.sheet);
      if (!sheet) continue;
      const list = fixesFor(sheetCheck, sheet);
      bySheet.set(sheet.name, new Map(list.map((f) => [fixKey(f.rule, f.cell), f])));
      all.push(...list);
    }
    return { bySheet, all };
  }, [result, snapshot]);

  const select = useCallback(
    async (finding: Finding) => {
      setActionError(null);
      try {
        await host.apply([{ kind: 'select', sheet: finding.sheet, address: finding.cell }]);
      } catch (e) {
        setActionError(plainMessage(e, `select cell ${finding.cell}`));
      }
    },
    [host],
  );

  const openDialog = (list: Fix[]) => {
    setApplyError(null);
    setDialog(list);
  };

  const apply = async (chosen: Fix[]) => {
    setApplying(true);
    setApplyError(null);
    try {
      await host.apply(fixEdits(chosen));
      setDialog(null);
    } catch (e) {
      setApplyError(plainMessage(e, 'apply the fixes'));
    } finally {
      setApplying(false);
    }
    await recheck();
  };

  const totals = useMemo(() => countBySeverity(result?.sheets.flatMap((s) => s.findings) ?? []), [result]);

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button onClick={() => void recheck()} disabled={checking}>
          Check again
        </Button>
        <Button
          appearance="primary"
          disabled={fixes.all.length === 0 || applying}
          onClick={() => openDialog(fixes.all)}
        >
          Review fixes ({fixes.all.length})
        </Button>
      </div>
      <div className={styles.status} role="status" aria-live="polite">
        {checking ? (
          <Spinner size="extra-tiny" label="Checking the plan…" />
        ) : (
          lastChecked && (
            <Text size={200} className={styles.muted}>
              Last checked {clockTime(lastChecked)}
            </Text>
          )
        )}
      </div>

      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Could not check the plan</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {actionError && (
        <MessageBar intent="error">
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      )}

      {result && result.sheets.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>No plan found</MessageBarTitle>
            None of this workbook’s sheets looks like an improvement plan: the tracker needs a header row
            naming the actions, the lead, the deadline and the RAG rating.
          </MessageBarBody>
        </MessageBar>
      )}

      {result && result.sheets.length > 0 && (
        <Text as="p" weight="semibold">
          {SEVERITY_ORDER.map((s) => countText(totals[s], s)).join(', ')}
        </Text>
      )}

      {result?.sheets.map(({ plan, findings }) => (
        <section key={plan.sheet} className={styles.sheet} aria-label={`Plan sheet ${plan.sheet}`}>
          <h2 className={styles.sheetTitle}>{plan.sheet}</h2>
          <SheetDetails plan={plan} snapshot={snapshot ?? undefined} host={host} onMappingSaved={recheck} />
          <FindingGroups
            sheet={plan.sheet}
            findings={findings}
            fixes={fixes.bySheet.get(plan.sheet) ?? new Map()}
            onSelect={(f) => void select(f)}
            onFix={(fix) => openDialog([fix])}
          />
          <Divider />
        </section>
      ))}

      {result && result.skipped.length > 0 && (
        <section aria-labelledby="skipped-sheets">
          <h2 id="skipped-sheets" className={styles.sheetTitle}>
            Sheets not checked
          </h2>
          <ul className={styles.skipped}>
            {result.skipped.map((s) => (
              <li key={s.sheet}>
                <Text>
                  <Text weight="semibold">{s.sheet}</Text>: {s.reason}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      <FixDialog
        open={dialog !== null}
        fixes={dialog ?? NO_FIXES}
        applying={applying}
        error={applyError}
        onApply={(chosen) => void apply(chosen)}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
