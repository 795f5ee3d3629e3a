// Draws the three fictional firms' logo marks as PNGs (run: node templates/_tools/make-logos.mjs).
// Hand-drawn vector shapes rasterised with 4x4 supersampling, so the marks stay crisp at print
// size without an image library; the PNGs it writes are committed next to each template.json.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../../build/png.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SS = 4;

const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];

const insidePolygon = (pts, x, y) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const shapes = {
  polygon: (s, x, y) => insidePolygon(s.points, x, y),
  circle: (s, x, y) => (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2,
  ring: (s, x, y) => {
    const d = Math.hypot(x - s.cx, y - s.cy);
    return d <= s.r && d >= s.r - s.width;
  },
  rect: (s, x, y) => x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h,
};

/** Paints layers (source-over) into an RGBA buffer; coverage per pixel from SS×SS samples. */
const rasterise = (width, height, layers) => {
  const px = new Float64Array(width * height * 4);
  for (const layer of layers) {
    const [r, g, b, a] = layer.color;
    const hit = shapes[layer.shape];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let covered = 0;
        for (let sy = 0; sy < SS; sy++)
          for (let sx = 0; sx < SS; sx++) if (hit(layer, x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) covered++;
        if (covered === 0) continue;
        const alpha = (a * covered) / (SS * SS);
        const i = (y * width + x) * 4;
        const outA = alpha + px[i + 3] * (1 - alpha);
        for (const [k, c] of [[0, r], [1, g], [2, b]]) px[i + k] = (c * alpha + px[i + k] * px[i + 3] * (1 - alpha)) / outA;
        px[i + 3] = outA;
      }
    }
  }
  const out = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    out[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width * 4; x++) {
      const v = px[y * width * 4 + x];
      out[y * (width * 4 + 1) + 1 + x] = Math.round(x % 4 === 3 ? v * 255 : v);
    }
  }
  return out;
};

const png = (width, height, layers) => encodePng(width, height, rasterise(width, height, layers));

// Classic (Halvard & Roos): a small portico — pediment, three columns, a brass plinth.
const navy = hex('#1B2F4B');
const brass = hex('#A8844A');
const classic = [
  { shape: 'polygon', color: navy, points: [[16, 78], [120, 14], [224, 78]] },
  { shape: 'rect', color: navy, x: 22, y: 86, w: 196, h: 12 },
  ...[38, 102, 166].map((x) => ({ shape: 'rect', color: navy, x, y: 108, w: 36, h: 92 })),
  { shape: 'rect', color: brass, x: 12, y: 210, w: 216, h: 16 },
];

// Modern (Vireo): two overlapping discs, made for the dark sidebar band.
const modern = [
  { shape: 'circle', color: hex('#7ED3C4'), cx: 92, cy: 120, r: 84 },
  { shape: 'circle', color: hex('#FFFFFF', 0.88), cx: 164, cy: 120, r: 84 },
];

// Compact (Kestrel): two chevrons in flight, cobalt and sky.
const chevron = (x0, color) => ({
  shape: 'polygon',
  color,
  points: [[x0, 24], [x0 + 64, 24], [x0 + 160, 120], [x0 + 64, 216], [x0, 216], [x0 + 96, 120]],
});
const compact = [chevron(8, hex('#1F4FA8')), chevron(104, hex('#5FA8E8'))];

for (const [name, width, layers] of [['classic', 240, classic], ['modern', 256, modern], ['compact', 272, compact]]) {
  const file = join(root, name, 'logo.png');
  writeFileSync(file, png(width, 240, layers));
  process.stdout.write(`wrote ${file}\n`);
}
