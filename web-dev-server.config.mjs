// Serves the demo council site from the built bundle, as a real council site would, with the
// strict Content-Security-Policy page sent under its own headers.
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { testPagesMiddleware } from './scripts/test-pages-middleware.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  appIndex: undefined,
  open: false,
  nodeResolve: true,
  middleware: [
    testPagesMiddleware,
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
