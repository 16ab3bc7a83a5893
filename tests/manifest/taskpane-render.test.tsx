/** The task pane and the ribbon commands, outside Office: server-rendered markup and a stand-in Office. */
import { renderToString } from 'react-dom/server';
import { App, VIEWS } from '../../src/taskpane/App';
import type { HostInfo } from '../../src/taskpane/office-context';

const host = (supported: number): HostInfo => ({
  officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' },
  prefersDark: false,
  isSetSupported: (_name, version) => Number(version.split('.')[1]) <= supported,
});

describe('App', () => {
  test('renders a labelled tab list with the four sections and the selected panel', () => {
    const html = renderToString(<App host={host(9)} />);
    expect(html).toContain('role="tablist"');
    expect(html).toContain('aria-label="Plan Tracker sections"');
    for (const { label } of VIEWS) expect(html).toContain(`>${label}<`);
    expect(html).toContain('role="tabpanel"');
    expect(html).toContain('aria-labelledby="tab-check"');
    expect(html).not.toContain('Not available here');
  });

  test('shows a warning for each missing Excel feature', () => {
    const html = renderToString(<App host={host(7)} initialView="summary" />);
    expect(html.match(/Not available here/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="tab-summary"');
  });

  test('renders outside Office, without a host', () => {
    expect(renderToString(<App />)).toContain('Plan Tracker sections');
  });
});

describe('commands', () => {
  test('registers refreshRagSummary once Office is ready, and it completes the event', async () => {
    const associate = jest.fn();
    const office = { onReady: (callback: () => void) => callback(), actions: { associate } };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/commands');
      });
      expect(associate).toHaveBeenCalledTimes(1);
      const [name, handler] = associate.mock.calls[0] as [string, (event: { completed: () => void }) => void];
      expect(name).toBe('refreshRagSummary');
      const completed = jest.fn();
      handler({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
