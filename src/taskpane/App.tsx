/**
 * The task pane: a Fluent UI shell with, at the top, a note for each feature this copy of Excel (or the
 * host) lacks and the day the plan is judged by; then one tab per job (Check, Structure, Summary,
 * Ofsted). Built for a task pane 320–350 px wide: the tabs fit, nothing scrolls sideways. Only the Check
 * view is in the first download; the others load when first chosen.
 */
import {
  Suspense,
  lazy,
  startTransition,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from '@fluentui/react-components';
import { parseIso } from '../core/dates';
import { DEFAULT_DUE_SOON_DAYS, dueSoonDaysFrom } from '../core/due-soon';
import type { PlanHost } from '../core/host';
import type { IsoDate } from '../core/types';
import { themeFor } from './theme';
import { unavailableFeatures } from './requirements';
import { readHostInfo, watchTheme, type HostInfo } from './office-context';
import type { ViewProps } from './components/view-props';
import { localEngine, type PaneEngine } from './engine/engine';
import { memorySettings, type PaneSettings, type PaneSettingsStore } from './settings';
import { CheckView } from './views/CheckView';

export type { ViewProps } from './components/view-props';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType<ViewProps>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export type ViewId = 'check' | 'structure' | 'summary' | 'ofsted';

export const VIEWS: readonly { id: ViewId; label: string; View: ComponentType<ViewProps> }[] = [
  { id: 'check', label: 'Check', View: CheckView },
  {
    id: 'structure',
    label: 'Structure',
    View: named(() => import('./views/StructureView'), 'StructureView'),
  },
  { id: 'summary', label: 'Summary', View: named(() => import('./views/SummaryView'), 'SummaryView') },
  { id: 'ofsted', label: 'Ofsted', View: named(() => import('./views/OfstedView'), 'OfstedView') },
];

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'break-word',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  settings: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  date: { width: '150px' },
  days: { width: '72px' },
  // Four tabs in the 304 px a 320 px pane leaves: small tabs with narrow padding (they need 298 px),
  // sharing out what is left, never wrapping a word.
  tabs: { display: 'flex', width: '100%', minWidth: 0 },
  tab: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 'auto',
    minWidth: 0,
    justifyContent: 'center',
    paddingLeft: '4px',
    paddingRight: '4px',
    whiteSpace: 'nowrap',
  },
  panel: { minWidth: 0 },
});

export interface AppProps {
  /** The workbook the pane works on (Excel, the browser preview, or a test double), run in this page. */
  host?: PlanHost;
  /** Where the pane's tasks run; by default in this page, on `host`. */
  engine?: PaneEngine;
  /** Today, 'YYYY-MM-DD': the as-of day unless the officer has chosen another for this workbook. */
  asOf: IsoDate;
  /** Where the workbook's as-of day and due-soon window are remembered. */
  settings?: PaneSettingsStore;
  /**
   * What Office says about itself; read from Office.context when not given (tests pass their own). The
   * theme then follows Office's theme-changed event and the browser's dark-mode preference.
   */
  info?: HostInfo;
  initialView?: ViewId;
}

export function App({
  host,
  engine: given,
  asOf: today,
  settings,
  info: givenInfo,
  initialView = 'check',
}: AppProps) {
  const info = useMemo(() => givenInfo ?? readHostInfo(), [givenInfo]);
  const engine = useMemo(() => given ?? localEngine(host!), [given, host]);
  const store = useMemo(() => settings ?? memorySettings(), [settings]);
  // The colours Office (or the browser) reported last; null until either reports a change.
  const [look, setLook] = useState<Pick<HostInfo, 'officeTheme' | 'prefersDark'> | null>(null);
  useEffect(() => watchTheme(({ officeTheme, prefersDark }) => setLook({ officeTheme, prefersDark })), []);
  const { officeTheme, prefersDark } = look ?? info;
  const theme = useMemo(() => themeFor(officeTheme, prefersDark), [officeTheme, prefersDark]);
  const notes = useMemo(
    () => [...new Set([...unavailableFeatures(info.isSetSupported), ...engine.unavailableFeatures()])],
    [info, engine],
  );
  const [chosen, setChosen] = useState<PaneSettings>(() => store.load());
  const choose = (change: PaneSettings) => {
    const next = { ...chosen, ...change };
    if (next.asOf === undefined || next.asOf === today) delete next.asOf;
    if (next.dueSoonDays === undefined || next.dueSoonDays === DEFAULT_DUE_SOON_DAYS) delete next.dueSoonDays;
    setChosen(next);
    store.save(next);
  };
  const asOf = chosen.asOf ?? today;
  const dueSoonDays = chosen.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const [selected, setSelected] = useState<ViewId>(initialView);
  const current = VIEWS.find((v) => v.id === selected) ?? VIEWS[0];

  return (
    <FluentProvider theme={theme}>
      <Shell
        notes={notes}
        selected={current.id}
        onSelect={(id) => startTransition(() => setSelected(id))}
        settings={<Settings today={today} asOf={asOf} dueSoonDays={dueSoonDays} onChange={choose} />}
      >
        <Suspense fallback={<Spinner size="extra-tiny" label={`Opening ${current.label}…`} />}>
          <current.View engine={engine} asOf={asOf} dueSoonDays={dueSoonDays} />
        </Suspense>
      </Shell>
    </FluentProvider>
  );
}

interface SettingsProps {
  today: IsoDate;
  asOf: IsoDate;
  dueSoonDays: number;
  onChange: (change: PaneSettings) => void;
}

/** The as-of day (today unless chosen) and the due-soon window, remembered for this workbook. */
function Settings({ today, asOf, dueSoonDays, onChange }: SettingsProps) {
  const styles = useStyles();
  const [days, setDays] = useState(String(dueSoonDays));
  useEffect(() => setDays(String(dueSoonDays)), [dueSoonDays]);
  return (
    <div className={styles.settings} role="group" aria-label="Judge the plan as of">
      <Field label="As of" size="small" hint={asOf === today ? 'Today' : undefined}>
        <Input
          type="date"
          size="small"
          className={styles.date}
          value={asOf}
          onChange={(_e, data) => {
            if (parseIso(data.value)) onChange({ asOf: data.value });
          }}
        />
      </Field>
      {asOf !== today && (
        <Button size="small" onClick={() => onChange({ asOf: today })}>
          Back to today
        </Button>
      )}
      <Field label="Due soon: days ahead" size="small">
        <Input
          type="number"
          size="small"
          min={0}
          max={366}
          className={styles.days}
          value={days}
          onChange={(_e, data) => {
            setDays(data.value);
            const n = dueSoonDaysFrom(data.value);
            if (n !== null) onChange({ dueSoonDays: n });
          }}
        />
      </Field>
    </div>
  );
}

interface ShellProps {
  notes: string[];
  /** The as-of day and due-soon window, shared by every view. */
  settings: ReactNode;
  selected: ViewId;
  onSelect: (id: ViewId) => void;
  children: ReactNode;
}

function Shell({ notes, settings, selected, onSelect, children }: ShellProps) {
  const styles = useStyles();
  const onTabSelect = (_e: SelectTabEvent, data: SelectTabData) => onSelect(data.value as ViewId);
  return (
    <main className={styles.root}>
      {notes.length > 0 && (
        <section className={styles.notes} aria-label="Features not available in this version of Excel">
          {notes.map((note) => (
            <MessageBar key={note} intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Not available here</MessageBarTitle>
                {note}
              </MessageBarBody>
            </MessageBar>
          ))}
        </section>
      )}
      {settings}
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={onTabSelect}
        aria-label="Plan Tracker sections"
      >
        {VIEWS.map(({ id, label }) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} className={styles.tab}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
        className={styles.panel}
      >
        {children}
      </div>
    </main>
  );
}
