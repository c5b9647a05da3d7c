type FormFields = Record<string, { value?: unknown } | undefined>

/** Gallery rows as the checklist wants them, from Payload's flat form state ("gallery.0.caption"). */
export function galleryFromFormState(fields: FormFields): { photo?: unknown; caption?: string | null }[] {
  const rows: { photo?: unknown; caption?: string | null }[] = []
  for (const [path, field] of Object.entries(fields)) {
    const match = /^gallery\.(\d+)\.(photo|caption)$/.exec(path)
    if (!match) continue
    const row = (rows[Number(match[1])] ??= {})
    if (match[2] === 'photo') row.photo = field?.value
    else row.caption = (field?.value as string | null | undefined) ?? null
  }
  return Array.from(rows, (row) => row ?? {})
}
