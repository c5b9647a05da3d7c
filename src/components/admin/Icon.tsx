import React from 'react'

/** The navigation icon: a red badge with "DV", sized to Payload's icon slot. */
export function Icon() {
  return (
    <svg width="18" height="18" viewBox="0 0 28 28" role="img" aria-label="Dân vận CMS">
      <rect width="28" height="28" rx="6" fill="#b3001b" />
      <text x="14" y="19" textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff" fontFamily="system-ui, sans-serif">
        DV
      </text>
    </svg>
  )
}
