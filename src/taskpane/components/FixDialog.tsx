/**
 * Review before anything changes: each fix with the cells it would change (cell: from → to) and a
 * checkbox; "Apply n fixes" hands the choice back to be applied in one go. Fixes that only help (the
 * RAG dropdown on a cell whose rating the officer must choose) come last, under a heading that says so,
 * because applying them does not clear their finding. A long list is shown a page at a time.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FixSummary } from '../engine/check-report';
import { userMessage } from '../messages';
import { applyLabel } from './fix-text';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '50vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  changes: { margin: `0 0 0 ${tokens.spacingHorizontalXXL}`, padding: 0, listStyle: 'none' },
  change: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  blank: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

/** The fixes to review: every fix on offer (`all`, fetched a page at a time), or the ones given. */
export interface FixReview {
  scope: 'all' | 'given';
  total: number;
  first: FixSummary[];
  /** The fixes from `offset` on (for `all`). */
  load?: (offset: number) => Promise<FixSummary[]>;
}

/** What to apply: every fix on offer but those unticked, or exactly these. */
export type FixChoice = { except: string[] } | { ids: string[] };

export interface FixDialogProps {
  review: FixReview | null;
  applying: boolean;
  /** Why the last attempt failed, in the officer's words, or null. */
  error: string | null;
  onApply: (choice: FixChoice, count: number) => void;
  onClose: () => void;
  /** Called once the dialog has gone from the page (after its closing animation). */
  onClosed?: () => void;
}

function Shown({ text }: { text: string }) {
  const styles = useStyles();
  return text === '' ? <span className={styles.blank}>(blank)</span> : <>“{text}”</>;
}

export { applyLabel, appliedText } from './fix-text';

const NO_FIXES: FixSummary[] = [];

export function FixDialog({ review, applying, error, onApply, onClose, onClosed }: FixDialogProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<FixSummary[]>(review?.first ?? NO_FIXES);
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Every fix starts ticked each time the dialog opens with a new list.
  useEffect(() => {
    setShown(review?.first ?? NO_FIXES);
    setUnticked(new Set());
    setLoadError(null);
  }, [review]);
  const total = review?.total ?? 0;
  const selected = total - unticked.size;
  const toggle = (id: string, on: boolean) =>
    setUnticked((prev) => {
      const next = new Set(prev);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const showMore = async () => {
    if (!review?.load) return;
    setLoading(true);
    try {
      const next = await review.load(shown.length);
      setShown((prev) => [...prev, ...next]);
    } catch (e) {
      setLoadError(userMessage(e));
    } finally {
      setLoading(false);
    }
  };
  const apply = () => {
    if (!review) return;
    const choice: FixChoice =
      review.scope === 'all'
        ? { except: [...unticked] }
        : { ids: review.first.filter((f) => !unticked.has(f.id)).map((f) => f.id) };
    onApply(choice, selected);
  };
  const firstHelper = shown.findIndex((f) => !f.clears);

  return (
    <Dialog
      open={review !== null}
      onOpenChange={(_e, data) => (data.open ? undefined : onClose())}
      surfaceMotion={{ onMotionFinish: (_e, data) => data.direction === 'exit' && onClosed?.() }}
    >
      <DialogSurface aria-describedby="fix-dialog-intro">
        <DialogBody>
          <DialogTitle>Review fixes</DialogTitle>
          <DialogContent className={styles.scroll}>
            <Text as="p" id="fix-dialog-intro">
              These cells will change. Untick any fix you do not want. Nothing changes until you apply.
            </Text>
            {error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>The fixes were not applied</MessageBarTitle>
                  {error}
                </MessageBarBody>
              </MessageBar>
            )}
            <ul className={styles.list} aria-label="Fixes">
              {shown.map((fix, i) => (
                <li key={fix.id}>
                  {i === firstHelper && (
                    <h3 className={styles.heading}>Dropdowns to add: you still choose the rating</h3>
                  )}
                  <Checkbox
                    checked={!unticked.has(fix.id)}
                    onChange={(_e, data) => toggle(fix.id, data.checked === true)}
                    label={fix.ref ? `${fix.label} (action ${fix.ref})` : fix.label}
                  />
                  <ul className={styles.changes}>
                    {fix.preview.map((p, j) => (
                      <li key={`${p.cell}-${j}`} className={styles.change}>
                        {p.cell}: <Shown text={p.from} /> → <Shown text={p.to} />
                      </li>
                    ))}
                    {fix.preview.length === 0 && (
                      <li className={styles.blank}>{fix.cell}: no value changes</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
            {shown.length < total && review?.load && (
              <Button
                size="small"
                className={styles.more}
                disabledFocusable={loading}
                onClick={() => void showMore()}
              >
                {`Show ${Math.min(total - shown.length, review.first.length || 1)} more of ${total - shown.length}`}
              </Button>
            )}
            {loadError && <Text role="alert">{loadError}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={applying}>
              Cancel
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={applying || selected === 0}
              onClick={apply}
              icon={applying ? <Spinner size="tiny" /> : undefined}
            >
              {applyLabel(selected)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
