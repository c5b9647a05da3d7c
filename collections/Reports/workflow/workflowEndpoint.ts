import { APIError, type Endpoint } from 'payload'
import type { User } from '../../../src/payload-types'
import { transitionReport } from './transitionReport'
import { requestLanguage } from '../../../src/i18n/translations'
import { doneMessage } from '../../../src/lib/workflow/transitions'

/** POST /api/reports/:id/workflow { action, comment?, at? }: the REST way into the workflow. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const language = requestLanguage(req)
    if (req.user?.collection !== 'users') {
      throw new APIError(language === 'vi' ? 'Cần đăng nhập.' : 'You must be signed in.', 401, undefined, true)
    }
    const body = (req.json ? await req.json().catch(() => ({})) : {}) as { action?: string; comment?: string; at?: string }
    const doc = await transitionReport(req.payload, {
      id: req.routeParams?.id as string,
      action: String(body.action ?? ''),
      comment: body.comment ?? null,
      at: body.at ?? null,
      user: req.user as unknown as User,
      language,
    })
    return Response.json({ doc, message: doneMessage(String(body.action), language, body.at) })
  },
}
