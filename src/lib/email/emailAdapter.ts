import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** What the capture transport keeps, for tests. */
export type CapturedEmail = { to: string[]; subject: string; text: string }

const captured: CapturedEmail[] = ((globalThis as { __danvanMail?: CapturedEmail[] }).__danvanMail ??= [])

export function capturedEmails(): CapturedEmail[] {
  return captured
}

type Env = Record<string, string | undefined>

const recipients = (to: SendMailOptions['to']): string[] =>
  (Array.isArray(to) ? to : to ? [to] : []).map((r) => (typeof r === 'string' ? r : r.address))

/** A nodemailer transport that keeps or prints messages instead of sending them. */
function localTransport(mode: 'capture' | 'console') {
  return {
    name: mode,
    version: '1',
    send(mail: { data: SendMailOptions }, callback: (err: Error | null, info: unknown) => void) {
      const message = { to: recipients(mail.data.to), subject: String(mail.data.subject ?? ''), text: String(mail.data.text ?? '') }
      if (mode === 'capture') captured.push(message)
      else console.info(`[email] to ${message.to.join(', ')}: ${message.subject}\n${message.text}`)
      callback(null, { messageId: `<${Date.now()}@${mode}>`, envelope: { to: message.to } })
    },
  }
}

/**
 * SMTP from the environment (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE) in
 * production; otherwise a capture transport in tests and a console transport in development,
 * so nothing is ever sent by accident and nothing reaches out to a test mail service.
 */
export function chooseTransport(env: Env): Transporter {
  if (env.SMTP_HOST) {
    return nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    })
  }
  return nodemailer.createTransport(localTransport(env.NODE_ENV === 'test' || env.EMAIL_CAPTURE === 'true' ? 'capture' : 'console'))
}

/** Payload's email adapter over nodemailer (the same shape as @payloadcms/email-nodemailer). */
export function emailAdapter(env: Env = process.env): EmailAdapter {
  const transport = chooseTransport(env)
  const defaultFromAddress = env.EMAIL_FROM || 'no-reply@localhost'
  const defaultFromName = env.EMAIL_FROM_NAME || 'Dân vận CMS'
  return () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => transport.sendMail({ from: `${defaultFromName} <${defaultFromAddress}>`, ...message } as SendMailOptions),
  })
}
