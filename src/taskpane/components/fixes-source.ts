/**
 * Where the Check view gets its one-click fixes: src/core/fixes.ts. Kept as the pane's one import of
 * them, so the view and its tests do not depend on where the core keeps them.
 */
export { fixEdits, fixesFor, type Fix, type FixPreview } from '../../core/fixes';
