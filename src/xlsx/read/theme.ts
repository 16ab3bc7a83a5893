/** A workbook's theme colours (a:clrScheme), in the order SpreadsheetML theme indices use. */
import { DEFAULT_THEME } from '../colours';
import { DRAWINGML, parseXml } from './xml';

/** clrScheme child → theme index (Excel swaps the first two pairs: 0 is lt1, 1 is dk1). */
const SLOT: Record<string, number> = {
  lt1: 0,
  dk1: 1,
  lt2: 2,
  dk2: 3,
  accent1: 4,
  accent2: 5,
  accent3: 6,
  accent4: 7,
  accent5: 8,
  accent6: 9,
  hlink: 10,
  folHlink: 11,
};

export async function readThemeColours(xml: Buffer, label: string, part: string): Promise<string[]> {
  const colours = [...DEFAULT_THEME];
  let inScheme = false;
  let slot: number | undefined;
  await parseXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'clrScheme') inScheme = true;
        else if (inScheme && name !== undefined && name in SLOT) slot = SLOT[name];
        else if (inScheme && slot !== undefined && (name === 'srgbClr' || name === 'sysClr')) {
          const hex = name === 'srgbClr' ? attrs.val : (attrs.lastClr ?? attrs.val);
          if (hex && /^[0-9a-f]{6}$/i.test(hex)) colours[slot] = hex.toUpperCase();
          else if (attrs.val === 'windowText') colours[slot] = '000000';
          else if (attrs.val === 'window') colours[slot] = 'FFFFFF';
          slot = undefined;
        }
      },
      close(name) {
        if (name === 'clrScheme') inScheme = false;
        else if (name !== undefined && name in SLOT) slot = undefined;
      },
    },
    label,
    part,
    DRAWINGML,
  );
  return colours;
}
