'use client'
import React from 'react'

/** Opens the browser's print dialog for the page (its print style leaves out the admin's navigation and the filters). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => window.print()}>
      {label}
    </button>
  )
}
