// Records what a host page must never get from the widget: uncaught errors, console warnings
// and errors, Content-Security-Policy violations, and the Trusted Types policies created. A
// classic script from the page's own origin, loaded first, so it runs under a strict policy too.
(() => {
  const problems = {
    errors: [],
    warnings: [],
    consoleErrors: [],
    violations: [],
    policies: [],
  };
  window.pageProblems = problems;

  window.addEventListener('error', (event) => problems.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    problems.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      problems.violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
          `at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`,
      ),
    true,
  );

  const originalWarn = console.warn;
  const originalError = console.error;
  console.warn = (...args) => {
    problems.warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
  console.error = (...args) => {
    problems.consoleErrors.push(args.map(String).join(' '));
    originalError.apply(console, args);
  };

  if (window.trustedTypes) {
    const createPolicy = window.trustedTypes.createPolicy.bind(window.trustedTypes);
    window.trustedTypes.createPolicy = (name, rules) => {
      problems.policies.push(name);
      return createPolicy(name, rules);
    };
  }
})();
