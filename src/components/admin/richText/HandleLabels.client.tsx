'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { tr, type CustomKey } from '../../../i18n/translations'
import { TableLabels } from './TableLabels'

/** The English names the editor's handles carry (Payload writes them as literals). */
const HANDLES: Record<string, CustomKey> = {
  'Drag to move': 'editorDragToMove',
  'Add block': 'editorAddBlock',
  'Insert Paragraph': 'editorInsertParagraph',
}

/**
 * Gives the rich-text editor's handles (drag, add a block, a paragraph at the end) names in the
 * admin's language: Payload renders them with fixed English aria-labels, so this renames them
 * in the editor's own container, and again whenever the editor draws them anew.
 */
function HandleLabels() {
  const [editor] = useLexicalComposerContext()
  const { t } = useTranslation()
  useEffect(() => {
    let observer: MutationObserver | undefined
    const relabel = (container: Element) => {
      for (const [english, key] of Object.entries(HANDLES)) {
        const name = tr(t, key)
        if (name === english) continue // (setting it again would wake the observer, for ever)
        for (const el of Array.from(container.querySelectorAll(`[aria-label="${english}"]`))) el.setAttribute('aria-label', name)
      }
    }
    const unregister = editor.registerRootListener((root) => {
      observer?.disconnect()
      const container = root?.closest('.rich-text-lexical') ?? root?.parentElement
      if (!container) return
      relabel(container)
      observer = new MutationObserver(() => relabel(container))
      observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    })
    return () => {
      unregister()
      observer?.disconnect()
    }
  }, [editor, t])
  return null
}

// the table feature's words too (TableLabels): Payload writes them as English literals as well
export const HandleLabelsClient = createClientFeature({
  plugins: [
    { Component: HandleLabels, position: 'normal' },
    { Component: TableLabels, position: 'normal' },
  ],
})
