/**
 * Review before anything changes: each fix with the cells it would change (cell: from → to) and a
 * checkbox; "Apply n fixes" hands the chosen ones back to be applied in one go. Fixes that only help
 * (the RAG dropdown on a cell whose rating the officer must choose) are listed apart, under a heading
 * that says so, because applying them does not clear their finding.
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
import type { Fix } from '../../core/fixes';

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
});

export interface FixDialogProps {
  open: boolean;
  fixes: Fix[];
  applying: boolean;
  /** Why the last attempt failed, in the officer's words, or null. */
  error: string | null;
  onApply: (fixes: Fix[]) => void;
  onClose: () => void;
  /** Called once the dialog has gone from the page (after its closing animation). */
  onClosed?: () => void;
}

function Shown({ text }: { text: string }) {
  const styles = useStyles();
  return text === '' ? <span className={styles.blank}>(blank)</span> : <>“{text}”</>;
}

export function applyLabel(n: number): string {
  return `Apply ${n} fix${n === 1 ? '' : 'es'}`;
}

/** "12 fixes applied." */
export function appliedText(n: number): string {
  return `${n} fix${n === 1 ? '' : 'es'} applied.`;
}

function FixList({
  fixes,
  chosen,
  toggle,
}: {
  fixes: Fix[];
  chosen: Set<string>;
  toggle: (id: string, on: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {fixes.map((fix) => (
        <li key={fix.id}>
          <Checkbox
            checked={chosen.has(fix.id)}
            onChange={(_e, data) => toggle(fix.id, data.checked === true)}
            label={fix.ref ? `${fix.label} (action ${fix.ref})` : fix.label}
          />
          <ul className={styles.changes}>
            {fix.preview.map((p, i) => (
              <li key={`${p.cell}-${i}`} className={styles.change}>
                {p.cell}: <Shown text={p.from} /> → <Shown text={p.to} />
              </li>
            ))}
            {fix.preview.length === 0 && <li className={styles.blank}>{fix.cell}: no value changes</li>}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function FixDialog({ open, fixes, applying, error, onApply, onClose, onClosed }: FixDialogProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(fixes.map((f) => f.id)));
  // Every fix starts ticked each time the dialog opens with a new list.
  useEffect(() => setChosen(new Set(fixes.map((f) => f.id))), [fixes]);
  const selected = fixes.filter((f) => chosen.has(f.id));
  const clearing = fixes.filter((f) => f.clears);
  const helping = fixes.filter((f) => !f.clears);
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog
      open={open}
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
            {clearing.length > 0 && (
              <section aria-label="Fixes">
                <FixList fixes={clearing} chosen={chosen} toggle={toggle} />
              </section>
            )}
            {helping.length > 0 && (
              <section aria-labelledby="fix-dialog-helpers">
                <h3 id="fix-dialog-helpers" className={styles.heading}>
                  Dropdowns to add: you still choose the rating
                </h3>
                <FixList fixes={helping} chosen={chosen} toggle={toggle} />
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={applying}>
              Cancel
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={applying || selected.length === 0}
              onClick={() => onApply(selected)}
              icon={applying ? <Spinner size="tiny" /> : undefined}
            >
              {applyLabel(selected.length)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
