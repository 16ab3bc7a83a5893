/**
 * A plan sheet as the tracker read it: its header row, its size and which column plays which role, with
 * an editor to correct that mapping when the view passes the engine to save it through.
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
import type { SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { ROLE_LABELS } from './labels';
import { MappingEditor } from './MappingEditor';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  // Long header texts wrap inside their cell rather than widening a narrow pane.
  table: { tableLayout: 'auto', width: '100%', overflowWrap: 'anywhere' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface SheetDetailsProps {
  plan: SheetReport;
  /** With `onMappingSaved`, the mapping can be corrected and saved through the engine. */
  engine?: PaneEngine;
  /** Called once a corrected mapping is saved, to check the workbook again. */
  onMappingSaved?: () => Promise<void> | void;
}

export function SheetDetails({ plan, engine, onMappingSaved }: SheetDetailsProps) {
  const styles = useStyles();
  const { themes, objectives, actions } = plan.counts;
  return (
    <>
      <Text as="p">
        Header in row {plan.headerRow}; {themes > 0 && `${plural(themes, 'theme')}, `}
        {plural(objectives, 'objective')}, {plural(actions, 'action')}.
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
            {engine && onMappingSaved && (
              <MappingEditor plan={plan} engine={engine} onSaved={onMappingSaved} />
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
