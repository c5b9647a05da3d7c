'use client'
import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'
import { formatPatternVN } from '../../../lib/format/dates'

/** A date column of a list in Vietnam time, as the field's display pattern asks, in any browser. */
export function VietnamDateCell({ cellData, field }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const admin = (field as { admin?: { date?: { displayFormat?: string } } }).admin
  const pattern = admin?.date?.displayFormat || config.admin.dateFormat
  return <span>{typeof cellData === 'string' || cellData instanceof Date ? formatPatternVN(cellData, pattern) : null}</span>
}
