/** Style rules several pane components share, spread into each component's makeStyles. */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * A plain table (Fluent's Table is not needed for a few columns): long texts wrap inside their cell
 * rather than widening a narrow pane.
 */
export const plainTable: GriffelStyle = {
  width: '100%',
  borderCollapse: 'collapse',
  overflowWrap: 'anywhere',
  fontSize: tokens.fontSizeBase200,
  '& th, & td': {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  '& th': { fontWeight: tokens.fontWeightSemibold },
};

/** Small fields side by side, as many as fit: one column on a 320 px pane. */
export const fieldGrid: GriffelStyle = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(180px, 100%), 1fr))',
  gap: tokens.spacingVerticalS,
  columnGap: tokens.spacingHorizontalM,
};
