import type { ErrorResult } from 'payload'

type PublicError = Error & { data?: unknown; isPublic?: boolean; status?: number }

const UNKNOWN = 'An unknown error occurred.'

/** Whether Payload shows this error's words to the client (its isErrorPublic, debug aside). */
const isPublic = (error: PublicError): boolean => error.isPublic ?? (typeof error.status === 'number' && error.status !== 500)

/**
 * Payload's formatErrors adds an error's `data` only when the error is `instanceof` its own
 * APIError class, and its words only when the error has a class name. A production build holds
 * Payload in several route chunks, each with its own copy of the class, so an APIError thrown in
 * one copy and formatted by another lost its data (the login form's `twoFactor: 'required'`) and,
 * with minified class names, its words. This puts both back for errors Payload shows anyway;
 * undefined when nothing is missing.
 */
export function restoreErrorDetails(error: PublicError, result: ErrorResult | undefined): ErrorResult | undefined {
  const first = result?.errors?.[0]
  if (!result || !first || !isPublic(error)) return undefined
  const data = error.data && typeof error.data === 'object' && !first.data ? (error.data as Record<string, unknown>) : undefined
  const message = first.message === UNKNOWN && error.message ? error.message : undefined
  if (!data && !message) return undefined
  return { ...result, errors: [{ ...first, ...(data ? { data } : {}), ...(message ? { message } : {}) }, ...result.errors.slice(1)] }
}
