'use client'
import { getTranslation } from '@payloadcms/translations'
import { DatePicker, FieldDescription, FieldError, FieldLabel, RenderCustomComponent, fieldBaseClass, useField, useTranslation, withCondition } from '@payloadcms/ui'
import type { ConditionalDateProps, DateFieldClientProps, LabelFunction, StaticLabel, Validate } from 'payload'
import React, { useCallback, useMemo } from 'react'
import { localWallClockAsVN, startOfDayVN, vnWallClockAsLocal } from '../../../lib/format/dates'
import { tr } from '../../../i18n/translations'

const DAY_ONLY = ['default', 'dayOnly', 'monthOnly']

/** Day first and a 24-hour clock where a field names no pattern (Payload's default is "MM/dd/yyyy", "h:mm aa"). */
const DISPLAY_FORMATS: Record<string, string> = { default: 'dd/MM/yyyy', dayOnly: 'dd/MM', monthOnly: 'MM/yyyy', dayAndTime: 'dd/MM/yyyy HH:mm', timeOnly: 'HH:mm' }


/** As Payload lays out a field: its own style, its width, else fill the row. */
const fieldStyles = (admin?: { style?: React.CSSProperties; width?: string }): React.CSSProperties => ({
  ...admin?.style,
  ...(admin?.width ? ({ '--field-width': admin.width } as React.CSSProperties) : { flex: '1 1 auto' }),
  ...(admin?.style?.flex ? { flex: admin.style.flex } : {}),
})

/** react-datepicker's popup, as its own but named in the admin's language ("Choose Date and Time"). */
function calendarContainer(label: string) {
  return function CalendarContainer({ className, children }: { className?: string; children?: React.ReactNode }) {
    return (
      <div aria-label={label} aria-modal="true" className={className} role="dialog">
        {children}
      </div>
    )
  }
}

/**
 * Payload's date field, but in Vietnam time in every browser: the picker can only show the
 * browser's zone, so it is handed a local date whose wall clock reads the Vietnam one, and what
 * is picked is read back as Vietnam time. A day-only field stores the start of the Vietnam day
 * it shows (21/06/2024 is 2024-06-20T17:00:00.000Z). The picker's own words ("Time", "Next
 * Month", "Choose …") come from the admin's language. Its label comes as `bilingualLabel`, the
 * {vi, en} object, translated here per request (see src/i18n/adminLanguage.ts).
 */
const VietnamDateFieldComponent = (props: DateFieldClientProps & { bilingualLabel?: Record<string, string> }) => {
  const {
    bilingualLabel,
    field,
    field: { admin: { className, description, placeholder } = {}, label, localized, required },
    path: pathFromProps,
    readOnly,
    validate,
  } = props
  const { i18n, t } = useTranslation()
  const pickerProps = field.admin?.date as ConditionalDateProps | undefined
  const appearance = pickerProps?.pickerAppearance ?? 'default'
  const dayOnly = DAY_ONLY.includes(appearance)
  const dialogLabel = appearance === 'timeOnly' ? 'dateChooseTime' : appearance === 'dayAndTime' ? 'dateChooseDateTime' : 'dateChooseDate'

  const memoizedValidate = useCallback<Validate>(
    (value, options) => (typeof validate === 'function' ? (validate as Validate)(value, { ...options, required }) : true),
    [validate, required],
  )
  const {
    customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {},
    disabled,
    path,
    setValue,
    showError,
    value,
  } = useField<string>({ potentiallyStalePath: pathFromProps, validate: memoizedValidate })

  // the label names the picker's own text box (Payload's `field-…` id is on the field's wrapper)
  const inputId = `field-${path.replace(/\./g, '__')}-input`
  const shown = useMemo(() => (value ? vnWallClockAsLocal(value) : undefined), [value])
  const onChange = useCallback(
    (picked: Date | null) => {
      if (readOnly || disabled) return
      if (!picked) return setValue(null)
      // Payload's picker moves a picked day to 12:00 UTC of that calendar day
      setValue(dayOnly ? startOfDayVN(picked.toISOString().slice(0, 10)) : localWallClockAsVN(picked))
    },
    [readOnly, disabled, dayOnly, setValue],
  )
  const words = useMemo(
    () => ({
      timeCaption: t('general:time'),
      previousMonthButtonLabel: tr(t, 'datePreviousMonth'),
      previousMonthAriaLabel: tr(t, 'datePreviousMonth'),
      nextMonthButtonLabel: tr(t, 'dateNextMonth'),
      nextMonthAriaLabel: tr(t, 'dateNextMonth'),
      previousYearButtonLabel: tr(t, 'datePreviousYear'),
      previousYearAriaLabel: tr(t, 'datePreviousYear'),
      nextYearButtonLabel: tr(t, 'dateNextYear'),
      nextYearAriaLabel: tr(t, 'dateNextYear'),
      timeInputLabel: t('general:time'),
      calendarContainer: calendarContainer(tr(t, dialogLabel)),
      chooseDayAriaLabelPrefix: tr(t, 'dateChooseDay'),
      disabledDayAriaLabelPrefix: tr(t, 'dateNotAvailable'),
      monthAriaLabelPrefix: tr(t, 'dateMonth'),
      weekAriaLabelPrefix: tr(t, 'dateWeek'),
      ariaLabelClose: t('general:close'),
      clearButtonTitle: t('general:clear'),
    }),
    [t, dialogLabel],
  )

  return (
    <div
      className={[fieldBaseClass, 'date-time-field', className, showError && 'date-time-field--has-error', (readOnly || disabled) && 'read-only'].filter(Boolean).join(' ')}
      style={fieldStyles(field.admin as { style?: React.CSSProperties; width?: string } | undefined)}
    >
      <RenderCustomComponent CustomComponent={Label} Fallback={<FieldLabel htmlFor={inputId} label={bilingualLabel ?? label} localized={localized} path={path} required={required} />} />
      <div className={`${fieldBaseClass}__wrap`} id={`field-${path.replace(/\./g, '__')}`}>
        <RenderCustomComponent CustomComponent={Error} Fallback={<FieldError path={path} showError={showError} />} />
        {BeforeInput}
        <DatePicker
          {...pickerProps}
          displayFormat={pickerProps?.displayFormat ?? DISPLAY_FORMATS[appearance]}
          timeFormat={pickerProps && 'timeFormat' in pickerProps && pickerProps.timeFormat ? pickerProps.timeFormat : 'HH:mm'}
          onChange={onChange as (date: Date) => void}
          overrides={{ ...words, id: inputId, ...pickerProps?.overrides }}
          placeholder={placeholder ? String(getTranslation(placeholder as LabelFunction | StaticLabel, i18n)) : undefined}
          readOnly={readOnly || disabled}
          value={shown}
        />
        {AfterInput}
      </div>
      <RenderCustomComponent CustomComponent={Description} Fallback={<FieldDescription description={description} path={path} />} />
    </div>
  )
}

export const VietnamDateField = withCondition(VietnamDateFieldComponent)
