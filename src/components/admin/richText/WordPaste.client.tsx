'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import {
  $getSelection,
  $isRangeSelection,
  $isSelectionCapturedInDecoratorInput,
  COMMAND_PRIORITY_HIGH,
  isDOMNode,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { $generateNodesFromDOM } from '@payloadcms/richtext-lexical/lexical/html'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { cleanWordHtml, isWordHtml } from '../../../lib/richText/cleanWordHtml'

/**
 * Paste from Word: Word's clipboard HTML is cleaned (src/lib/richText/cleanWordHtml) before
 * Lexical imports it, so its list paragraphs arrive as lists, not "·" paragraphs, and its
 * styling noise stays behind. Any other paste goes to Lexical's own handler untouched.
 */
function WordPaste() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const html = event instanceof ClipboardEvent ? event.clipboardData?.getData('text/html') : undefined
          if (!html || !isWordHtml(html)) return false
          // a paste into a field inside a block (a caption, say) is that field's
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false
          if (!$isRangeSelection($getSelection())) return false
          const clean = cleanWordHtml(html)
          if (!clean) return false
          event.preventDefault()
          editor.update(
            () => {
              const selection = $getSelection()
              if (!selection) return
              const nodes = $generateNodesFromDOM(editor, new DOMParser().parseFromString(clean, 'text/html'))
              // what @lexical/clipboard's $insertGeneratedNodes does (Payload re-exports no clipboard
              // module): a table feature may take the nodes (pasting into a table), else they go in
              if (!editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, { nodes, selection })) selection.insertNodes(nodes)
            },
            { tag: PASTE_TAG }, // its own undo step
          )
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}

export const WordPasteClient = createClientFeature({ plugins: [{ Component: WordPaste, position: 'normal' }] })
