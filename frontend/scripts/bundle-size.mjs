// Reports what a first visit downloads (the shell) and what each page adds, from dist/.vite/manifest.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const size = (file) => {
  const bytes = readFileSync(`dist/${file}`);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imp of manifest[key].imports ?? []) closure(imp, seen);
  return seen;
};
const total = (keys) => {
  let raw = 0, gzip = 0;
  const files = new Set();
  for (const k of keys) {
    files.add(manifest[k].file);
    for (const css of manifest[k].css ?? []) files.add(css);
  }
  for (const f of files) { const s = size(f); raw += s.raw; gzip += s.gzip; }
  return { raw, gzip };
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const shell = closure(entry);
const shellSize = total(shell);
console.log(`shell (every first visit): ${kb(shellSize.raw)} raw, ${kb(shellSize.gzip)} gzip`);
for (const page of manifest[entry].dynamicImports ?? []) {
  const extra = [...closure(page)].filter((k) => !shell.has(k));
  const s = total(extra);
  console.log(`  + ${page.replace('src/app/routes/', '').padEnd(28)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip` +
    `   first load of this page: ${kb(shellSize.gzip + s.gzip)} gzip`);
}
