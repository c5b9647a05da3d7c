const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** "1.250": a count as Vietnamese documents print it (dot between thousands). */
export function formatNumberVN(value: number): string {
  return whole.format(value)
}

/** "12,5": at most one decimal, with the Vietnamese decimal comma. */
export function formatDecimalVN(value: number): string {
  return oneDecimal.format(value)
}

/** "2 ngày 5 giờ", "3 giờ", "dưới 1 giờ": a duration in hours as a board would say it. */
export function formatHoursVN(hours: number, lang: 'vi' | 'en' = 'vi'): string {
  const total = Math.round(hours)
  if (total < 1) return lang === 'vi' ? 'dưới 1 giờ' : 'under an hour'
  const days = Math.floor(total / 24)
  const rest = total % 24
  if (lang === 'en') return [days && `${formatNumberVN(days)} d`, rest && `${rest} h`].filter(Boolean).join(' ')
  return [days && `${formatNumberVN(days)} ngày`, rest && `${rest} giờ`].filter(Boolean).join(' ')
}
