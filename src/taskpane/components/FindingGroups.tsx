/**
 * A sheet's findings grouped by severity (errors, warnings, notes) and then by rule, with counts, in
 * plain words: the rule's id is only in the group's tooltip (and in the CLI's JSON). Each finding is a
 * button that selects its cell; a finding the tracker can fix has a Fix button beside it. Long groups
 * show their first findings and a "Show more" button, and open without an animation (which would measure
 * the whole list), so a plan of thousands of actions stays quick.
 */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
  type AccordionToggleEvent,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/types';
import type { FindingGroup, FindingItem, FixSummary } from '../engine/check-report';
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
  /**
   * The rule's id, for whoever needs it, in a small tooltip under the group's header while it is hovered
   * or focused (plain CSS: Fluent's Tooltip would bring a positioning engine into the first download).
   */
  tipHost: {
    position: 'relative',
    '& [data-rule-tip]': { display: 'none' },
    ':hover [data-rule-tip]': { display: 'block' },
    ':focus-within [data-rule-tip]': { display: 'block' },
  },
  tip: {
    position: 'absolute',
    zIndex: 1,
    top: '100%',
    left: tokens.spacingHorizontalXXL,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyMonospace,
    pointerEvents: 'none',
  },
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

function tipId(sheet: string, group: FindingGroup): string {
  return `rule-${sheet}-${group.severity}-${group.rule}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface FindingGroupsProps {
  sheet: string;
  groups: FindingGroup[];
  /** The next findings of a group, from `offset` on. */
  loadMore: (group: FindingGroup, offset: number) => Promise<FindingItem[]>;
  onSelect: (finding: Finding) => void;
  onFix: (fix: FixSummary) => void;
}

export function FindingGroups({ sheet, groups, loadMore, onSelect, onFix }: FindingGroupsProps) {
  const styles = useStyles();
  const bySeverity = SEVERITY_ORDER.map((severity) => ({
    severity,
    groups: groups.filter((g) => g.severity === severity),
  })).filter((s) => s.groups.length > 0);
  // Errors start open: they are what an officer should look at first.
  const [open, setOpen] = useState<string[]>(() =>
    groups.filter((g) => g.severity === 'error').map((g) => `${g.severity}:${g.rule}`),
  );
  const onToggle = (_e: AccordionToggleEvent, data: AccordionToggleData<string>) => setOpen(data.openItems);

  if (groups.length === 0) return <Text as="p">Nothing to fix on this sheet.</Text>;

  return (
    <>
      {bySeverity.map(({ severity, groups: rules }) => {
        const count = rules.reduce((n, g) => n + g.page.total, 0);
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
              {rules.map((group) => (
                <AccordionItem key={group.rule} value={`${severity}:${group.rule}`}>
                  <div className={styles.tipHost}>
                    <AccordionHeader size="small" button={{ 'aria-describedby': tipId(sheet, group) }}>
                      <span className={styles.groupTitle}>
                        {RULE_TITLES[group.rule]}
                        <Badge
                          appearance="tint"
                          color={BADGE_COLOUR[severity]}
                          data-testid={`count-${group.rule}`}
                        >
                          {group.page.total}
                        </Badge>
                      </span>
                    </AccordionHeader>
                    <span role="tooltip" id={tipId(sheet, group)} className={styles.tip} data-rule-tip="">
                      Rule: {group.rule}
                    </span>
                  </div>
                  <AccordionPanel collapseMotion={null}>
                    <Text size={200} className={styles.summary}>
                      {group.note}
                    </Text>
                    <PagedList
                      page={group.page}
                      load={(offset) => loadMore(group, offset)}
                      label={RULE_TITLES[group.rule]}
                      render={({ finding: f, fix }, i) => (
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
                      )}
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
