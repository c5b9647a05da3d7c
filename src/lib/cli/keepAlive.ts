/**
 * Imported first by the command-line scripts, which all end with process.exit. On Node 20, a
 * dynamic import() served by tsx's loader thread can leave the event loop with nothing ref'd
 * while the import is still pending; Node then ends the script silently with exit code 13
 * ("unsettled top-level await") halfway through (seen once in CI, on a cold machine). This
 * timer keeps the loop alive until the script exits.
 */
setInterval(() => {}, 1 << 30)

export {}
