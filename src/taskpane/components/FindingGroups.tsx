/**
 * A sheet's findings grouped by severity (errors, warnings, notes) and then by rule, with counts, in
 * plain words: the rule's id is only in the group's tooltip (and in the CLI's JSON). Each finding is a
 * button that selects its cell; a finding the tracker can fix has a Fix button beside it. Long groups
 * show their first findings and a "Show more" button, so a plan of thousands of actions stays quick.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  type AccordionToggleData,
  type AccordionToggleEvent,
} from '@fluentui/react-components';
import type { Fix } from '../../core/fixes';
import type { Finding, RuleId, Severity } from '../../core/types';
import { RULE_TITLES, SEVERITY_LABELS, SEVERITY_ORDER, findingText } from './labels';
import { PagedList } from './PagedList';

const BADGE_COLOUR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  groupTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  summary: {
    color: tokens.colorNeutralForeground3,
    display: 'block',
    marginBottom: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  finding: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    height: 'auto',
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
  },
  fix: { flexShrink: 0 },
  /** Screen-reader-only text (the badge beside it is hidden from assistive technology). */
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** The key a finding and its fix share. */
export function fixKey(rule: RuleId, cell: string): string {
  return `${rule}|${cell}`;
}

export interface FindingGroupsProps {
  sheet: string;
  findings: Finding[];
  /** Fixes on this sheet, by fixKey(rule, cell). */
  fixes: ReadonlyMap<string, Fix>;
  /** One-line explanation of each rule, shown under its group. */
  notes: Partial<Record<RuleId, string>>;
  onSelect: (finding: Finding) => void;
  onFix: (fix: Fix) => void;
}

export function FindingGroups({ sheet, findings, fixes, notes, onSelect, onFix }: FindingGroupsProps) {
  const styles = useStyles();
  const groups = useMemo(() => {
    const bySeverity = new Map<Severity, Map<RuleId, Finding[]>>();
    for (const f of findings) {
      const rules = bySeverity.get(f.severity) ?? new Map<RuleId, Finding[]>();
      bySeverity.set(f.severity, rules);
      rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);
    }
    return SEVERITY_ORDER.filter((s) => bySeverity.has(s)).map((severity) => {
      const rules = [...bySeverity.get(severity)!.entries()];
      return {
        severity,
        count: rules.reduce((n, [, list]) => n + list.length, 0),
        rules: rules.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])),
      };
    });
  }, [findings]);
  // Errors start open: they are what an officer should look at first.
  const [open, setOpen] = useState<string[]>(() =>
    findings.filter((f) => f.severity === 'error').map((f) => `${f.severity}:${f.rule}`),
  );
  const onToggle = (_e: AccordionToggleEvent, data: AccordionToggleData<string>) => setOpen(data.openItems);

  if (findings.length === 0) return <Text as="p">Nothing to fix on this sheet.</Text>;

  return (
    <>
      {groups.map(({ severity, count, rules }) => {
        const headingId = `findings-${sheet}-${severity}`.replace(/[^A-Za-z0-9_-]/g, '-');
        return (
          <section key={severity} className={styles.severity} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {SEVERITY_LABELS[severity].plural}
              <Badge appearance="filled" color={BADGE_COLOUR[severity]} aria-hidden>
                {count}
              </Badge>
              <span className={styles.srOnly}>({count})</span>
            </h3>
            <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
              {rules.map(([rule, list]) => (
                <AccordionItem key={rule} value={`${severity}:${rule}`}>
                  <Tooltip content={`Rule: ${rule}`} relationship="description" positioning="above-start">
                    <AccordionHeader size="small">
                      <span className={styles.groupTitle}>
                        {RULE_TITLES[rule]}
                        <Badge appearance="tint" color={BADGE_COLOUR[severity]} data-testid={`count-${rule}`}>
                          {list.length}
                        </Badge>
                      </span>
                    </AccordionHeader>
                  </Tooltip>
                  <AccordionPanel>
                    {notes[rule] && (
                      <Text size={200} className={styles.summary}>
                        {notes[rule]}
                      </Text>
                    )}
                    <PagedList
                      items={list}
                      label={RULE_TITLES[rule]}
                      render={(f, i) => {
                        const fix = fixes.get(fixKey(f.rule, f.cell));
                        return (
                          <li key={`${f.cell}-${i}`} className={styles.row}>
                            <Button
                              appearance="subtle"
                              size="small"
                              className={styles.finding}
                              onClick={() => onSelect(f)}
                            >
                              {findingText(f.cell, f.ref, f.message)}
                            </Button>
                            {fix && (
                              <Button
                                size="small"
                                className={styles.fix}
                                aria-label={`${fix.clears ? 'Fix' : 'Add dropdown'} ${f.cell}: ${fix.label}`}
                                onClick={() => onFix(fix)}
                              >
                                {fix.clears ? 'Fix' : 'Add dropdown'}
                              </Button>
                            )}
                          </li>
                        );
                      }}
                    />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        );
      })}
    </>
  );
}
