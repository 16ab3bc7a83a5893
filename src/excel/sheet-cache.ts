/**
 * What the Excel host remembers about the workbook's sheets between calls: their names and whether
 * they are protected, as of the last read (or pre-read) and what the host itself has since added. It
 * lets apply() refuse edits to a protected sheet before anything is sent, and lets writeSheet know
 * whether to clear a sheet in place or add it. Plain data: no proxies, no Excel calls.
 */
import type { Edit } from '../core/edits';

export interface KnownSheet {
  name: string;
  protected: boolean;
}

export class SheetCache {
  /** By lower-case name; null until the first read. */
  private sheets: Map<string, KnownSheet> | null = null;

  /** True once a read (or a pre-read) has told the host which sheets there are. */
  get known(): boolean {
    return this.sheets !== null;
  }

  /** Replaces what is known with the sheets of a read. */
  remember(sheets: readonly { name: string; protected?: boolean }[]): void {
    this.sheets = new Map(
      sheets.map((s) => [s.name.toLowerCase(), { name: s.name, protected: Boolean(s.protected) }]),
    );
  }

  exists(name: string): boolean {
    return this.sheets?.has(name.toLowerCase()) ?? false;
  }

  /** The first of `names` the host knows to be protected, or null. */
  protectedAmong(names: readonly string[]): KnownSheet | null {
    for (const name of names) {
      const sheet = this.sheets?.get(name.toLowerCase());
      if (sheet?.protected) return sheet;
    }
    return null;
  }

  /** Excel refused a write to this sheet as protected: refuse the next one without a round trip. */
  markProtected(name: string): void {
    const sheet = this.sheets?.get(name.toLowerCase());
    if (sheet) sheet.protected = true;
  }

  /** After a successful apply: sheets the edits created now exist (unprotected). */
  afterApply(edits: readonly Edit[]): void {
    if (!this.sheets) return;
    for (const edit of edits)
      if (edit.kind === 'writeSheet' && !this.sheets.has(edit.spec.name.toLowerCase()))
        this.sheets.set(edit.spec.name.toLowerCase(), { name: edit.spec.name, protected: false });
  }
}
