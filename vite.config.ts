import { defineConfig } from 'vite';

/**
 * Builds the script-tag bundle: `dist/council-chat.js` (the launcher, all a page where nobody
 * chats downloads) plus chunks it loads on demand from the same folder, and the savings
 * report's own entry point, `dist/report.js`, which the widget never loads.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Library mode leaves ES output unminified by default; residents on phones pay for bytes.
    minify: true,
    // The bundle runs under strict CSP: keep assets as files from the same origin.
    assetsInlineLimit: 0,
    lib: {
      entry: {
        'council-chat': 'src/index.ts',
        report: 'src/report/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Vite keeps white space in library builds for other bundlers; this file goes straight
        // to browsers, so it is minified in full.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lit and the widget's own code used by both the launcher and the panel, in one chunk
        // named for what it holds (a chunk otherwise takes the name of its first module). One
        // chunk rather than two saves a request and over a kilobyte of compression overhead.
        advancedChunks: { groups: [{ name: 'shared', minShareCount: 2 }] },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
