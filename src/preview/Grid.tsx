/**
 * The preview's stand-in for Excel's grid: a read-only view of one sheet of the workbook the preview's
 * worker holds, with sheet tabs, row and column headers, cell text as Excel formats it, fills and fonts
 * with the conditional formats applied, a ▾ mark on cells with a drop-down list, merged cells, and the
 * selected cell highlighted and scrolled into view. Clicking a cell selects it, as in Excel.
 *
 * Only the rows in view are drawn (rows have one height, like Excel's default), so a plan of thousands
 * of actions scrolls without holding up the page.
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { a1, columnLetter, parseRange, type RangeRef } from '../core/address';
import { isDarkColour, parseHexColour, relativeLuminance } from '../taskpane/theme';
import type { CellLook, GridModel } from './grid-model';
import type { PreviewClient } from './preview-client';
import type { Selection } from './workbook-host';

/** One row's height in pixels (Excel's default row is 20 px). */
export const ROW_HEIGHT = 22;
/** Rows drawn above and below the ones in view. */
const OVERSCAN = 6;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    height: '100%',
    gap: tokens.spacingVerticalXS,
  },
  tabs: { overflowX: 'auto', flexShrink: 0 },
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
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: 0,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    padding: '0 4px',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headerActive: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'relative',
    padding: '0 4px',
    height: `${ROW_HEIGHT}px`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
    verticalAlign: 'top',
    lineHeight: `${ROW_HEIGHT - 1}px`,
  },
  merged: { whiteSpace: 'normal', overflow: 'hidden' },
  list: { paddingRight: '14px' },
  mark: {
    position: 'absolute',
    right: '2px',
    top: 0,
    fontSize: '10px',
    color: tokens.colorNeutralForeground3,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  inRange: { boxShadow: `inset 0 0 0 9999px ${tokens.colorBrandBackground2}` },
  status: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  client: PreviewClient;
  /** The page is dark: a dark font colour on a cell without a fill would not be readable, so it is left out. */
  dark?: boolean;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function lookStyle(look: CellLook | undefined, dark: boolean): CSSProperties {
  const style: CSSProperties = {};
  if (!look) return style;
  const rgb = parseHexColour(look.fill);
  if (look.fill && rgb) {
    // The workbook's own colours, with text that stays readable on them: its own font colour when that
    // meets WCAG's 4.5:1 (white on Excel's pure red does not), else black or white.
    style.backgroundColor = look.fill;
    const own = parseHexColour(look.colour);
    style.color = own && contrast(own, rgb) >= 4.5 ? look.colour : isDarkColour(rgb) ? '#FFFFFF' : '#000000';
  } else if (look.colour && !dark) style.color = look.colour;
  if (look.bold) style.fontWeight = 700;
  if (look.italic) style.fontStyle = 'italic';
  return style;
}

/** The part of a merge that shows in rows [first, last]: where to draw it and how far it spans. */
interface Span {
  rowSpan: number;
  colSpan: number;
  /** The merge's own top-left cell (0-based), whose text and look it shows. */
  row: number;
  col: number;
}

export function Grid({ client, dark = false }: Props) {
  const styles = useStyles();
  const [model, setModel] = useState<GridModel | null>(null);
  const [wanted, setWanted] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [view, setView] = useState({ top: 0, height: 600, width: 600 });
  const scroller = useRef<HTMLDivElement>(null);

  // The picture of the sheet, fetched again whenever the workbook changes.
  const refresh = useCallback(
    (sheet: string | null) => void client.grid(sheet).then((next) => startTransition(() => setModel(next))),
    [client],
  );
  useEffect(() => refresh(wanted), [refresh, wanted]);
  useEffect(() => client.onChanged(() => refresh(wanted)), [client, refresh, wanted]);
  // The grid follows the selection to its sheet, as Excel does.
  useEffect(
    () =>
      client.onSelection((next) => {
        setSelection(next);
        if (next) setWanted((w) => (w === next.sheet ? w : next.sheet));
      }),
    [client],
  );

  // Which rows are in view: from the scroll position (read once a frame) and the grid's height (from a
  // ResizeObserver), never by measuring the table after it is drawn.
  const frame = useRef(0);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const box = scroller.current;
      if (box) setView((v) => (v.top === box.scrollTop ? v : { ...v, top: box.scrollTop }));
    });
  };
  useEffect(() => {
    const box = scroller.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) =>
      setView((v) => ({ ...v, height: entry.contentRect.height, width: entry.contentRect.width })),
    );
    observer.observe(box);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [model !== null]);

  const selectedRange: RangeRef | null = useMemo(() => {
    if (!selection || !model || selection.sheet !== model.sheet) return null;
    try {
      return parseRange(selection.address);
    } catch {
      return null;
    }
  }, [selection, model]);

  // Bring the selected cell to the middle of the grid, scrolling only the grid (not the page around it).
  useEffect(() => {
    const box = scroller.current;
    if (!selectedRange || !box || !model) return;
    const left = 40 + model.widths.slice(0, selectedRange.left).reduce((n, w) => n + w, 0);
    box.scrollTop = Math.max(0, (selectedRange.top + 1) * ROW_HEIGHT - view.height / 2);
    box.scrollLeft = Math.max(0, left - view.width / 2);
  }, [selectedRange?.top, selectedRange?.left, model?.sheet]);

  const merges = useMemo(() => (model?.merges ?? []).map((m) => ({ address: m, ...parseRange(m) })), [model]);

  if (!model) return <Text>This workbook has no visible sheets.</Text>;

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(model.rowCount - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  // Merges drawn in this window: cut to it, drawn at their first visible row.
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of merges) {
    if (m.bottom < first || m.top > last) continue;
    const top = Math.max(m.top, first);
    const bottom = Math.min(m.bottom, last);
    spans.set(a1(top, m.left), {
      rowSpan: bottom - top + 1,
      colSpan: m.right - m.left + 1,
      row: m.top,
      col: m.left,
    });
    for (let r = top; r <= bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== top || c !== m.left) covered.add(a1(r, c));
  }
  const inSelection = (r: number, c: number) =>
    selectedRange !== null &&
    r >= selectedRange.top &&
    r <= selectedRange.bottom &&
    c >= selectedRange.left &&
    c <= selectedRange.right;

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={model.sheet}
        onTabSelect={(_e, data) => setWanted(String(data.value))}
        aria-label="Sheets"
      >
        {model.sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
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
        aria-label={`Sheet ${model.sheet} (read-only)`}
        onScroll={onScroll}
      >
        <table className={styles.table} data-sheet={model.sheet}>
          <colgroup>
            <col style={{ width: '40px' }} />
            {model.widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {model.widths.map((_, c) => (
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
            {first > 0 && (
              <tr aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }}>
                <td colSpan={model.colCount + 1} />
              </tr>
            )}
            {Array.from({ length: last - first + 1 }, (_, i) => {
              const r = first + i;
              return (
                <tr key={r} className={styles.row}>
                  <th
                    scope="row"
                    className={`${styles.rowHeader} ${selectedRange && r >= selectedRange.top && r <= selectedRange.bottom ? styles.headerActive : ''}`}
                  >
                    {r + 1}
                  </th>
                  {model.widths.map((_, c) => {
                    const address = a1(r, c);
                    if (covered.has(address)) return null;
                    const span = spans.get(address);
                    const [row, col] = span ? [span.row, span.col] : [r, c];
                    const at = row * model.colCount + col;
                    const style = model.looks[at] ?? 0;
                    const look = style > 0 ? model.styles[style - 1] : undefined;
                    const text = model.text[at] ?? '';
                    const isTopLeft =
                      selectedRange !== null && r === selectedRange.top && c === selectedRange.left;
                    const classes = [styles.cell];
                    if (span && span.rowSpan > 1) classes.push(styles.merged);
                    if (look?.list) classes.push(styles.list);
                    if (isTopLeft) classes.push(styles.selected);
                    else if (inSelection(r, c)) classes.push(styles.inRange);
                    return (
                      <td
                        key={c}
                        rowSpan={span?.rowSpan}
                        colSpan={span?.colSpan}
                        data-cell={address}
                        data-selected={inSelection(r, c) ? 'true' : undefined}
                        data-conditional={look?.conditional ? 'true' : undefined}
                        title={
                          look?.list
                            ? `${text ? `${text}\n` : ''}Drop-down list: ${look.list}`
                            : text.length > 30
                              ? text
                              : undefined
                        }
                        className={classes.join(' ')}
                        style={lookStyle(look, dark)}
                        onClick={() => void client.select({ sheet: model.sheet, address })}
                      >
                        {text}
                        {look?.list && (
                          <span className={styles.mark} aria-hidden="true" data-testid="list-mark">
                            ▾
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {last < model.rowCount - 1 && (
              <tr aria-hidden="true" style={{ height: `${(model.rowCount - 1 - last) * ROW_HEIGHT}px` }}>
                <td colSpan={model.colCount + 1} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
