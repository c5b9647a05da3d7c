import type { DateField } from 'payload'

type Label = { vi: string; en: string }

/** A calendar day, shown dd/MM/yyyy as Vietnamese documents write dates. */
export function dayField(name: string, label: Label, admin: DateField['admin'] = {}): DateField {
  return { name, type: 'date', label, admin: { ...admin, date: { displayFormat: 'dd/MM/yyyy', ...admin?.date } } }
}
