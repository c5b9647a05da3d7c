/**
 * Imported first by the command-line scripts, which all end with process.exit. On Node 20, a
 * dynamic import() can leave the event loop with nothing ref'd while the import is still
 * pending; Node then ends the script silently with exit code 13 ("unsettled top-level await")
 * halfway through (seen once in CI, on a cold machine). This timer keeps the loop alive until
 * the script exits. The import that never settled was Lexical's Node entry points, each a
 * top-level `await import()` of its dev or prod build: every script now runs with
 * `--conditions=production` (package.json), which loads the build directly.
 */
setInterval(() => {}, 1 << 30)

export {}
