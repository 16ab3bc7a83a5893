/**
 * The task pane: a Fluent UI shell with one tab per job (Check, Structure, Summary, Ofsted) and, above
 * them, a note for each feature this copy of Excel (or the host) lacks. Every view gets the same
 * PlanHost and the day deadlines are judged by.
 */
import { useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from '@fluentui/react-components';
import type { PlanHost } from '../core/host';
import type { IsoDate } from '../core/types';
import { themeFor } from './theme';
import { unavailableFeatures } from './requirements';
import { readHostInfo, watchTheme, type HostInfo } from './office-context';
import type { ViewProps } from './components/view-props';
import { CheckView } from './views/CheckView';
import { StructureView } from './views/StructureView';
import { SummaryView } from './views/SummaryView';
import { OfstedView } from './views/OfstedView';

export type { ViewProps } from './components/view-props';

export const VIEWS: readonly { id: string; label: string; View: ComponentType<ViewProps> }[] = [
  { id: 'check', label: 'Check', View: CheckView },
  { id: 'structure', label: 'Structure', View: StructureView },
  { id: 'summary', label: 'Summary', View: SummaryView },
  { id: 'ofsted', label: 'Ofsted', View: OfstedView },
];

export type ViewId = 'check' | 'structure' | 'summary' | 'ofsted';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  panel: { paddingInline: tokens.spacingHorizontalS },
});

export interface AppProps {
  /** The workbook the pane works on: Excel, the browser preview, or a test double. */
  host: PlanHost;
  /** Today, 'YYYY-MM-DD': deadlines are judged against it. */
  asOf: IsoDate;
  /**
   * What Office says about itself; read from Office.context when not given (tests pass their own). The
   * theme then follows Office's theme-changed event and the browser's dark-mode preference.
   */
  info?: HostInfo;
  initialView?: ViewId;
}

export function App({ host, asOf, info: given, initialView = 'check' }: AppProps) {
  const info = useMemo(() => given ?? readHostInfo(), [given]);
  // The colours Office (or the browser) reported last; null until either reports a change.
  const [look, setLook] = useState<Pick<HostInfo, 'officeTheme' | 'prefersDark'> | null>(null);
  useEffect(() => watchTheme(({ officeTheme, prefersDark }) => setLook({ officeTheme, prefersDark })), []);
  const { officeTheme, prefersDark } = look ?? info;
  const theme = useMemo(() => themeFor(officeTheme, prefersDark), [officeTheme, prefersDark]);
  const notes = useMemo(
    () => [...new Set([...unavailableFeatures(info.isSetSupported), ...host.unavailableFeatures()])],
    [info, host],
  );
  const [selected, setSelected] = useState<ViewId>(initialView);
  const current = VIEWS.find((v) => v.id === selected) ?? VIEWS[0];

  return (
    <FluentProvider theme={theme}>
      <Shell notes={notes} selected={current.id as ViewId} onSelect={setSelected}>
        <current.View host={host} asOf={asOf} />
      </Shell>
    </FluentProvider>
  );
}

interface ShellProps {
  notes: string[];
  selected: ViewId;
  onSelect: (id: ViewId) => void;
  children: ReactNode;
}

function Shell({ notes, selected, onSelect, children }: ShellProps) {
  const styles = useStyles();
  const onTabSelect = (_e: SelectTabEvent, data: SelectTabData) => onSelect(data.value as ViewId);
  return (
    <main className={styles.root}>
      {notes.length > 0 && (
        <section className={styles.notes} aria-label="Features not available in this version of Excel">
          {notes.map((note) => (
            <MessageBar key={note} intent="warning">
              <MessageBarBody>
                <MessageBarTitle>Not available here</MessageBarTitle>
                {note}
              </MessageBarBody>
            </MessageBar>
          ))}
        </section>
      )}
      <TabList selectedValue={selected} onTabSelect={onTabSelect} aria-label="Plan Tracker sections">
        {VIEWS.map(({ id, label }) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
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
