/**
 * What came of an action (a message bar that focus can land on) and the busy line (a spinner with the
 * action's name and, for long work, its current step). Both sit in live regions, so a screen reader
 * hears them without moving.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Outcome, SaveThenCheck } from '../hooks/useHostAction';

const useStyles = makeStyles({
  outcome: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: '4px' } },
  busy: { minHeight: '24px' },
});

export function OutcomeBar({
  outcome,
  outcomeRef,
}: {
  outcome: Outcome | null;
  outcomeRef: RefObject<HTMLDivElement>;
}) {
  const styles = useStyles();
  return (
    <div ref={outcomeRef} tabIndex={-1} className={styles.outcome} aria-live="polite" data-testid="outcome">
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function BusyLine({ busy, step }: { busy: string | null; step: string | null }) {
  const styles = useStyles();
  return (
    <div className={styles.busy} role="status" aria-live="polite">
      {busy !== null && <Spinner size="extra-tiny" label={step ? `${busy}: ${step}` : `${busy}…`} />}
    </div>
  );
}

/** What came of a save the view follows with a new check: the failure in a message bar, or a short note. */
export function SaveStatus({
  save,
  failedTitle,
  noteClassName,
}: {
  save: Pick<SaveThenCheck, 'error' | 'note' | 'statusRef'>;
  failedTitle: string;
  noteClassName: string;
}) {
  return (
    <div ref={save.statusRef} tabIndex={-1} aria-live="polite">
      {save.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failedTitle}</MessageBarTitle>
            {save.error}
          </MessageBarBody>
        </MessageBar>
      ) : (
        save.note && (
          <Text size={200} className={noteClassName}>
            {save.note}
          </Text>
        )
      )}
    </div>
  );
}
