// Prints what the widget costs a page: the script-tag bundle with the chunks it imports at
// once (every page pays this), and what opening the chat loads on top, gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

import { init, parse } from 'es-module-lexer';

await init;

const dist = 'dist';
const entry = join(dist, 'council-chat.js');

/** Files an ES module imports, split into static imports and dynamic `import()`s. */
function importsOf(file) {
  const [imports] = parse(readFileSync(file, 'utf8'));
  const staticImports = [];
  const dynamicImports = [];
  for (const found of imports) {
    // es-module-lexer 2 names these `specifier` and `type`; version 1 named them `n` and `d`.
    const name = found.specifier ?? found.n;
    const dynamic = found.type ? found.type === 'dynamic' : found.d > -1;
    if (!name || !name.startsWith('.')) continue;
    (dynamic ? dynamicImports : staticImports).push(join(dirname(file), name));
  }
  return { staticImports, dynamicImports };
}

/** Every file loaded at once when `start` is loaded. */
function staticClosure(start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const file of importsOf(start).staticImports) staticClosure(file, seen);
  return seen;
}

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);

const onEveryPage = staticClosure(entry);
const onOpen = new Set();
for (const file of onEveryPage) {
  for (const lazy of importsOf(file).dynamicImports) {
    if (lazy.includes('mock-transport') || lazy.includes('unavailable')) continue;
    for (const loaded of staticClosure(lazy)) if (!onEveryPage.has(loaded)) onOpen.add(loaded);
  }
}

const list = (files) =>
  [...files].map((file) => `    ${relative(dist, file)}  ${kb(gzip(file))}`).join('\n');

console.log('\ncouncil-chat size report (gzip -9)');
console.log(`  every page, before anyone chats: ${kb(sum(onEveryPage))}`);
console.log(list(onEveryPage));
console.log(`  added when a resident opens the chat: ${kb(sum(onOpen))}`);
console.log(list(onOpen));

const mock = readdirSync(join(dist, 'chunks')).filter(
  (name) => name.startsWith('mock-') && name.endsWith('.js'),
);
for (const name of mock) {
  const size = kb(gzip(join(dist, 'chunks', name)));
  console.log(`  demo mock backend (only with transport="mock"): ${size}`);
}

const integrity = createHash('sha384').update(readFileSync(entry)).digest('base64');
console.log(`\nSubresource Integrity for dist/council-chat.js: sha384-${integrity}`);
// The one tag a web editor pastes into the site template (see docs/embedding.md).
console.log(`\nEmbed snippet for this build:
<script
  type="module"
  src="/council-chat/council-chat.js"
  integrity="sha384-${integrity}"
  crossorigin="anonymous"
  data-transport="mock"
  data-council-name="Your Council"
  data-team-name="Customer Services"
></script>
`);
