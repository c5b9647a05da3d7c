/** Runs once when the server starts; the checks need Node, so they live in their own module. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/config/checkStartup')
    checkStartup()
  }
}
