/**
 * String items (<si> in the shared strings part, <is> in a cell): plain text, or rich-text runs whose
 * italic and bold the core uses (the italic deadline inside a "Lead & delivery deadline" cell).
 * Phonetic runs (<rPh>) are not part of the text.
 */
import type { Readable } from 'node:stream';
import type { RichRun } from '../../core/snapshot';
import { decodeOoxmlString, parseXml, type Attributes } from './xml';

export interface StringItem {
  text: string;
  /** Present when the item is made of runs. */
  runs?: RichRun[];
}

/** Collects one string item from open/close/text events inside <si> or <is>. */
export class StringItemBuilder {
  private text = '';
  private runs: RichRun[] | undefined;
  private run: RichRun | undefined;
  private inText = false;
  private phonetic = 0;

  open(name: string | undefined, attrs: Attributes): void {
    if (name === 't') this.inText = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
    else if (name === 'r' && this.phonetic === 0) {
      this.run = { text: '' };
      (this.runs ??= []).push(this.run);
    } else if (this.run && (name === 'i' || name === 'b')) {
      const on = attrs.val === undefined || attrs.val === '1' || attrs.val === 'true';
      if (on) this.run[name === 'i' ? 'italic' : 'bold'] = true;
    }
  }

  close(name: string | undefined): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'r') this.run = undefined;
  }

  onText(text: string): void {
    if (!this.inText) return;
    this.text += text;
    if (this.run) this.run.text += text;
  }

  finish(): StringItem {
    const text = decodeOoxmlString(this.text);
    let runs = this.runs;
    if (runs) for (const r of runs) r.text = decodeOoxmlString(r.text);
    if (runs && runs.length === 0) runs = undefined;
    const item: StringItem = { text: runs ? runs.map((r) => r.text).join('') : text };
    if (runs) item.runs = runs;
    return item;
  }
}

/** The shared strings part, streamed: one item per <si>, in order. */
export async function readSharedStrings(
  source: Readable | Buffer,
  label: string,
  part: string,
): Promise<StringItem[]> {
  const items: StringItem[] = [];
  let item: StringItemBuilder | undefined;
  await parseXml(
    source,
    {
      open(name, attrs) {
        if (name === 'si') item = new StringItemBuilder();
        else item?.open(name, attrs);
      },
      close(name) {
        if (name === 'si' && item) {
          items.push(item.finish());
          item = undefined;
        } else item?.close(name);
      },
      text(text) {
        item?.onText(text);
      },
    },
    label,
    part,
  );
  return items;
}
