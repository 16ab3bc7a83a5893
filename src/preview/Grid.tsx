/**
 * The preview's stand-in for Excel's grid: a read-only view of one sheet of the in-page workbook, with
 * sheet tabs, row and column headers, fills and bold text, merged cells, and the selected cell
 * highlighted and scrolled into view. Clicking a cell selects it, as in Excel.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { a1, columnLetter, parseRange } from '../core/address';
import type { CellSnapshot } from '../core/snapshot';
import { snapshotSheet } from '../xlsx/snapshot-from-exceljs';
import { isDarkColour, parseHexColour } from '../taskpane/theme';
import type { WorkbookHost } from './workbook-host';

/** The grid draws at most this much of a sheet (plans are a few hundred rows at most). */
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    height: '100%',
    gap: tokens.spacingVerticalXS,
  },
  scroller: {
    flexGrow: 1,
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    tableLayout: 'fixed',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    width: '40px',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    padding: '2px 4px',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headerActive: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    verticalAlign: 'top',
    padding: '2px 4px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    cursor: 'cell',
  },
  clip: { maxHeight: '6.2em', overflow: 'hidden' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  inRange: { boxShadow: `inset 0 0 0 9999px ${tokens.colorBrandBackground2}` },
  status: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  host: WorkbookHost;
}

function useHostVersion(host: WorkbookHost): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const subscriptions = [host.onChanged(bump), host.onSelectionChanged(bump)];
    return () => void subscriptions.forEach((s) => void s.then((off) => off()));
  }, [host]);
  return version;
}

export function Grid({ host }: Props) {
  const styles = useStyles();
  const version = useHostVersion(host);
  const visible = host.workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  const selection = host.selection();
  const [active, setActive] = useState(() => visible[0]?.name ?? '');
  const scroller = useRef<HTMLDivElement>(null);

  // The grid follows the selection to its sheet, as Excel does.
  useEffect(() => {
    if (selection && selection.sheet !== active) setActive(selection.sheet);
  }, [selection?.sheet, selection?.address, version]);

  const ws = host.workbook.worksheets.find((w) => w.name === active) ?? visible[0];
  const sheet = useMemo(() => (ws ? snapshotSheet(ws) : null), [ws, version]);
  const selectedRange = selection && ws && selection.sheet === ws.name ? parseRange(selection.address) : null;

  // Bring the selected cell to the middle of the grid, scrolling only the grid (not the page around it).
  useEffect(() => {
    const box = scroller.current;
    if (!selectedRange || !box) return;
    const cell = box.querySelector<HTMLElement>(`[data-cell="${a1(selectedRange.top, selectedRange.left)}"]`);
    if (!cell) return;
    const outer = box.getBoundingClientRect();
    const inner = cell.getBoundingClientRect();
    box.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
    box.scrollLeft += inner.left - outer.left - (outer.width - inner.width) / 2;
  }, [selectedRange?.top, selectedRange?.left, active, version]);

  if (!ws || !sheet) return <Text>This workbook has no visible sheets.</Text>;

  const rowCount = Math.min(Math.max(ws.rowCount, sheet.rows.length, 20), MAX_ROWS);
  const colCount = Math.min(Math.max(ws.columnCount, 8), MAX_COLUMNS);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    spans.set(a1(r.top, r.left), { rowSpan: r.bottom - r.top + 1, colSpan: r.right - r.left + 1 });
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) covered.add(a1(row, col));
  }
  const widths = Array.from({ length: colCount }, (_, c) => {
    const width = ws.getColumn(c + 1).width;
    // Excel's width is in characters of its default font; about 8 px each at the grid's size.
    return Math.round(Math.min(Math.max((width ?? 10) * 8, 40), 440));
  });
  const inSelection = (r: number, c: number) =>
    selectedRange !== null &&
    r >= selectedRange.top &&
    r <= selectedRange.bottom &&
    c >= selectedRange.left &&
    c <= selectedRange.right;

  const cellStyle = (cell: CellSnapshot | undefined, bold: boolean): CSSProperties => {
    const style: CSSProperties = {};
    const rgb = parseHexColour(cell?.fill);
    if (rgb && cell?.fill && cell.fill.toUpperCase() !== '#FFFFFF') {
      // The workbook's own fill colours, with text that stays readable on them.
      style.backgroundColor = cell.fill;
      style.color = isDarkColour(rgb) ? '#FFFFFF' : '#000000';
    }
    if (bold) style.fontWeight = 700;
    return style;
  };

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={ws.name}
        onTabSelect={(_e, data) => setActive(String(data.value))}
        aria-label="Sheets"
      >
        {visible.map((w) => (
          <Tab key={w.name} value={w.name}>
            {w.name}
          </Tab>
        ))}
      </TabList>
      <Text
        size={200}
        className={styles.status}
        role="status"
        aria-live="polite"
        data-testid="grid-selection"
      >
        {selection ? `Selected: ${selection.sheet}!${selection.address}` : 'No cell selected'}
      </Text>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={`Sheet ${ws.name} (read-only)`}
      >
        <table className={styles.table} data-sheet={ws.name}>
          <colgroup>
            <col style={{ width: '40px' }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {widths.map((_, c) => (
                <th
                  key={c}
                  scope="col"
                  className={`${styles.colHeader} ${selectedRange && c >= selectedRange.left && c <= selectedRange.right ? styles.headerActive : ''}`}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowCount }, (_, r) => (
              <tr key={r}>
                <th
                  scope="row"
                  className={`${styles.rowHeader} ${selectedRange && r >= selectedRange.top && r <= selectedRange.bottom ? styles.headerActive : ''}`}
                >
                  {r + 1}
                </th>
                {widths.map((_, c) => {
                  const address = a1(r, c);
                  if (covered.has(address)) return null;
                  const cell = sheet.rows[r]?.[c];
                  const bold = Boolean(ws.findRow(r + 1)?.findCell(c + 1)?.font?.bold);
                  const isTopLeft =
                    selectedRange !== null && r === selectedRange.top && c === selectedRange.left;
                  const classes = [styles.cell];
                  if (isTopLeft) classes.push(styles.selected);
                  else if (inSelection(r, c)) classes.push(styles.inRange);
                  return (
                    <td
                      key={c}
                      {...spans.get(address)}
                      data-cell={address}
                      data-selected={inSelection(r, c) ? 'true' : undefined}
                      className={classes.join(' ')}
                      style={cellStyle(cell, bold)}
                      onClick={() => host.select({ sheet: ws.name, address })}
                    >
                      <div className={styles.clip}>{cell?.text ?? ''}</div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
