/**
 * Bundle figures of the production build (run after `vite build`): what a first visit loads, by
 * following index.html's scripts, module preloads and stylesheets, raw and gzipped; and every
 * other asset, loaded later or lazily.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstVisit = new Set<string>();
for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g))
  if (m[1]) firstVisit.add(m[1]);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const row = (file: string) =>
  console.log(
    `  ${file.padEnd(44)} ${kb(statSync(join(dist, file)).size).padStart(10)} ${kb(gz(file)).padStart(10)} gz`,
  );

console.log('\nBundle: first visit (index.html and what it loads):');
let jsGz = 0;
let cssGz = 0;
for (const f of firstVisit) {
  row(f);
  if (f.endsWith('.js')) jsGz += gz(f);
  else cssGz += gz(f);
}
console.log(
  `  ${'JavaScript, first visit'.padEnd(44)} ${kb(jsGz).padStart(21)} gz  (budget 150 kB)${jsGz <= 150 * 1024 ? '' : '  OVER BUDGET'}`,
);
console.log(`  ${'CSS, first visit'.padEnd(44)} ${kb(cssGz).padStart(21)} gz`);
const later = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css|json)$/.test(f) && !firstVisit.has(f));
if (later.length > 0) {
  console.log('Loaded later (lazily):');
  later.forEach(row);
}
