/** The words for applying fixes, shared by the review dialog (loaded on demand) and the Check view. */

/** "Apply 1 fix", "Apply 12 fixes". */
export function applyLabel(n: number): string {
  return `Apply ${n} fix${n === 1 ? '' : 'es'}`;
}

/** "12 fixes applied." */
export function appliedText(n: number): string {
  return `${n} fix${n === 1 ? '' : 'es'} applied.`;
}
