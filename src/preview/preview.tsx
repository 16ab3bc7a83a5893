/**
 * The preview page (`npm run preview`, http://localhost:3001): the task pane on the right, exactly as in
 * Excel, working on a workbook held in the page (ExcelJS in the browser), with a read-only grid of it on
 * the left. The example plan opens first; any .xlsx can be opened instead. Nothing is saved anywhere.
 */
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { todayIso } from '../core/dates';
import { App } from '../taskpane/App';
import type { HostInfo } from '../taskpane/office-context';
import { Grid } from './Grid';
import { createWorkbookHost, type WorkbookHost } from './workbook-host';

const EXAMPLE = 'worcestershire-priority-plan.xlsx';

const useStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 400px',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  grid: { padding: tokens.spacingHorizontalS, minHeight: 0, display: 'flex', flexDirection: 'column' },
  pane: {
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The preview is a plain browser: every Excel feature counts as available, with the light theme. */
const PREVIEW_INFO: HostInfo = { officeTheme: undefined, prefersDark: false, isSetSupported: () => true };

interface Loaded {
  host: WorkbookHost;
  name: string;
  /** Changes on each load so the pane starts afresh on a new workbook. */
  id: number;
}

async function openWorkbook(bytes: ArrayBuffer): Promise<WorkbookHost> {
  // Only the preview bundle loads ExcelJS (its browser build; see webpack.config.js).
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return createWorkbookHost(workbook);
}

function asOfFromUrl(): string {
  const given = new URLSearchParams(window.location.search).get('asOf');
  return given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : todayIso(new Date());
}

function Preview() {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [asOf] = useState(asOfFromUrl);

  const load = useCallback(async (name: string, bytes: () => Promise<ArrayBuffer>) => {
    setBusy(true);
    setError(null);
    try {
      const host = await openWorkbook(await bytes());
      setLoaded((prev) => ({ host, name, id: (prev?.id ?? 0) + 1 }));
    } catch {
      setError(
        `${name} could not be opened as an Excel workbook (.xlsx). Choose another file, or open it in Excel and save a fresh copy.`,
      );
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void load(EXAMPLE, async () => {
      const response = await fetch(`examples/${EXAMPLE}`);
      if (!response.ok) throw new Error(`${response.status}`);
      return response.arrayBuffer();
    });
  }, [load]);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void load(file.name, () => file.arrayBuffer());
    e.target.value = '';
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>Plan Tracker preview</h1>
          <Text className={styles.muted} data-testid="workbook-name">
            {loaded ? loaded.name : 'No workbook open'}
          </Text>
          <label>
            <Text>Open a workbook (.xlsx): </Text>
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onFile}
            />
          </label>
          <Text size={200} className={styles.muted}>
            Checked as of {asOf}. Changes stay in this page; nothing is saved. Charts are recorded, not drawn.
          </Text>
          {busy && <Spinner size="tiny" label="Opening the workbook…" />}
        </header>
        <section className={styles.grid} aria-label="Workbook">
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {loaded && <Grid key={loaded.id} host={loaded.host} />}
        </section>
        <div className={styles.pane} data-testid="pane">
          {loaded && <App key={loaded.id} host={loaded.host} asOf={asOf} info={PREVIEW_INFO} />}
        </div>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('preview.html has no #root element');
createRoot(container).render(<Preview />);
