/**
 * The preview page (`npm run preview`, http://localhost:3001): the task pane on the right at a task
 * pane's width, exactly as in Excel, working on a workbook held by the page's Web Worker (ExcelJS),
 * with a read-only grid of it on the left. Pick an example or open any .xlsx. Nothing is saved anywhere.
 *
 * Address options, for trying things out and for the tests: `?example=<file>` opens that example first,
 * `?asOf=YYYY-MM-DD` stands in for today, `?pane=320` sets the pane's width in pixels (default 350).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { todayIso } from '../core/dates';
import { App } from '../taskpane/App';
import type { HostInfo } from '../taskpane/office-context';
import { userMessage } from '../taskpane/messages';
import { browserSettings } from '../taskpane/settings';
import { Grid } from './Grid';
import { createPreviewClient, type PreviewClient } from './preview-client';
import type { OpenRequest } from './preview.worker';

/** The example workbooks served beside the preview (examples/*.xlsx; see webpack.config.js). */
declare const PREVIEW_EXAMPLES: string[];

const DEFAULT_EXAMPLE = 'worcestershire-priority-plan.xlsx';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const useStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  file: { display: 'flex', flexDirection: 'column', gap: '2px' },
  progress: { minWidth: '200px' },
  grid: {
    padding: tokens.spacingHorizontalS,
    minHeight: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  pane: {
    overflowY: 'auto',
    overflowX: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface Loaded {
  name: string;
  /** Changes on each load so the pane and the grid start afresh on a new workbook. */
  id: number;
}

function param(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

function asOfFromUrl(): string {
  const given = param('asOf');
  return given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : todayIso(new Date());
}

function paneWidth(): number {
  const given = Number(param('pane'));
  return Number.isInteger(given) && given >= 280 && given <= 800 ? given : 350;
}

/** Whether the system asks for dark colours, following changes while the page is open. */
function usePrefersDark(): boolean {
  const query = useMemo(() => window.matchMedia?.(DARK_QUERY), []);
  const [dark, setDark] = useState(() => Boolean(query?.matches));
  useEffect(() => {
    if (!query) return;
    const listener = () => setDark(query.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  return dark;
}

function Preview({ client }: { client: PreviewClient }) {
  const styles = useStyles();
  const dark = usePrefersDark();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [step, setStep] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [example, setExample] = useState(() => {
    const wanted = param('example');
    return wanted && PREVIEW_EXAMPLES.includes(wanted) ? wanted : DEFAULT_EXAMPLE;
  });
  const [asOf] = useState(asOfFromUrl);
  const width = useMemo(paneWidth, []);
  const info: HostInfo = useMemo(
    () => ({ officeTheme: undefined, prefersDark: dark, isSetSupported: () => true }),
    [dark],
  );
  const loads = useRef(0);

  const load = useCallback(
    async (request: OpenRequest) => {
      const id = ++loads.current;
      setOpening(request.name);
      setStep(null);
      setError(null);
      // Work over a second shows what it is doing.
      const timer = setTimeout(() => setStep(`Opening ${request.name}…`), 1000);
      try {
        await client.open(request);
        // A transition: the new workbook's pane and grid may be drawn in slices.
        if (id === loads.current) startTransition(() => setLoaded({ name: request.name, id }));
      } catch (e) {
        if (id === loads.current) setError(userMessage(e));
      } finally {
        clearTimeout(timer);
        if (id === loads.current) {
          setOpening(null);
          setStep(null);
        }
      }
    },
    [client],
  );

  useEffect(() => {
    void load({ name: example, url: `examples/${example}` });
  }, [load, example]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void load({ name: file.name, bytes: await file.arrayBuffer() });
  };

  const settings = useMemo(() => (loaded ? browserSettings(loaded.name) : undefined), [loaded]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page} style={{ gridTemplateColumns: `minmax(0, 1fr) ${width}px` }}>
        <header className={styles.header}>
          <h1 className={styles.title}>Plan Tracker preview</h1>
          <Field label="Example" size="small">
            <Select size="small" value={example} onChange={(_e, data) => setExample(data.value)}>
              {PREVIEW_EXAMPLES.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <label className={styles.file}>
            <Text size={200}>Or open a workbook (.xlsx)</Text>
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void onFile(e)}
            />
          </label>
          <Text size={200} className={styles.muted} data-testid="workbook-name">
            {loaded ? loaded.name : 'No workbook open'}
          </Text>
          <Text size={200} className={styles.muted}>
            Changes stay in this page; nothing is saved. Charts are recorded, not drawn.
          </Text>
          <div role="status" aria-live="polite" className={styles.progress}>
            {opening && (
              <Field validationMessage={step ?? `Opening ${opening}…`} validationState="none">
                <ProgressBar thickness="large" aria-label={`Opening ${opening}`} />
              </Field>
            )}
          </div>
        </header>
        <section className={styles.grid} aria-label="Workbook">
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {loaded && <Grid key={loaded.id} client={client} dark={dark} />}
        </section>
        <div className={styles.pane} data-testid="pane" style={{ width: `${width}px` }}>
          {loaded && (
            <App key={loaded.id} engine={client.engine} asOf={asOf} info={info} settings={settings} />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('preview.html has no #root element');
createRoot(container).render(<Preview client={createPreviewClient()} />);
