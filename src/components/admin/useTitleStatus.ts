'use client'
import { useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { relationId } from '../../lib/roles'
import type { OfficialTitleStatus } from '../../lib/officials/confirmation'

/** Said on the window after a confirmation, so every view of the statuses reads them again. */
export const TITLES_CONFIRMED = 'danvan:titles-confirmed'

/**
 * How sure the titles of the report's officials are on its date (the form's "Ngày giờ đăng",
 * else today, as publishing would date it), read from the server as the form changes.
 */
export function useTitleStatus() {
  const ids = useFormFields(([fields]) => ((fields.officials?.value as unknown[] | undefined) ?? []).map((o) => relationId(o as never)).filter(Boolean).join(','))
  const publishedAt = useFormFields(([fields]) => (fields.publishedAt?.value as string | undefined) || '')
  const [statuses, setStatuses] = useState<OfficialTitleStatus[] | undefined>(ids ? undefined : [])
  const date = publishedAt || new Date().toISOString()

  const refresh = useCallback(async () => {
    if (!ids) return setStatuses([])
    const res = await fetch(`/api/officials/title-status?ids=${encodeURIComponent(ids)}&date=${encodeURIComponent(publishedAt || new Date().toISOString())}`, { credentials: 'include' })
    if (res.ok) setStatuses(((await res.json()) as { officials: OfficialTitleStatus[] }).officials)
  }, [ids, publishedAt])

  useEffect(() => {
    void refresh()
    window.addEventListener(TITLES_CONFIRMED, refresh)
    return () => window.removeEventListener(TITLES_CONFIRMED, refresh)
  }, [refresh])

  return { statuses, date }
}
