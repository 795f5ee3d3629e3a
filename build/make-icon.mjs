// Draws build/icon.png (512x512): a shield in the app accent colour #2F5BEA with a white "C"
// monogram, on white. Node built-ins only (zlib for the PNG). Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling for smooth edges
const ACCENT = [0x2f, 0x5b, 0xea];
const WHITE = [0xff, 0xff, 0xff];

// Shapes in unit coordinates (0..1, y down).
const inShield = (x, y) => {
  const top = 0.12;
  const shoulder = 0.52;
  const tip = 0.9;
  const half = 0.33;
  if (y < top || y > tip) return false;
  const dx = Math.abs(x - 0.5);
  // Gently curved top edge: a little higher at the centre than at the corners.
  if (y < top + 0.04 * (dx / half) ** 2) return false;
  if (y <= shoulder) return dx <= half;
  const t = (y - shoulder) / (tip - shoulder);
  return dx <= half * Math.sqrt(1 - t * t) * (1 - 0.15 * t);
};

const inMonogram = (x, y) => {
  const cx = 0.5;
  const cy = 0.47;
  const r = Math.hypot(x - cx, y - cy);
  if (r < 0.1 || r > 0.17) return false;
  const angle = Math.atan2(y - cy, x - cx); // 0 = pointing right
  return Math.abs(angle) > (40 * Math.PI) / 180;
};

const colourAt = (x, y) => (inShield(x, y) && !inMonogram(x, y) ? ACCENT : WHITE);

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
        for (let i = 0; i < 3; i++) sum[i] += c[i];
      }
    }
    const o = row + 1 + px * 4;
    for (let i = 0; i < 3; i++) raw[o + i] = Math.round(sum[i] / (SAMPLES * SAMPLES));
    raw[o + 3] = 0xff;
  }
}

const png = encodePng(SIZE, SIZE, raw);

const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
process.stdout.write(`wrote ${out} (${SIZE}x${SIZE}, ${png.length} bytes)\n`);
