/**
 * The review of Ofsted links, read like a checklist: a progress line ("7 of 12 recommendations linked,
 * 3 suggested, 2 not covered"), a filter (needs a decision / linked / not covered), and for each
 * recommendation the actions put forward with the action's own text, ref, rating and the reasons, each
 * with Accept / Reject (and Undo once decided). Weak suggestions sit behind "Show more". Every suggestion
 * at or above a confidence the user sets can be accepted in one batch, stored by one host apply.
 *
 * It only shows and asks: the view that hosts it runs the change through the engine (decided afresh on
 * the workbook, stored in one write) and moves the selection. Everything it shows comes from the state
 * the engine returned (engine/ofsted-state.ts), actions included. Laid out to wrap at 320 px (the
 * narrowest task pane); controls stay focusable while busy, so focus is not lost.
 */
import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Slider,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { linkChanges, type LinkChange } from '../../core/ofsted/decisions';
import type { LinkDecisions } from '../../core/ofsted/confirmed-links';
import type { ActionLink, LinkResult, LinkState } from '../../core/ofsted/link';
import { progressLine, reasonText, SOURCE_LABELS, STATE_LABELS } from '../../core/ofsted/reasons';
import { TIMESCALE_LABELS } from '../../core/ofsted/recommendations-sheet';
import type { OfstedReport, Recommendation, Timescale } from '../../core/ofsted/types';
import type { Rating } from '../../core/types';
import type { ReviewAction } from '../engine/ofsted-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
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
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  suggestion: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  decided: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  // No fading: the muted text on it must keep its contrast.
  rejected: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  muted: { color: tokens.colorNeutralForeground3 },
  reasons: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type ReviewFilter = 'all' | 'decide' | LinkState;

const FILTERS: [ReviewFilter, string][] = [
  ['all', 'All'],
  ['decide', 'Needs a decision'],
  ['linked', 'Linked'],
  ['not-covered', 'Not covered'],
];

const TIMESCALE_COLOUR: Record<Timescale, 'danger' | 'warning' | 'informative' | 'subtle'> = {
  immediate: 'danger',
  '3-months': 'warning',
  '6-months': 'informative',
  priority: 'danger',
  development: 'informative',
  unspecified: 'subtle',
};

const STATE_COLOUR: Record<LinkState, 'success' | 'warning' | 'danger'> = {
  linked: 'success',
  suggested: 'warning',
  'not-covered': 'danger',
};

const RATING: Record<
  Rating,
  { label: string; colour: 'danger' | 'warning' | 'success' | 'brand' | 'subtle' }
> = {
  red: { label: 'Red', colour: 'danger' },
  amber: { label: 'Amber', colour: 'warning' },
  green: { label: 'Green', colour: 'success' },
  blue: { label: 'Blue (complete)', colour: 'brand' },
  unrated: { label: 'Not rated', colour: 'subtle' },
  invalid: { label: 'Not rated', colour: 'subtle' },
};

export interface RecommendationReviewProps {
  report: OfstedReport;
  links: LinkResult;
  /** The decisions kept in the workbook, by recommendation id. */
  decisions: LinkDecisions;
  /** Every action the links name, with its own text, ref, rating and cell. */
  actions: readonly ReviewAction[];
  busy: boolean;
  /** Make this change (one decision, or a batch); `label` says what is being done. */
  onDecide: (label: string, change: LinkChange) => void;
  onGoTo: (action: ReviewAction) => void;
}

const DECIDE_LABELS = {
  accept: 'Accept the link',
  reject: 'Reject the link',
  undo: 'Undo the decision',
} as const;

export function RecommendationReview(props: RecommendationReviewProps) {
  const { report, links, decisions, actions, busy, onDecide, onGoTo } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [minPercent, setMinPercent] = useState(30);

  const { bySheetRow, byKey } = useMemo(
    () => ({
      bySheetRow: new Map(actions.map((a) => [`${a.sheet}\u0000${a.row}`, a])),
      byKey: new Map([...actions].reverse().map((a) => [a.key, a])),
    }),
    [actions],
  );
  const actionOf = (l: ActionLink) => bySheetRow.get(`${l.sheet}\u0000${l.row}`);

  const batch: LinkChange = { kind: 'accept-all', minConfidence: minPercent / 100 };
  const batchCount = useMemo(
    () =>
      linkChanges(report, links, decisions, { kind: 'accept-all', minConfidence: minPercent / 100 }).count,
    [report, links, decisions, minPercent],
  );

  const decide = (rec: Recommendation, action: string, how: 'accept' | 'reject' | 'undo') =>
    onDecide(DECIDE_LABELS[how], { kind: 'decide', recommendation: rec.id, action, how });

  const shown = report.recommendations.filter((rec) => {
    const state = links.recommendations.find((l) => l.recommendation === rec.id)?.state ?? 'not-covered';
    return filter === 'all' || (filter === 'decide' ? state === 'suggested' : state === filter);
  });

  const suggestionItem = (rec: Recommendation, link: ActionLink) => {
    const action = actionOf(link);
    const rating = RATING[action?.rating ?? 'unrated'];
    const confirmed = link.source === 'confirmed';
    return (
      <div
        key={`${link.sheet}:${link.action}`}
        className={`${styles.suggestion} ${confirmed ? styles.decided : ''}`}
        aria-label={`Action ${link.action} for ${rec.id}`}
      >
        <div className={styles.row}>
          <Text weight="semibold">Action {link.action}</Text>
          <Badge appearance="tint" color={rating.colour}>
            {rating.label}
          </Badge>
          <Text className={styles.muted}>
            {confirmed
              ? 'accepted by you'
              : `${Math.round(link.confidence * 100)}% · ${SOURCE_LABELS[link.source]}`}
          </Text>
        </div>
        {action && <Text>{action.text}</Text>}
        <Text className={styles.reasons}>Why: {reasonText(link)}</Text>
        <div className={styles.row}>
          {confirmed ? (
            <Button
              size="small"
              disabledFocusable={busy}
              aria-label={`Undo accepting action ${link.action} for ${rec.id}`}
              onClick={() => decide(rec, link.action, 'undo')}
            >
              Undo
            </Button>
          ) : (
            <>
              <Button
                size="small"
                appearance="primary"
                disabledFocusable={busy}
                aria-label={`Accept action ${link.action} as answering ${rec.id}`}
                onClick={() => decide(rec, link.action, 'accept')}
              >
                Accept
              </Button>
              <Button
                size="small"
                disabledFocusable={busy}
                aria-label={`Reject action ${link.action} for ${rec.id}`}
                onClick={() => decide(rec, link.action, 'reject')}
              >
                Reject
              </Button>
            </>
          )}
          {action && (
            <Button
              size="small"
              appearance="subtle"
              disabledFocusable={busy}
              aria-label={`Go to action ${link.action}`}
              onClick={() => onGoTo(action)}
            >
              Go to action
            </Button>
          )}
        </div>
      </div>
    );
  };

  return (
    <div className={styles.root}>
      <Text as="p" weight="semibold" aria-live="polite">
        {progressLine(links)}
      </Text>
      <div className={styles.row} role="group" aria-label="Show recommendations">
        {FILTERS.map(([id, label]) => (
          <ToggleButton key={id} size="small" checked={filter === id} onClick={() => setFilter(id)}>
            {label}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.row}>
        <Field
          label={`Accept every suggestion at ${minPercent}% or more`}
          style={{ flex: '1 1 180px', minWidth: 0 }}
        >
          <Slider
            min={5}
            max={100}
            step={5}
            value={minPercent}
            aria-label="Lowest confidence to accept in one go (%)"
            onChange={(_e, data) => setMinPercent(data.value)}
          />
        </Field>
        <Button
          disabled={!busy && batchCount === 0}
          disabledFocusable={busy}
          onClick={() => onDecide(`Accept ${batchCount} suggestion${batchCount === 1 ? '' : 's'}`, batch)}
        >
          Accept {batchCount} suggestion{batchCount === 1 ? '' : 's'}
        </Button>
      </div>
      <ul className={styles.list} aria-label="Recommendations">
        {shown.map((rec) => {
          const recLinks = links.recommendations.find((l) => l.recommendation === rec.id);
          const state = recLinks?.state ?? 'not-covered';
          const all = recLinks?.suggestions ?? [];
          const main = all.filter((l) => l.source !== 'text' || l.strength !== 'weak');
          const weak = all.filter((l) => l.source === 'text' && l.strength === 'weak');
          const open = expanded.has(rec.id);
          const rejected = recLinks?.rejected ?? [];
          return (
            <li key={rec.id} className={styles.rec} aria-label={`Recommendation ${rec.id}`}>
              <div className={styles.row}>
                <Text weight="semibold">{rec.id}</Text>
                <Badge appearance="filled" color={STATE_COLOUR[state]}>
                  {STATE_LABELS[state]}
                </Badge>
                <Badge appearance="tint" color={TIMESCALE_COLOUR[rec.timescale]}>
                  {TIMESCALE_LABELS[rec.timescale]}
                </Badge>
                {rec.dueBy && (
                  <Text className={styles.muted}>due {rec.dueBy.split('-').reverse().join('/')}</Text>
                )}
              </div>
              <Text>{rec.text}</Text>
              {main.map((l) => suggestionItem(rec, l))}
              {state === 'not-covered' && (
                <Text className={styles.muted}>No action in the plan looks like it answers this.</Text>
              )}
              {weak.length > 0 && (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-expanded={open}
                  onClick={() =>
                    setExpanded((s) => {
                      const next = new Set(s);
                      if (open) next.delete(rec.id);
                      else next.add(rec.id);
                      return next;
                    })
                  }
                >
                  {open ? 'Show fewer' : `Show ${weak.length} more (weaker)`}
                </Button>
              )}
              {open && weak.map((l) => suggestionItem(rec, l))}
              {rejected.map((key) => {
                const found = byKey.get(key);
                return (
                  <div key={`rejected:${key}`} className={`${styles.suggestion} ${styles.rejected}`}>
                    <div className={styles.row}>
                      <Text>Action {key}: rejected by you</Text>
                      <Button
                        size="small"
                        disabledFocusable={busy}
                        aria-label={`Undo rejecting action ${key} for ${rec.id}`}
                        onClick={() => decide(rec, key, 'undo')}
                      >
                        Undo
                      </Button>
                    </div>
                    {found && <Text className={styles.muted}>{found.text}</Text>}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
