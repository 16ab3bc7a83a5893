/**
 * The review of Ofsted links, read like a checklist: a progress line ("7 of 12 recommendations linked,
 * 3 suggested, 2 not covered"), a filter (needs a decision / linked / not covered), and for each
 * recommendation the actions put forward with the action's own text, ref, rating and the reasons, each
 * with Accept / Reject (and Undo once decided). Weak suggestions sit behind "Show more". Every suggestion
 * at or above a confidence the user sets can be accepted in one batch, stored by one host apply.
 *
 * It only shows and asks: the view that hosts it stores decisions (confirmedLinkEdits) and moves the
 * selection. Laid out to wrap at 320 px (the narrowest task pane).
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
import {
  actionKey,
  confirmLink,
  progressLine,
  reasonText,
  rejectLink,
  SOURCE_LABELS,
  STATE_LABELS,
  TIMESCALE_LABELS,
  undoDecision,
  type ActionLink,
  type LinkDecision,
  type LinkDecisions,
  type LinkResult,
  type LinkState,
  type OfstedReport,
  type Recommendation,
  type Timescale,
} from '../../core/ofsted';
import type { PlanSheet } from '../../core/plan-reader';
import type { PlanAction, Rating } from '../../core/types';

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
  rejected: { borderLeftColor: tokens.colorPaletteRedBorder2, opacity: 0.8 },
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

const ACTION_TEXT_MAX = 220;

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= ACTION_TEXT_MAX ? t : `${t.slice(0, ACTION_TEXT_MAX - 1).trimEnd()}…`;
}

export interface RecommendationReviewProps {
  report: OfstedReport;
  plans: readonly PlanSheet[];
  links: LinkResult;
  decisions: LinkDecisions;
  busy: boolean;
  /** Store these decisions (by recommendation id) in one go; `label` says what is being done. */
  onDecide: (label: string, decisions: Record<string, LinkDecision>) => void;
  onGoTo: (place: { sheet: string; row: number }) => void;
}

/** The suggestions to accept in one batch: put forward, not yet confirmed, at or above the confidence. */
export function batchAccept(
  report: OfstedReport,
  links: LinkResult,
  decisions: LinkDecisions,
  minConfidence: number,
): { decisions: Record<string, LinkDecision>; count: number } {
  const out: Record<string, LinkDecision> = {};
  let count = 0;
  for (const r of links.recommendations) {
    if (r.state !== 'suggested') continue;
    const rec = report.recommendations.find((x) => x.id === r.recommendation);
    if (!rec) continue;
    for (const l of r.answers) {
      if (l.confidence < minConfidence) continue;
      out[rec.id] = confirmLink(out[rec.id] ?? decisions[rec.id], l.action, rec);
      count++;
    }
  }
  return { decisions: out, count };
}

export function RecommendationReview(props: RecommendationReviewProps) {
  const { report, plans, links, decisions, busy, onDecide, onGoTo } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [minPercent, setMinPercent] = useState(30);

  const actions = useMemo(() => {
    const out = new Map<string, PlanAction>();
    for (const p of plans) for (const a of p.actions) out.set(`${p.sheet}\u0000${actionKey(a)}`, a);
    return out;
  }, [plans]);
  const actionOf = (l: ActionLink) => actions.get(`${l.sheet}\u0000${l.action}`);
  const byKey = (key: string) => {
    for (const p of plans) {
      const a = p.actions.find((x) => actionKey(x) === key);
      if (a) return { sheet: p.sheet, action: a };
    }
    return undefined;
  };

  const batch = useMemo(
    () => batchAccept(report, links, decisions, minPercent / 100),
    [report, links, decisions, minPercent],
  );

  const decide = (rec: Recommendation, action: string, how: 'accept' | 'reject' | 'undo') => {
    const previous = decisions[rec.id];
    const decision =
      how === 'accept'
        ? confirmLink(previous, action, rec)
        : how === 'reject'
          ? rejectLink(previous, action, rec)
          : undoDecision(previous, action, rec);
    const label =
      how === 'accept' ? 'Accept the link' : how === 'reject' ? 'Reject the link' : 'Undo the decision';
    onDecide(label, { [rec.id]: decision });
  };

  const shown = report.recommendations.filter((rec) => {
    const state = links.recommendations.find((l) => l.recommendation === rec.id)?.state ?? 'not-covered';
    return filter === 'all' || (filter === 'decide' ? state === 'suggested' : state === filter);
  });

  const suggestionItem = (rec: Recommendation, link: ActionLink) => {
    const action = actionOf(link);
    const rating = RATING[action?.actionRag.rating ?? 'unrated'];
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
        {action && <Text>{shorten(action.text)}</Text>}
        <Text className={styles.reasons}>Why: {reasonText(link)}</Text>
        <div className={styles.row}>
          {confirmed ? (
            <Button
              size="small"
              disabled={busy}
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
                disabled={busy}
                aria-label={`Accept action ${link.action} as answering ${rec.id}`}
                onClick={() => decide(rec, link.action, 'accept')}
              >
                Accept
              </Button>
              <Button
                size="small"
                disabled={busy}
                aria-label={`Reject action ${link.action} for ${rec.id}`}
                onClick={() => decide(rec, link.action, 'reject')}
              >
                Reject
              </Button>
            </>
          )}
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            aria-label={`Go to action ${link.action}`}
            onClick={() => onGoTo({ sheet: link.sheet, row: link.row })}
          >
            Go to action
          </Button>
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
          disabled={busy || batch.count === 0}
          onClick={() => onDecide(`Accept ${batch.count} suggestions`, batch.decisions)}
        >
          Accept {batch.count} suggestion{batch.count === 1 ? '' : 's'}
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
                const found = byKey(key);
                return (
                  <div key={`rejected:${key}`} className={`${styles.suggestion} ${styles.rejected}`}>
                    <div className={styles.row}>
                      <Text>Action {key}: rejected by you</Text>
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={`Undo rejecting action ${key} for ${rec.id}`}
                        onClick={() => decide(rec, key, 'undo')}
                      >
                        Undo
                      </Button>
                    </div>
                    {found && <Text className={styles.muted}>{shorten(found.action.text)}</Text>}
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
