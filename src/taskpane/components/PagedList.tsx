/**
 * A list that shows its first items and a "Show more" button for the rest, a page at a time: a group of
 * thousands of findings or actions never draws them all at once (which would hold up the page).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

export interface PagedListProps<T> {
  items: readonly T[];
  /** What the items are, for the button's name ("Show 50 more: Overdue actions"). */
  label: string;
  render: (item: T, index: number) => ReactNode;
  pageSize?: number;
}

export function PagedList<T>({ items, label, render, pageSize = PAGE_SIZE }: PagedListProps<T>) {
  const styles = useStyles();
  const [shown, setShown] = useState(pageSize);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  // After "Show more", focus moves to the first item that appeared, so the keyboard carries on there.
  useEffect(() => {
    if (firstNew.current === null) return;
    const item = list.current?.children[firstNew.current]?.querySelector<HTMLElement>('button');
    firstNew.current = null;
    item?.focus();
  }, [shown]);
  const left = items.length - shown;
  return (
    <>
      <ul className={styles.list} ref={list}>
        {items.slice(0, shown).map(render)}
      </ul>
      {left > 0 && (
        <Button
          size="small"
          appearance="secondary"
          className={styles.more}
          onClick={() => {
            firstNew.current = shown;
            setShown((n) => n + pageSize);
          }}
        >
          {`Show ${Math.min(left, pageSize)} more of ${left}`}
          <span
            style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
          >
            {`: ${label}`}
          </span>
        </Button>
      )}
    </>
  );
}
