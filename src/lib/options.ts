/** A choice with its Vietnamese and English labels. */
export type Option = { value: string; vi: string; en: string }

/** Payload select options with both labels. */
export const toOptions = (options: readonly Option[]) =>
  options.map(({ value, vi, en }) => ({ value, label: { vi, en } }))
