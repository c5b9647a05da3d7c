import type { Endpoint, SanitizedConfig } from 'payload'
import { tr } from '../i18n/translations'
import { graphQLMutations, graphQLQueries, graphQLValidationRules, quietGraphQLRefusals } from './graphQLGuards'
import { limitLoginAttempts } from './loginLimit'
import { refuseMalformedIds } from './malformedIds'
import { applyReadLimits } from './readLimits'

/** REST's /verify/:id on an account collection that does not verify e-mail: 404, not Payload's 500. */
const verifyNotUsed: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: (req) => Response.json({ errors: [{ message: tr(req.t, 'verifyNotUsed') }] }, { status: 404 }),
}

/**
 * The API's guards, in one place, on the built config: so that they reach every collection,
 * Payload's own too (preferences, locked documents, migrations, jobs), which only exist once
 * the config is built. Each collection gets the read limits and the malformed-id check first
 * among its beforeOperation hooks; account collections get the login limit and, when they do
 * not verify e-mail, a /verify/:id that says so; GraphQL gets its shape rule for anonymous
 * callers, the `Access` and `verifyEmail…` fixes, and quiet logging of refusals.
 *
 *   export default buildConfig({ … }).then(withApiGuards)
 */
export function withApiGuards(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const hooks = (collection.hooks.beforeOperation ??= [])
    hooks.unshift(refuseMalformedIds, applyReadLimits)
    if (collection.auth) {
      hooks.unshift(limitLoginAttempts)
      if (!collection.auth.verify && collection.endpoints) collection.endpoints.unshift(verifyNotUsed)
    }
  }
  const { validationRules, queries, mutations } = config.graphQL
  config.graphQL = {
    ...config.graphQL,
    validationRules: (args) => [...(validationRules?.(args) ?? []), ...graphQLValidationRules(args)],
    queries: (graphQL, context) => ({ ...queries?.(graphQL, context), ...graphQLQueries(graphQL, context) }),
    mutations: (graphQL, context) => ({ ...mutations?.(graphQL, context), ...graphQLMutations(graphQL, context) }),
  }
  const onInit = config.onInit
  config.onInit = async (payload) => {
    quietGraphQLRefusals(payload)
    await onInit?.(payload)
  }
  return config
}
