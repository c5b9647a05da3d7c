'use client'
import { DefaultCell } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'
import { relationCellText } from '../../lib/format/relationCellText'

/** A relationship's list cell: a dash for none (relationCellText), a value as Payload shows it. */
export function RelationCell(props: DefaultCellComponentProps) {
  const text = relationCellText(props.cellData)
  return text === undefined ? <DefaultCell {...props} /> : <span>{text}</span>
}
