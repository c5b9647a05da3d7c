/**
 * When failed sign-ins lock, and whom. Three locks, all over the last WINDOW:
 *
 * - an address with ADDRESS_FAILURES failures (any accounts, known or not) is refused
 *   everything: one machine guessing, or spraying one password over many accounts;
 * - an account with PAIR_FAILURES failures from one address is refused from that address only:
 *   one machine guessing one account cannot lock its owner out elsewhere;
 * - an account with failures from ACCOUNT_ADDRESSES different addresses is refused everywhere:
 *   a guess spread over many machines. Locking it takes that many machines, not one.
 *
 * Failures are recorded for accounts that do not exist too, so a lock says nothing about
 * whether an account exists. Each lock ends by itself as its failures age out of the window;
 * an admin's unlock forgets the account's failures at once.
 */
export const LOCKOUT_RULES = {
  windowMs: 15 * 60 * 1000,
  pairFailures: 5,
  addressFailures: 20,
  accountAddresses: 5,
}

export type LockoutRules = typeof LOCKOUT_RULES

/** One failed attempt: the account tried (a key, see accountKey), the address it came from, when (ms). */
export type LoginFailure = { account: string; address: string; at: number }

export type LockReason = 'address' | 'pair' | 'account'

export type LockVerdict = { locked: false } | { locked: true; reason: LockReason; until: number }

/** When the nth most recent of these times leaves the window (the lock it holds ends then). */
function endOfNth(times: number[], n: number, windowMs: number): number {
  return [...times].sort((a, b) => b - a)[n - 1] + windowMs
}

/**
 * Whether an attempt on `account` from `address` at `now` is refused, given the failures
 * recorded (any of them: those of other accounts and addresses, or out of the window, are
 * ignored). The longest lock that applies wins.
 */
export function lockVerdict(failures: LoginFailure[], attempt: { account: string; address: string; now: number }, rules: LockoutRules = LOCKOUT_RULES): LockVerdict {
  const since = attempt.now - rules.windowMs
  const recent = failures.filter((failure) => failure.at > since && failure.at <= attempt.now)
  const locks: { reason: LockReason; until: number }[] = []

  const fromAddress = recent.filter((failure) => failure.address === attempt.address).map((failure) => failure.at)
  if (fromAddress.length >= rules.addressFailures) locks.push({ reason: 'address', until: endOfNth(fromAddress, rules.addressFailures, rules.windowMs) })

  const onAccount = recent.filter((failure) => failure.account === attempt.account)
  const pair = onAccount.filter((failure) => failure.address === attempt.address).map((failure) => failure.at)
  if (pair.length >= rules.pairFailures) locks.push({ reason: 'pair', until: endOfNth(pair, rules.pairFailures, rules.windowMs) })

  // each address counted once, at its latest failure
  const latestByAddress = new Map<string, number>()
  for (const failure of onAccount) latestByAddress.set(failure.address, Math.max(failure.at, latestByAddress.get(failure.address) ?? 0))
  if (latestByAddress.size >= rules.accountAddresses)
    locks.push({ reason: 'account', until: endOfNth([...latestByAddress.values()], rules.accountAddresses, rules.windowMs) })

  if (!locks.length) return { locked: false }
  const longest = locks.reduce((a, b) => (b.until > a.until ? b : a))
  return { locked: true, ...longest }
}
