/**
 * A plan sheet as the tracker read it: its header row, its size and which column plays which role, with
 * an editor to correct that mapping (loaded when the section is first opened) when the view passes the
 * engine to save it through.
 */
import { Suspense, lazy } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetReport } from '../engine/check-report';
import type { PaneEngine } from '../engine/engine';
import { ROLE_LABELS } from './labels';
import { plainTable } from './styles';

const MappingEditor = lazy(() => import('./MappingEditor').then((m) => ({ default: m.MappingEditor })));

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  table: plainTable,
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
            <table className={styles.table} aria-label={`Columns of ${plan.sheet}`}>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Column</th>
                  <th scope="col">Header</th>
                </tr>
              </thead>
              <tbody>
                {plan.columns.map((c) => (
                  <tr key={`${c.role}-${c.col}`}>
                    <td>{ROLE_LABELS[c.role]}</td>
                    <td>{c.letter}</td>
                    <td>
                      {c.header ? (
                        c.header
                      ) : (
                        <span className={styles.muted}>blank (read from the cells)</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {engine && onMappingSaved && (
              <Suspense fallback={<Spinner size="extra-tiny" label="Loading the column editor…" />}>
                <MappingEditor plan={plan} engine={engine} onSaved={onMappingSaved} />
              </Suspense>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
