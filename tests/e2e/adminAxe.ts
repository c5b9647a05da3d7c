import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type AxeNode = { target: string[]; html: string; failureSummary?: string }
export type AxeViolation = { id: string; impact: 'minor' | 'moderate' | 'serious' | 'critical' | null; help: string; nodes: AxeNode[] }

/**
 * A violation Payload's own markup makes whatever our configuration says: the rule, the node
 * (its selector as axe names it, and where that is too loose its markup), and the upstream issue.
 */
export type PayloadOwned = { rule: string; target: RegExp; html?: RegExp; issue: string; what: string }

/** Payload's accessibility tracking issue, for controls no issue of their own names yet. */
const TRACKING = 'https://github.com/payloadcms/payload/issues/1227'

/**
 * What remains Payload's (3.90.2): its own components make these whatever the configuration
 * (README, "Còn lại của Payload"). Everything else axe finds is ours to fix.
 */
export const PAYLOADS_AXE: PayloadOwned[] = [
  { rule: 'label', target: /#react-select-[\w-]+-input$/, issue: 'https://github.com/payloadcms/payload/issues/18140', what: 'select and relationship boxes: the label points at the wrapper, not at react-select’s input' },
  { rule: 'label-title-only', target: /#react-select-[\w-]+-input$/, issue: 'https://github.com/payloadcms/payload/issues/18140', what: 'the same inputs, named only by a title' },
  { rule: 'aria-hidden-focus', target: /\.(dropdown|clear)-indicator/, issue: 'https://github.com/payloadcms/payload/issues/18139', what: 'the open and clear buttons of every select box are focusable inside aria-hidden' },
  { rule: 'label', target: /^#_R_\w+$/, html: /^<input aria-label="" id="_R_\w+" type="checkbox">$/, issue: 'https://github.com/payloadcms/payload/issues/17376', what: 'the list’s row checkboxes have an empty name (fixed in Payload 4, not in 3.x)' },
  { rule: 'label-title-only', target: /^#select-all$/, issue: 'https://github.com/payloadcms/payload/issues/17376', what: 'the list’s select-all checkbox, named only by the title "select-all"' },
  { rule: 'button-name', target: /\.clickable-arrow/, issue: 'https://github.com/payloadcms/payload/issues/17377', what: 'the list’s previous and next page arrows' },
  { rule: 'button-name', target: /\.popup-button/, issue: TRACKING, what: 'icon-only menu buttons: the document’s "…" menu, an array row’s actions, copy and paste of a field' },
  { rule: 'button-name', target: /\.date-time-picker__clear-button/, issue: TRACKING, what: 'the date picker’s clear (×) button, inside Payload’s DatePicker' },
  { rule: 'button-name', target: /\.toolbar-popup__button-/, issue: TRACKING, what: 'the rich-text toolbar’s format buttons (bold, italic, link…)' },
  { rule: 'aria-input-field-name', target: /\.ContentEditable__root/, issue: TRACKING, what: 'the rich-text editor’s editable area has no name' },
  { rule: 'button-name', target: /\.drawer-link__doc-drawer-toggler|\.file-details__remove|\.copy-to-clipboard/, issue: TRACKING, what: 'icon-only buttons: open a joined document, remove an upload, copy its address' },
  { rule: 'aria-command-name', target: /\.collapsible__drag/, issue: TRACKING, what: 'an array row’s drag handle' },
  { rule: 'nested-interactive', target: /.*/, html: /^<div class="multi-value draggable rs__multi-value/, issue: TRACKING, what: 'a sortable many-valued box’s chips (a report’s officials, in the order the public page prints them) are drag buttons holding their remove button' },
  { rule: 'label-content-name-mismatch', target: /.*/, html: /class="[^"]*\bdoc-tab\b/, issue: TRACKING, what: 'the "Danh sách phiên bản" tab’s name leaves out its count' },
  { rule: 'list', target: /.*/, html: /^<ul class="doc-tabs__tabs">/, issue: TRACKING, what: 'the document’s tabs are links and divs directly in a <ul>' },
]

/**
 * Runs axe-core on the page as it stands. Evaluated rather than added as a script tag: a tag
 * waits on the page's other scripts, and the admin's content security policy reports those
 * it blocks (Payload's code editor asks a CDN for Monaco) as the tag's own failure.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 300), failureSummary: n.failureSummary })) }))
  })
}

const selectorOf = (node: AxeNode) => node.target.join(' ')

/** Whether a node's violation is Payload's own (listed in `owned`). */
export const isPayloads = (owned: PayloadOwned[], rule: string, node: AxeNode) =>
  owned.some((o) => o.rule === rule && o.target.test(selectorOf(node)) && (!o.html || o.html.test(node.html)))

/**
 * The rule: a violation is ours unless every one of its nodes is listed as Payload's, by rule id
 * and node; on Payload's views only critical and serious ones count (`allImpacts` for our own
 * views, which must have none at all). Names the nodes that are ours.
 */
export function oursAmong(violations: AxeViolation[], owned: PayloadOwned[], { allImpacts = false } = {}): string[] {
  return violations
    .filter((v) => allImpacts || v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => {
      const mine = v.nodes.filter((n) => !isPayloads(owned, v.id, n))
      return mine.length ? [`${v.id} (${v.impact}) ${v.help}: ${mine.slice(0, 5).map(selectorOf).join(', ')}${mine.length > 5 ? ` and ${mine.length - 5} more` : ''}`] : []
    })
}
