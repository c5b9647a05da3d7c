'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { tr, type CustomKey } from '../../../i18n/translations'

/**
 * Payload's table feature writes its words as English literals, the cell menu's in pieces
 * ("Insert ", "2 rows", " above"). Each group is renamed only where that part of the feature
 * draws it, never in the text being edited.
 */
const SCOPED_WORDS: Array<{ scope: string; words: Record<string, CustomKey> }> = [
  {
    scope: '.table-action-menu-dropdown',
    words: {
      'Insert ': 'editorTableInsert',
      row: 'editorTableRow',
      column: 'editorTableColumn',
      ' above': 'editorTableAbove',
      ' below': 'editorTableBelow',
      left: 'editorTableLeft',
      right: 'editorTableRight',
      'Delete row': 'editorTableDeleteRow',
      'Delete column': 'editorTableDeleteColumn',
      'Delete table': 'editorTableDelete',
      'Merge cells': 'editorTableMerge',
      'Unmerge cells': 'editorTableUnmerge',
      'Toggle Row Striping': 'editorTableStriping',
      'Toggle First Column Freeze': 'editorTableFreeze',
      Add: 'editorTableAdd',
      Remove: 'editorTableRemove',
      'row header': 'editorTableRowHeader',
      'column header': 'editorTableColumnHeader',
    },
  },
  { scope: '.slash-menu-popup__item-table, .toolbar-popup__dropdown-item-table', words: { Table: 'editorTable' } },
  { scope: '.drawer', words: { 'Create Table': 'editorTableCreate', Rows: 'editorTableRows', Columns: 'editorTableColumns' } },
]

const COUNTS: Array<[RegExp, CustomKey]> = [
  [/^(\d+) rows$/, 'editorTableRowCount'],
  [/^(\d+) columns$/, 'editorTableColumnCount'],
]

const ARIA_LABELS: Record<string, CustomKey> = { 'Add Row': 'editorTableAddRow', 'Add Column': 'editorTableAddColumn', Table: 'editorTable' }

/** Renames the table feature's menus, buttons and drawer in the admin's language whenever they are drawn. */
export function TableLabels() {
  const { t } = useTranslation()
  useEffect(() => {
    const rename = (text: Text, words: Record<string, CustomKey>, counts: boolean) => {
      if (text.parentElement?.closest('[contenteditable="true"]')) return
      const key = words[text.data]
      let name = key ? tr(t, key) : null
      if (!name && counts)
        for (const [pattern, countKey] of COUNTS) {
          const match = pattern.exec(text.data)
          if (match) name = tr(t, countKey, { count: match[1] })
        }
      // (setting the same text again would wake the observer, for ever)
      if (name && name !== text.data) text.data = name
    }
    const relabel = () => {
      for (const { scope, words } of SCOPED_WORDS)
        for (const container of Array.from(document.querySelectorAll(scope))) {
          const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) rename(node as Text, words, scope === SCOPED_WORDS[0].scope)
        }
      for (const [english, key] of Object.entries(ARIA_LABELS)) {
        const name = tr(t, key)
        if (name !== english) for (const el of Array.from(document.querySelectorAll(`[aria-label="${english}"]`))) el.setAttribute('aria-label', name)
      }
    }
    let frame = 0
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(relabel)
    })
    relabel()
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [t])
  return null
}
