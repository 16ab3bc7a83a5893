/** The task pane's pure helpers: the Fluent theme chosen from Office's theme, and the missing-feature notes. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkColour, parseHexColour, themeFor } from '../../src/taskpane/theme';
import { unavailableFeatures } from '../../src/taskpane/requirements';

describe('themeFor', () => {
  test('without an Office theme, follows the browser preference', () => {
    expect(themeFor(undefined, false)).toBe(webLightTheme);
    expect(themeFor(undefined, true)).toBe(webDarkTheme);
  });

  test('a dark Office body background gives the dark theme, whatever the browser prefers', () => {
    const theme = themeFor({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' }, false);
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe('#262626');
    expect(theme.colorNeutralForeground1).toBe('#ffffff');
  });

  test('a light Office body background gives the light theme, whatever the browser prefers', () => {
    const theme = themeFor({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' }, true);
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe('#ffffff');
    expect(theme.colorNeutralForeground1).toBe('#000000');
  });

  test('Office "colorful" and "dark grey" themes', () => {
    expect(themeFor({ bodyBackgroundColor: '#E6E6E6' }, true).colorBrandBackground).toBe(
      webLightTheme.colorBrandBackground,
    );
    expect(themeFor({ bodyBackgroundColor: '#444444' }, false).colorBrandBackground).toBe(
      webDarkTheme.colorBrandBackground,
    );
  });

  test('a missing or unreadable background falls back to the browser preference', () => {
    expect(themeFor({}, true)).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: 'not a colour' }, false)).toBe(webLightTheme);
  });

  test('keeps the base foreground when Office gives no usable one', () => {
    const theme = themeFor({ bodyBackgroundColor: '000', bodyForegroundColor: '' }, false);
    expect(theme.colorNeutralBackground1).toBe('#000000');
    expect(theme.colorNeutralForeground1).toBe(webDarkTheme.colorNeutralForeground1);
  });

  test('parses and classifies colours', () => {
    expect(parseHexColour('#1F2937')).toEqual([0x1f, 0x29, 0x37]);
    expect(parseHexColour('fff')).toEqual([255, 255, 255]);
    expect(parseHexColour('#12345')).toBeUndefined();
    expect(parseHexColour(undefined)).toBeUndefined();
    expect(isDarkColour([0, 0, 0])).toBe(true);
    expect(isDarkColour([255, 255, 255])).toBe(false);
  });
});

describe('unavailableFeatures', () => {
  const upTo = (max: number) => (name: string, version: string) =>
    name === 'ExcelApi' && Number(version.split('.')[1]) <= max;

  test('nothing to say when ExcelApi 1.9 is supported', () => {
    expect(unavailableFeatures(upTo(9))).toEqual([]);
    expect(unavailableFeatures(() => true)).toEqual([]);
  });

  test('ExcelApi 1.8: colour-only RAG ratings cannot be read', () => {
    const notes = unavailableFeatures(upTo(8));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/colour/);
    expect(notes[0]).toMatch(/1\.9/);
  });

  test('ExcelApi 1.7: no data validation or conditional formatting either', () => {
    const notes = unavailableFeatures(upTo(7));
    expect(notes).toHaveLength(2);
    expect(notes[1]).toMatch(/drop-down lists \(data validation\)/);
    expect(notes[1]).toMatch(/conditional formatting/);
  });

  test('below ExcelApi 1.7: no freeze panes, and every note in plain English', () => {
    const notes = unavailableFeatures(upTo(6));
    expect(notes).toHaveLength(3);
    expect(notes[2]).toMatch(/freeze panes/);
    for (const note of notes) {
      expect(note).toMatch(/^This version of Excel cannot /);
      expect(note).not.toMatch(/color|undefined/); // UK English, no leaked values
    }
  });

  test('asks about ExcelApi only, and treats a failing check as unsupported', () => {
    const asked: string[] = [];
    unavailableFeatures((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked).toEqual(['ExcelApi 1.9', 'ExcelApi 1.8', 'ExcelApi 1.7']);
    expect(
      unavailableFeatures(() => {
        throw new Error('no Office');
      }),
    ).toHaveLength(3);
  });
});
