/**
 * `npx tsx scripts/build-icons.ts`: draws the add-in's PNG icons into assets/.
 *
 * The icons are simple vector shapes rasterised here with 4×4 supersampling and written by a tiny PNG
 * encoder (RGBA, filter 0, deflated with node:zlib), so the output is byte-for-byte reproducible and
 * needs no image tooling:
 * - icon-N.png: a RAG traffic light (red, amber and green dots) on a dark rounded tile;
 * - refresh-N.png: a circular arrow with a small green dot at its centre on the same tile.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** Coverage of a point (in unit coordinates, 0..1 across the icon) by a shape. */
type Shape = { colour: Rgba; contains: (x: number, y: number) => boolean };

const TILE: Rgba = [0x1f, 0x29, 0x37, 0xff];
const RED: Rgba = [0xd9, 0x2d, 0x20, 0xff];
const AMBER: Rgba = [0xf5, 0xa6, 0x23, 0xff];
const GREEN: Rgba = [0x2e, 0xa0, 0x43, 0xff];
const WHITE: Rgba = [0xf3, 0xf4, 0xf6, 0xff];

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
export const REFRESH_SIZES = [16, 32, 80] as const;

// ---------------------------------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG uses it (zlib.crc32 only exists from Node 20.15). */
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels, row-major, as an 8-bit RGBA PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('pixel buffer does not match the image size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Shapes and rasterising
// ---------------------------------------------------------------------------------------------------

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: Rgba): Shape {
  return {
    colour,
    contains: (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

function circle(cx: number, cy: number, r: number, colour: Rgba): Shape {
  return { colour, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

/** A ring from angle `from` to `to` (radians, clockwise from 3 o'clock, y pointing down). */
function arc(
  cx: number,
  cy: number,
  r: number,
  width: number,
  from: number,
  to: number,
  colour: Rgba,
): Shape {
  const full = 2 * Math.PI;
  return {
    colour,
    contains: (x, y) => {
      const d = Math.hypot(x - cx, y - cy);
      if (Math.abs(d - r) > width / 2) return false;
      const a = (Math.atan2(y - cy, x - cx) + full) % full;
      const start = (from + full) % full;
      const span = (to - from + full) % full;
      return (a - start + full) % full <= span;
    },
  };
}

function triangle(p: [number, number], q: [number, number], s: [number, number], colour: Rgba): Shape {
  const side = (a: [number, number], b: [number, number], x: number, y: number) =>
    (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
  return {
    colour,
    contains: (x, y) => {
      const d1 = side(p, q, x, y);
      const d2 = side(q, s, x, y);
      const d3 = side(s, p, x, y);
      return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
    },
  };
}

/** Paints the shapes in order (later on top), 4×4 samples per pixel, "over" compositing. */
export function rasterise(size: number, shapes: Shape[]): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let top: Rgba | undefined;
          for (const shape of shapes) if (shape.contains(x, y)) top = shape.colour;
          if (top) {
            const alpha = top[3] / 255;
            r += top[0] * alpha;
            g += top[1] * alpha;
            b += top[2] * alpha;
            a += alpha;
          }
        }
      }
      const i = (py * size + px) * 4;
      const samples = n * n;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / samples) * 255);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The two motifs
// ---------------------------------------------------------------------------------------------------

function tile(): Shape {
  return roundedRect(0.03, 0.03, 0.97, 0.97, 0.18, TILE);
}

/** Three dots in a vertical column, like a traffic light. */
export function ragIcon(size: number): Uint8Array {
  const r = size <= 16 ? 0.125 : 0.115;
  return rasterise(size, [
    tile(),
    circle(0.5, 0.22, r, RED),
    circle(0.5, 0.5, r, AMBER),
    circle(0.5, 0.78, r, GREEN),
  ]);
}

/** A three-quarter ring ending in an arrowhead, with a green dot in the middle. */
export function refreshIcon(size: number): Uint8Array {
  const cx = 0.5;
  const cy = 0.5;
  const radius = 0.28;
  const width = size <= 16 ? 0.13 : 0.1;
  const from = -Math.PI / 2 + 0.5; // just right of 12 o'clock
  const to = -Math.PI / 2 - 0.35 + 2 * Math.PI; // just left of 12 o'clock, clockwise
  // Arrowhead at the end of the arc, pointing clockwise (to the right at the top).
  const ex = cx + radius * Math.cos(to);
  const ey = cy + radius * Math.sin(to);
  const head = 0.15;
  return rasterise(size, [
    tile(),
    arc(cx, cy, radius, width, from, to, WHITE),
    triangle([ex, ey - head], [ex, ey + head], [ex + head * 1.1, ey], WHITE),
    circle(cx, cy, size <= 16 ? 0.1 : 0.085, GREEN),
  ]);
}

export function buildIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, ragIcon(size)));
    written.push(file);
  }
  for (const size of REFRESH_SIZES) {
    const file = join(dir, `refresh-${size}.png`);
    writeFileSync(file, encodePng(size, size, refreshIcon(size)));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const written = buildIcons(join(__dirname, '..', 'assets'));
  for (const file of written) console.log(`wrote ${file}`);
}
