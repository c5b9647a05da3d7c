import { APIError, type Endpoint } from 'payload'
import { requestLanguage } from '../../../src/i18n/translations'
import { readWorkflowPanel } from '../../../src/data/workflowPanel'

/** GET /api/reports/:id/workflow-panel: the "Quy trình" tab's history and comments in one answer. */
export const workflowPanelEndpoint: Endpoint = {
  path: '/:id/workflow-panel',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== 'users') {
      throw new APIError(requestLanguage(req) === 'vi' ? 'Cần đăng nhập.' : 'You must be signed in.', 401, undefined, true)
    }
    return Response.json(await readWorkflowPanel(req.payload, req.routeParams?.id as string, req), { headers: { 'Cache-Control': 'no-store' } })
  },
}
