// Draws images/icon.png (256×256): a teal rounded square, a white medical cross and a mint check mark.
// Plain Node (zlib) so it needs no image tools: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 256, SS = 4; // size, supersampling per axis
const teal = [14, 59, 67], white = [255, 255, 255], mint = [127, 224, 200];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
const check = [[150, 188], [178, 214], [226, 154]];

function sample(x, y) {
  if (distToSegment(x, y, check[0], check[1]) <= 11 || distToSegment(x, y, check[1], check[2]) <= 11) return [...mint, 255];
  if (inRoundRect(x, y, 98, 40, 158, 190, 10) || inRoundRect(x, y, 38, 85, 218, 145, 10)) {
    // keep a teal gap around the check mark so it reads on top of the cross
    if (distToSegment(x, y, check[0], check[1]) <= 19 || distToSegment(x, y, check[1], check[2]) <= 19) return [...teal, 255];
    return [...white, 255];
  }
  if (inRoundRect(x, y, 8, 8, 248, 248, 44)) return [...teal, 255];
  return [0, 0, 0, 0];
}

const raw = Buffer.alloc((S * 4 + 1) * S);
for (let y = 0; y < S; y++) {
  raw[y * (S * 4 + 1)] = 0;
  for (let x = 0; x < S; x++) {
    const acc = [0, 0, 0, 0];
    for (let j = 0; j < SS; j++) for (let i = 0; i < SS; i++) {
      const p = sample(x + (i + 0.5) / SS, y + (j + 0.5) / SS);
      for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
      acc[3] += p[3];
    }
    const o = y * (S * 4 + 1) + 1 + x * 4;
    const a = acc[3] / (SS * SS);
    for (let k = 0; k < 3; k++) raw[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
