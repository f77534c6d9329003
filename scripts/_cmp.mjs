import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const walk = (d) => readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? (n === 'pagefind' || n === '_astro' ? [] : walk(p)) : p.endsWith('.html') ? [p] : []; });
const norm = (s) => s.replace(/<svg[\s\S]*?<\/svg>/g, '<svg/>').replace(/ data-astro-cid-[a-z0-9]+/g, '').replace(/\/_astro\/[^"]+/g, '/_astro/X');
let n = 0;
for (const f of walk(process.argv[2])) {
  const g = f.replace(process.argv[2], process.argv[3]);
  const a = norm(readFileSync(f, 'utf8')), b = norm(readFileSync(g, 'utf8'));
  if (a !== b) { n++; let i = 0; while (a[i] === b[i]) i++; console.log(f, '\n  A:', a.slice(i - 80, i + 120), '\n  B:', b.slice(i - 80, i + 120)); }
}
console.log(n, 'differ');
