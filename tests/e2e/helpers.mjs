// Shared by the e2e tests (run.mjs runs only *.e2e.mjs files, not this one).

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a batch on the playground's simulated workbook (it installs Excel.run as a global). */
export function excel(page, fn, arg) {
  return page.evaluate(
    async ({ source, arg }) => {
      const batch = new Function('ctx', 'arg', `return (${source})(ctx, arg);`);
      return globalThis.Excel.run((ctx) => batch(ctx, arg));
    },
    { source: fn.toString(), arg },
  );
}
