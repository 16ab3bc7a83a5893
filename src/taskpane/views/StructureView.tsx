/**
 * Structure: sets a plan sheet up so that everyone records progress the same way: RAG dropdowns and
 * colours, overdue marks, a frozen header, the columns the tracker needs, a new numbered action under
 * an objective, a new plan sheet from the template. Layout only: each button runs one command of
 * engine/structure-actions.ts through the engine, and useHostAction says how it went.
 */
import { useEffect, useMemo, useState } from 'react';
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
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BusyLine, OutcomeBar } from '../components/Outcome';
import type { ViewProps } from '../components/view-props';
import { STRUCTURE_LABELS } from '../engine/structure-labels';
import type { PlanChoice, StructureActionId } from '../engine/structure-actions';
import { useHostAction } from '../hooks/useHostAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: 0, flexBasis: '160px' },
  wide: { width: '100%', minWidth: 0 },
  option: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const SET_UP: StructureActionId[] = ['ragDropdowns', 'overdueMarks', 'freezeHeader', 'missingColumns'];

export function StructureView({ engine, asOf }: ViewProps) {
  const styles = useStyles();
  const action = useHostAction();
  const [plans, setPlans] = useState<PlanChoice[] | null>(null);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [objectiveRef, setObjectiveRef] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const { run } = action;

  useEffect(() => {
    void run('Read the workbook', () => engine.run('structurePlans', { asOf })).then((found) =>
      setPlans(found ?? []),
    );
  }, [engine, asOf, run]);

  const current = useMemo(
    () => plans?.find((p) => p.sheet === sheetName) ?? plans?.[0] ?? null,
    [plans, sheetName],
  );

  const perform = (id: StructureActionId) =>
    void run(
      STRUCTURE_LABELS[id],
      (progress) =>
        engine.run(
          'structure',
          { action: id, request: { asOf, sheet: current?.sheet, objectiveRef, newName } },
          progress,
        ),
      (result) => {
        setPlans(result.plans);
        if (id === 'newPlanSheet') setNewName('');
        return { intent: result.intent, text: result.done };
      },
    );

  const busy = action.busy !== null;
  const loaded = plans !== null;
  const noPlan = loaded && plans.length === 0;

  return (
    <div className={styles.root}>
      <Text as="p">
        Set up the plan’s columns, drop-down lists and frozen header row so that everyone records progress the
        same way.
      </Text>

      {plans && plans.length > 1 && (
        <Field label="Plan sheet to set up">
          <Dropdown
            className={styles.wide}
            value={current?.sheet ?? ''}
            selectedOptions={current ? [current.sheet] : []}
            onOptionSelect={(_e, data) => {
              setSheetName(data.optionValue ?? null);
              setObjectiveRef(null);
            }}
            disabled={busy}
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
        {SET_UP.map((id, i) => (
          <Button
            key={id}
            appearance={i === 0 ? 'primary' : 'secondary'}
            disabledFocusable={busy || !loaded || noPlan}
            onClick={() => perform(id)}
          >
            {STRUCTURE_LABELS[id]}
          </Button>
        ))}
      </div>

      <Divider />
      <h2 className={styles.heading}>Insert action under objective…</h2>
      <div className={styles.row}>
        <Field label="Objective" className={styles.grow}>
          <Dropdown
            className={styles.wide}
            placeholder={
              current && current.objectives.length > 0 ? 'Choose an objective' : 'No numbered objectives'
            }
            value={objectiveRef ?? ''}
            selectedOptions={objectiveRef ? [objectiveRef] : []}
            onOptionSelect={(_e, data) => setObjectiveRef(data.optionValue ?? null)}
            disabled={busy || !current || current.objectives.length === 0}
            listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
          >
            {(current?.objectives ?? []).map((o) => (
              <Option key={o.ref} value={o.ref} text={o.ref} className={styles.option}>
                {`${o.ref} ${o.title}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabledFocusable={busy || objectiveRef === null} onClick={() => perform('insertAction')}>
          {STRUCTURE_LABELS.insertAction}
        </Button>
      </div>

      <Divider />
      <h2 className={styles.heading}>New plan sheet…</h2>
      <div className={styles.row}>
        <Field label="Sheet name" className={styles.grow}>
          <Input
            className={styles.wide}
            value={newName}
            onChange={(_e, data) => setNewName(data.value)}
            disabled={busy}
          />
        </Field>
        <Button disabledFocusable={busy || newName.trim() === ''} onClick={() => perform('newPlanSheet')}>
          Create sheet
        </Button>
      </div>

      <BusyLine busy={action.busy} step={action.step} />

      {noPlan && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No plan found</MessageBarTitle>
            None of this workbook’s sheets looks like an improvement plan yet. Create one with “New plan
            sheet…”.
          </MessageBarBody>
        </MessageBar>
      )}

      <OutcomeBar outcome={action.outcome} outcomeRef={action.outcomeRef} />
    </div>
  );
}
