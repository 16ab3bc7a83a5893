/**
 * Where the plan stands: the actions overdue, due in the next few weeks and not started, each list
 * with its count. An action is a button that selects its cell (the deadline, or the Action RAG for one
 * not started).
 */
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
} from '@fluentui/react-components';
import { ukShortDate } from '../../core/dates';
import type { StandingItem } from '../../core/standing';
import type { SheetReport, StandingList } from '../engine/check-report';
import { PagedList } from './PagedList';

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXS },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    height: 'auto',
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
});

type ListId = StandingList;

/** '1.2 · due 31/10/2025 · Review all case files' (the text cut to one short line). */
export function standingText(item: StandingItem, list: ListId): string {
  const text = item.text.length > 90 ? `${item.text.slice(0, 90).replace(/\s+\S*$/, '')}…` : item.text;
  const when =
    list === 'notStarted' ? 'no rating' : item.due ? `due ${ukShortDate(item.due)}` : item.deadline;
  return [item.ref ?? `row ${item.row}`, when, text].filter(Boolean).join(' · ');
}

export interface StandingGroupsProps {
  standing: SheetReport['standing'];
  /** The next actions of a list, from `offset` on. */
  loadMore: (list: StandingList, offset: number) => Promise<StandingItem[]>;
  onSelect: (item: StandingItem) => void;
}

export function StandingGroups({ standing, loadMore, onSelect }: StandingGroupsProps) {
  const styles = useStyles();
  const lists: {
    id: ListId;
    title: string;
    note: string;
    colour: 'danger' | 'warning' | 'informative';
  }[] = [
    {
      id: 'overdue',
      title: 'Overdue',
      note: `Deadline before ${ukShortDate(standing.asOf)} and not Blue (complete).`,
      colour: 'danger',
    },
    {
      id: 'dueSoon',
      title: `Due in the next ${standing.dueSoonDays} days`,
      note: 'Not Blue (complete) yet; soonest first.',
      colour: 'warning',
    },
    {
      id: 'notStarted',
      title: 'Not started',
      note: 'No Action RAG rating and no progress written.',
      colour: 'informative',
    },
  ];
  return (
    <Accordion multiple collapsible>
      {lists.map(({ id, title, note, colour }) => (
        <AccordionItem key={id} value={id} disabled={standing[id].total === 0}>
          <AccordionHeader size="small">
            <span className={styles.title}>
              {title}
              <Badge
                appearance="tint"
                color={standing[id].total === 0 ? 'subtle' : colour}
                data-testid={`standing-${id}`}
              >
                {standing[id].total}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel collapseMotion={null}>
            <Text size={200} className={styles.note}>
              {note}
            </Text>
            <PagedList
              page={standing[id]}
              load={(offset) => loadMore(id, offset)}
              label={title}
              render={(item) => (
                <li key={`${item.sheet}!${item.row}`}>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.item}
                    onClick={() => onSelect(item)}
                  >
                    {standingText(item, id)}
                  </Button>
                </li>
              )}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
