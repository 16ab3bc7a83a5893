/**
 * Review before anything changes: each fix with the cells it would change (cell: from → to) and a
 * checkbox; "Apply n fixes" hands the chosen ones back to be applied in one go.
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
import type { Fix } from './fixes-source';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  changes: { margin: `0 0 0 ${tokens.spacingHorizontalXXL}`, padding: 0, listStyle: 'none' },
  change: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  blank: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
});

export interface FixDialogProps {
  open: boolean;
  fixes: Fix[];
  applying: boolean;
  /** Why the last attempt failed, in plain English, or null. */
  error: string | null;
  onApply: (fixes: Fix[]) => void;
  onClose: () => void;
}

function Shown({ text }: { text: string }) {
  const styles = useStyles();
  return text === '' ? <span className={styles.blank}>(blank)</span> : <>“{text}”</>;
}

export function applyLabel(n: number): string {
  return `Apply ${n} fix${n === 1 ? '' : 'es'}`;
}

export function FixDialog({ open, fixes, applying, error, onApply, onClose }: FixDialogProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(fixes.map((f) => f.id)));
  // Every fix starts ticked each time the dialog opens with a new list.
  useEffect(() => setChosen(new Set(fixes.map((f) => f.id))), [fixes]);
  const selected = fixes.filter((f) => chosen.has(f.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="fix-dialog-intro">
        <DialogBody>
          <DialogTitle>Review fixes</DialogTitle>
          <DialogContent>
            <Text as="p" id="fix-dialog-intro">
              These cells will change. Untick any fix you do not want. Nothing changes until you apply.
            </Text>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>
                  <MessageBarTitle>The fixes were not applied</MessageBarTitle>
                  {error}
                </MessageBarBody>
              </MessageBar>
            )}
            <ul className={styles.list} aria-label="Fixes">
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
                    {fix.preview.length === 0 && (
                      <li className={styles.blank}>{fix.cell}: no value changes</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={applying}>
              Cancel
            </Button>
            <Button
              appearance="primary"
              disabled={applying || selected.length === 0}
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
