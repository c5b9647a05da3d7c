'use client'
import { getTranslation } from '@payloadcms/translations'
import { SlugField, useTranslation } from '@payloadcms/ui'
import type { SlugFieldClientProps } from 'payload'
import React from 'react'

/**
 * Payload's slug field with its label in the admin's language: Payload draws this field from
 * a config it builds once, in the first request's language, so the {vi, en} label comes as a
 * prop and is translated here per request (see src/i18n/adminLanguage.ts).
 */
export function LocalizedSlugField({ bilingualLabel, field, ...props }: SlugFieldClientProps & { bilingualLabel?: Record<string, string> }) {
  const { i18n } = useTranslation()
  return <SlugField {...props} field={{ ...field, label: bilingualLabel ? getTranslation(bilingualLabel, i18n) : field.label }} />
}
