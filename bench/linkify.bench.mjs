// Times how long finding links takes for ordinary and hostile messages, and prints the figures.
// Run with `npm run bench`. Figures only: no threshold, so a slow machine fails nothing.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';

const bundle = await build({
  entryPoints: ['src/views/transcript/linkify.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const source = bundle.outputFiles[0].text;
const { linkify } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

const site = 'https://www.harbourside.example';
const cases = {
  'a staff answer with one link': `Pay online at ${site}/pay-council-tax.html, it takes a minute.`,
  '100,000 characters of prose': 'Council tax is due on the first of the month. '.repeat(2200),
  'an address then 50,000 closing brackets': `https://a.co/${')'.repeat(50_000)}`,
  'an address then 50,000 full stops and x': `https://a.co/${'.'.repeat(50_000)}x`,
  '7,000 addresses': Array.from({ length: 7000 }, (_, i) => `https://a.co/${i}`).join(' '),
};

console.log('linkify, median of 15 runs');
for (const [name, text] of Object.entries(cases)) {
  const times = [];
  let parts = 0;
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    parts = linkify(text, site).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name}: ${times[7].toFixed(2)} ms (${parts} parts)`);
}
