// Regenerates the add-in icons (the PNGs are committed; run `node assets/make-icons.mjs` to redraw).
// The logo: three descending white bars (a Pareto / ABC chart) on a rounded teal square; the ribbon's
// "Volver a analizar" button (icon-refresh-*): a white circular arrow on the same square. Drawn with
// 8×8 supersampling and written by a minimal PNG encoder (node's zlib, no dependencies).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const TEAL = [0x0e, 0x7c, 0x6b];
const WHITE = [0xff, 0xff, 0xff];
// In a 128 × 128 design space.
const BARS = [
  [26, 30, 46, 102],
  [54, 58, 74, 102],
  [82, 82, 102, 102],
];

function inRoundedSquare(x, y) {
  const lo = 4, hi = 124, r = 22;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const bars = (x, y) => BARS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);

/** A ring round the centre, open in its upper-right quarter, with an arrowhead at its top end (clockwise). */
function refreshArrow(x, y) {
  const dx = x - 64, dy = y - 64;
  const r = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx); // screen: −π/2 is up, 0 is right
  const ring = r >= 27 && r <= 41 && !(angle > -Math.PI / 2 && angle < -Math.PI / 10);
  // arrowhead pointing right, its base on the ring's top end
  const head = x >= 64 && x <= 88 && Math.abs(y - 34) <= 17 * (1 - (x - 64) / 24);
  return ring || head;
}

function draw(size, white = bars) {
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let teal = 0, whiteCount = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) * 128) / size;
          const y = ((py + (sy + 0.5) / ss) * 128) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (white(x, y)) whiteCount++;
          else teal++;
        }
      }
      const cover = teal + whiteCount;
      const o = (py * size + px) * 4;
      if (cover === 0) continue;
      for (let k = 0; k < 3; k++) rgba[o + k] = Math.round((TEAL[k] * teal + WHITE[k] * whiteCount) / cover);
      rgba[o + 3] = Math.round((255 * cover) / (ss * ss));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = path.dirname(fileURLToPath(import.meta.url));
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(path.join(here, `icon-${size}.png`), encodePng(size, size, draw(size)));
}
for (const size of [16, 32, 80]) {
  writeFileSync(path.join(here, `icon-refresh-${size}.png`), encodePng(size, size, draw(size, refreshArrow)));
}
