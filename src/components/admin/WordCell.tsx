'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

type Words = { vi: string; en: string }

/**
 * A checkbox column as words an editor reads ("Đã giải quyết" / "Chưa giải quyết"), not
 * Payload's "đúng" / "sai". The words come as the cell's client props, in both languages.
 */
export function WordCell({ cellData, yes, no }: DefaultCellComponentProps & { yes: Words; no: Words }) {
  const { i18n } = useTranslation()
  const words = cellData ? yes : no
  return <span className={cellData ? 'word-cell word-cell--yes' : 'word-cell word-cell--no'}>{i18n.language === 'en' ? words.en : words.vi}</span>
}
