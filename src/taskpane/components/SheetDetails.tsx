/**
 * A plan sheet as the tracker read it: its header row, its size and which column plays which role, with
 * an editor to correct that mapping when the view passes the workbook it read and the host to save to.
 */
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
import type { PlanHost } from '../../core/host';
import type { PlanSheet } from '../../core/plan-reader';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { ROLE_LABELS } from './labels';
import { MappingEditor } from './MappingEditor';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  table: { tableLayout: 'auto' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface SheetDetailsProps {
  plan: PlanSheet;
  /** The snapshot the plan was read from; with `host` and `onMappingSaved`, the mapping can be corrected. */
  snapshot?: WorkbookSnapshot;
  host?: PlanHost;
  /** Called once a corrected mapping is saved, to check the workbook again. */
  onMappingSaved?: () => Promise<void> | void;
}

export function SheetDetails({ plan, snapshot, host, onMappingSaved }: SheetDetailsProps) {
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
          <AccordionPanel className={styles.panel}>
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
            {snapshot && host && onMappingSaved && (
              <MappingEditor plan={plan} snapshot={snapshot} host={host} onSaved={onMappingSaved} />
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
