/** The task pane and the ribbon commands, outside Office: server-rendered markup and a stand-in Office. */
import ExcelJS from 'exceljs';
import { renderToString } from 'react-dom/server';
import { createWorkbookHost } from '../../src/preview/workbook-host';
import { App, VIEWS } from '../../src/taskpane/App';
import type { HostInfo } from '../../src/taskpane/office-context';

const host = (supported: number): HostInfo => ({
  officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' },
  prefersDark: false,
  isSetSupported: (_name, version) => Number(version.split('.')[1]) <= supported,
});

const planHost = () => createWorkbookHost(new ExcelJS.Workbook());

describe('App', () => {
  test('renders a labelled tab list with the four sections and the selected panel', () => {
    const html = renderToString(<App host={planHost()} asOf="2025-06-30" info={host(9)} />);
    expect(html).toContain('role="tablist"');
    expect(html).toContain('aria-label="Plan Tracker sections"');
    for (const { label } of VIEWS) expect(html).toContain(`>${label}<`);
    expect(html).toContain('role="tabpanel"');
    expect(html).toContain('aria-labelledby="tab-check"');
    expect(html).not.toContain('Not available here');
  });

  test('shows a warning for each missing Excel feature', () => {
    const html = renderToString(
      <App host={planHost()} asOf="2025-06-30" info={host(7)} initialView="summary" />,
    );
    expect(html.match(/Not available here/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="tab-summary"');
  });

  test('renders outside Office, with no Office host information', () => {
    expect(renderToString(<App host={planHost()} asOf="2025-06-30" />)).toContain('Plan Tracker sections');
  });
});

describe('commands', () => {
  test('registers refreshRagSummary once Office is ready; a failed refresh shows a plain message and completes once it is closed', async () => {
    const associate = jest.fn();
    const dialogs: string[] = [];
    const handlers: Record<string, (() => void)[]> = {};
    const office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: {
        DialogMessageReceived: 'dialogMessageReceived',
        DialogEventReceived: 'dialogEventReceived',
      },
      context: {
        requirements: { isSetSupported: () => true },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
            dialogs.push(url);
            const dialog = {
              close: jest.fn(),
              addEventHandler: (type: string, handler: () => void) => (handlers[type] ??= []).push(handler),
            };
            callback({ status: 'succeeded', value: dialog });
          },
        },
      },
    };
    const globals = globalThis as { Office?: unknown; Excel?: unknown };
    globals.Office = office;
    globals.Excel = { run: () => Promise.reject(new Error('Excel is not available in this test.')) };
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/commands');
      });
      expect(associate).toHaveBeenCalledTimes(1);
      const [name, handler] = associate.mock.calls[0] as [string, (event: { completed: () => void }) => void];
      expect(name).toBe('refreshRagSummary');
      const completed = jest.fn();
      handler({ completed });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(dialogs).toHaveLength(1);
      // Excel's own failure, worded for the officer and shown as it is (never prefixed).
      expect(decodeURIComponent(dialogs[0].split('?notice=')[1])).toBe(
        'Excel could not read the workbook: Excel is not available in this test.',
      );
      // The command completes when the notice is closed (its OK button messages the command).
      expect(completed).not.toHaveBeenCalled();
      for (const h of handlers.dialogMessageReceived ?? []) h();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete globals.Office;
      delete globals.Excel;
    }
  });
});
