/**
 * Serves the strict Content-Security-Policy page with the headers a locked-down council site
 * sends, so the demo server and the test runner check the widget under the same policy.
 */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export function testPagesMiddleware(context, next) {
  if (context.path.includes('/strict-csp')) {
    context.set('Content-Security-Policy', strictPolicy);
  }

  return next();
}
