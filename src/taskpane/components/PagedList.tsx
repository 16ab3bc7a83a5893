/**
 * A list that shows its first items and a "Show more" button that fetches the next page from where the
 * pane's tasks run: a group of thousands of findings or actions is never copied to the page or drawn
 * all at once (either would hold the page up).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Page } from '../engine/check-report';
import { userMessage } from '../messages';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface PagedListProps<T> {
  page: Page<T>;
  /** Fetches the items from `offset` on (a page of them). */
  load: (offset: number) => Promise<T[]>;
  /** What the items are, for the button's name ("Show 50 more of 120: Overdue"). */
  label: string;
  render: (item: T, index: number) => ReactNode;
}

export function PagedList<T>({ page, load, label, render }: PagedListProps<T>) {
  const styles = useStyles();
  const [items, setItems] = useState(page.items);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => setItems(page.items), [page]);
  // After "Show more", focus moves to the first item that appeared, so the keyboard carries on there.
  useEffect(() => {
    if (firstNew.current === null) return;
    const item = list.current?.children[firstNew.current]?.querySelector<HTMLElement>('button');
    firstNew.current = null;
    item?.focus();
  }, [items]);
  const left = page.total - items.length;
  const showMore = async () => {
    setLoading(true);
    setError(null);
    try {
      const next = await load(items.length);
      firstNew.current = items.length;
      setItems((prev) => [...prev, ...next]);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <ul className={styles.list} ref={list}>
        {items.map(render)}
      </ul>
      {left > 0 && (
        <Button
          size="small"
          appearance="secondary"
          className={styles.more}
          disabledFocusable={loading}
          icon={loading ? <Spinner size="extra-tiny" /> : undefined}
          onClick={() => void showMore()}
        >
          {`Show ${Math.min(left, Math.max(page.items.length, 1))} more of ${left}`}
          <span className={styles.hidden}>{`: ${label}`}</span>
        </Button>
      )}
      {error && (
        <Text size={200} className={styles.error} role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
