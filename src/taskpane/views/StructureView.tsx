/**
 * Structure: sets a plan sheet up so that everyone records progress the same way: RAG dropdowns and
 * colours, overdue marks, a frozen header, the columns the tracker needs, a new numbered action under
 * an objective, a new plan sheet from the template. Every button reads the workbook afresh, works out
 * the edits in the core and applies them in one go.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Divider,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { checkWorkbook, type SheetCheck } from '../../core/check';
import type { Edit } from '../../core/edits';
import { HostError, type PlanHost } from '../../core/host';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import {
  missingColumnEdits,
  freezeHeaderEdits,
  insertAction,
  newPlanSheetEdits,
  overdueCells,
  overdueMarks,
  ragColours,
  ragDropdowns,
} from '../../core/structure';
import type { IsoDate } from '../../core/types';

export interface StructureViewProps {
  host: PlanHost;
  /** Today, as 'YYYY-MM-DD': overdue deadlines are judged against it. */
  asOf: IsoDate;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '160px' },
  status: { minHeight: '24px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

interface Outcome {
  intent: 'success' | 'info' | 'error';
  title: string;
  text: string;
}

interface PlanChoice {
  sheet: string;
  objectives: { ref: string; title: string }[];
}

/** What a button works out from a fresh read of the workbook. */
interface Work {
  edits: Edit[];
  /** Shown when the edits have been applied (or when there is nothing to do). */
  done: string;
}

/** A message an officer can act on: HostError and the core's own errors are shown as they are. */
function messageOf(error: unknown): string {
  if (error instanceof HostError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Plan Tracker could not change the workbook. Try again, or close and reopen the task pane.';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function choicesOf(sheets: SheetCheck[]): PlanChoice[] {
  return sheets.map(({ plan }) => ({
    sheet: plan.sheet,
    objectives: plan.objectives
      .filter((o): o is typeof o & { ref: string } => o.ref !== null)
      .map((o) => ({ ref: o.ref, title: o.title })),
  }));
}

export function StructureView({ host, asOf }: StructureViewProps) {
  const styles = useStyles();
  const [plans, setPlans] = useState<PlanChoice[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [objectiveRef, setObjectiveRef] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const current = useMemo(
    () => plans.find((p) => p.sheet === sheetName) ?? plans[0] ?? null,
    [plans, sheetName],
  );

  const showPlans = useCallback(
    (workbook: WorkbookSnapshot) => {
      const choices = choicesOf(checkWorkbook(workbook, { asOf }).sheets);
      setPlans(choices);
      setLoaded(true);
    },
    [asOf],
  );

  const refresh = useCallback(async () => {
    try {
      const workbook = await host.readWorkbook();
      if (mounted.current) showPlans(workbook);
    } catch (e) {
      if (!mounted.current) return;
      setLoaded(true);
      setOutcome({ intent: 'error', title: 'Could not read the workbook', text: messageOf(e) });
    }
  }, [host, showPlans]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Reads the workbook, works out the edits, applies them in one go and says what happened. */
  const run = async (label: string, work: (workbook: WorkbookSnapshot) => Work) => {
    setBusy(label);
    setOutcome(null);
    try {
      const workbook = await host.readWorkbook();
      const { edits, done } = work(workbook);
      if (edits.length > 0) await host.apply(edits);
      if (!mounted.current) return;
      setOutcome({ intent: edits.length > 0 ? 'success' : 'info', title: label, text: done });
      if (edits.length === 0) showPlans(workbook);
      else {
        // The objectives and sheets offered may have changed; a failed re-read only leaves them as they were.
        try {
          const after = await host.readWorkbook();
          if (mounted.current) showPlans(after);
        } catch {
          /* the edits are in; the lists refresh on the next button */
        }
      }
    } catch (e) {
      if (mounted.current) setOutcome({ intent: 'error', title: `${label}: not done`, text: messageOf(e) });
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  /** The chosen plan sheet, read afresh, refusing a protected sheet before anything is sent to Excel. */
  const planIn = (workbook: WorkbookSnapshot): { check: SheetCheck; sheet: SheetSnapshot } => {
    const wanted = current?.sheet;
    const result = checkWorkbook(workbook, { asOf });
    const check = result.sheets.find((s) => s.plan.sheet === wanted) ?? result.sheets[0];
    if (!check) {
      throw new Error(
        'None of this workbook’s sheets looks like an improvement plan: the tracker needs a header row naming the actions, the lead, the deadline and the RAG rating.',
      );
    }
    const sheet = workbook.sheets.find((s) => s.name === check.plan.sheet)!;
    if (sheet.protected) {
      throw new Error(
        `The sheet "${sheet.name}" is protected. Unprotect it (Review > Unprotect Sheet) and try again.`,
      );
    }
    return { check, sheet };
  };

  const disabled = busy !== null || !loaded;
  const noPlan = loaded && plans.length === 0;

  return (
    <div className={styles.root}>
      <Text as="p">
        Set up the plan’s columns, drop-down lists and frozen header row so that everyone records progress the
        same way.
      </Text>

      {plans.length > 1 && (
        <Field label="Plan sheet">
          <Dropdown
            aria-label="Plan sheet to set up"
            value={current?.sheet ?? ''}
            selectedOptions={current ? [current.sheet] : []}
            onOptionSelect={(_e, data) => {
              setSheetName(data.optionValue ?? null);
              setObjectiveRef(null);
            }}
            disabled={disabled}
          >
            {plans.map((p) => (
              <Option key={p.sheet} value={p.sheet}>
                {p.sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      <div className={styles.buttons}>
        <Button
          appearance="primary"
          aria-label="Apply RAG dropdowns and colours to the Action RAG and Impact RAG cells"
          disabled={disabled || noPlan}
          onClick={() =>
            void run('Apply RAG dropdowns and colours', (wb) => {
              const { check } = planIn(wb);
              const dropdowns = ragDropdowns(check.plan);
              if (dropdowns.length === 0) {
                return {
                  edits: [],
                  done: 'This plan has no RAG column yet. Use "Add missing columns" first.',
                };
              }
              return {
                edits: [...dropdowns, ...ragColours(check.plan)],
                done: `The RAG cells of ${plural(check.plan.actions.length, 'action')} on "${check.plan.sheet}" now offer Red, Amber, Green and Blue, each in its colour.`,
              };
            })
          }
        >
          Apply RAG dropdowns and colours
        </Button>
        <Button
          aria-label="Mark overdue deadlines"
          disabled={disabled || noPlan}
          onClick={() =>
            void run('Mark overdue deadlines', (wb) => {
              const { check } = planIn(wb);
              const count = overdueCells(check.plan, asOf).length;
              return {
                edits: overdueMarks(check.plan, asOf),
                done:
                  count === 0
                    ? 'No deadline has passed without the action being marked Blue (complete).'
                    : `${plural(count, 'overdue deadline')} marked in light red. The marks are refreshed each time you use this button.`,
              };
            })
          }
        >
          Mark overdue deadlines
        </Button>
        <Button
          aria-label="Freeze the header row"
          disabled={disabled || noPlan}
          onClick={() =>
            void run('Freeze header row', (wb) => {
              const { check } = planIn(wb);
              return {
                edits: freezeHeaderEdits(check.plan),
                done: `Rows 1 to ${check.plan.headerRow} stay in view while you scroll.`,
              };
            })
          }
        >
          Freeze header row
        </Button>
        <Button
          aria-label="Add the columns the plan is missing"
          disabled={disabled || noPlan}
          onClick={() =>
            void run('Add missing columns', (wb) => {
              const { check, sheet } = planIn(wb);
              const edits = missingColumnEdits(check.plan, sheet);
              const added = edits.flatMap((e) =>
                e.kind === 'setValues' ? [`${e.values[0].join(', ')} (${e.address})`] : [],
              );
              return {
                edits,
                done:
                  edits.length === 0
                    ? 'The plan already has every column the tracker needs.'
                    : `Added the header ${added.join('; ')} to row ${check.plan.headerRow}. Nothing else was moved or changed.`,
              };
            })
          }
        >
          Add missing columns
        </Button>
      </div>

      <Divider />
      <h2 className={styles.heading}>Insert action under objective…</h2>
      <div className={styles.row}>
        <Field label="Objective" className={styles.grow}>
          <Dropdown
            aria-label="Objective to add an action under"
            placeholder={
              current && current.objectives.length > 0 ? 'Choose an objective' : 'No numbered objectives'
            }
            value={objectiveRef ?? ''}
            selectedOptions={objectiveRef ? [objectiveRef] : []}
            onOptionSelect={(_e, data) => setObjectiveRef(data.optionValue ?? null)}
            disabled={disabled || !current || current.objectives.length === 0}
          >
            {(current?.objectives ?? []).map((o) => (
              <Option key={o.ref} value={o.ref} text={o.ref}>
                {`${o.ref} ${o.title}`.slice(0, 80)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          aria-label="Insert a new numbered action under the chosen objective"
          disabled={disabled || objectiveRef === null}
          onClick={() =>
            void run('Insert action', (wb) => {
              const { check } = planIn(wb);
              const { edits, ref, row } = insertAction(check.plan, objectiveRef!);
              const textColumn = check.plan.columns.find((c) =>
                ['objectiveAction', 'action'].includes(c.role),
              );
              const select: Edit[] = textColumn
                ? [{ kind: 'select', sheet: check.plan.sheet, address: `${textColumn.letter}${row}` }]
                : [];
              return {
                edits: [...edits, ...select],
                done: `Added action ${ref} in row ${row}. Type the action, lead, deadline and rating.`,
              };
            })
          }
        >
          Insert action
        </Button>
      </div>

      <Divider />
      <h2 className={styles.heading}>New plan sheet…</h2>
      <div className={styles.row}>
        <Field label="Sheet name" className={styles.grow}>
          <Input
            aria-label="Name of the new plan sheet"
            value={newName}
            onChange={(_e, data) => setNewName(data.value)}
            disabled={busy !== null}
          />
        </Field>
        <Button
          aria-label="Create a new plan sheet with the standard columns"
          disabled={busy !== null || newName.trim() === ''}
          onClick={() =>
            void run('New plan sheet', (wb) => {
              const name = newName.trim();
              const edits = newPlanSheetEdits(
                name,
                wb.sheets.map((s) => s.name),
                asOf,
              );
              return {
                edits: [...edits, { kind: 'select', sheet: name, address: 'B4' }],
                done: `Created the sheet "${name}" with the standard columns and an example objective and action to type over.`,
              };
            })
          }
        >
          Create sheet
        </Button>
      </div>

      <div className={styles.status} role="status" aria-live="polite">
        {busy !== null && <Spinner size="extra-tiny" label={`${busy}…`} />}
        {busy === null && !loaded && <Spinner size="extra-tiny" label="Reading the workbook…" />}
      </div>

      {noPlan && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>No plan found</MessageBarTitle>
            None of this workbook’s sheets looks like an improvement plan yet. Create one with “New plan
            sheet…”.
          </MessageBarBody>
        </MessageBar>
      )}

      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
