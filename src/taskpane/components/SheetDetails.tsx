/** A plan sheet as the tracker read it: its header row, its size and which column plays which role. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanSheet } from '../../core/plan-reader';
import { ROLE_LABELS } from './labels';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  table: { tableLayout: 'auto' },
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function SheetDetails({ plan }: { plan: PlanSheet }) {
  const styles = useStyles();
  const themes = plan.themes.filter((t) => t.row > 0).length;
  return (
    <>
      <Text as="p">
        Header in row {plan.headerRow}; {themes > 0 && `${plural(themes, 'theme')}, `}
        {plural(plan.objectives.length, 'objective')}, {plural(plan.actions.length, 'action')}.
      </Text>
      <Accordion collapsible>
        <AccordionItem value="columns">
          <AccordionHeader size="small">
            Column mapping ({plural(plan.columns.length, 'column')})
          </AccordionHeader>
          <AccordionPanel>
            <Table size="extra-small" className={styles.table} aria-label={`Columns of ${plan.sheet}`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Role</TableHeaderCell>
                  <TableHeaderCell>Column</TableHeaderCell>
                  <TableHeaderCell>Header</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.columns.map((c) => (
                  <TableRow key={`${c.role}-${c.col}`}>
                    <TableCell>{ROLE_LABELS[c.role]}</TableCell>
                    <TableCell>{c.letter}</TableCell>
                    <TableCell>
                      {c.header ? (
                        c.header
                      ) : (
                        <span className={styles.muted}>blank (read from the cells)</span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
