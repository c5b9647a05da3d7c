import type { ExecutionArgs, GraphQLError, GraphQLNamedType, ValidationRule } from 'graphql'
import { APIError, type GraphQLExtension, type Payload, type PayloadRequest } from 'payload'
import { tr } from '../i18n/translations'
import { readShape, type ShapeRules } from '../lib/api/graphQLReadShape'
import { ANONYMOUS_CAPS } from '../lib/api/readLimits'

/** Payload marks its relationship, upload and join fields with a complexity; its lists have `docs`. */
const PAYLOAD_SHAPE: ShapeRules = {
  isRelation: (field) => field.extensions?.complexity !== undefined,
  isList: (type: GraphQLNamedType) => 'getFields' in type && 'docs' in type.getFields(),
}

// graphql-js recognises errors by class, and only its own copy's: the module Payload builds the
// schema with (and hands to `queries` below, before any query is validated) makes the errors.
let payloadGraphQL: { GraphQLError: typeof GraphQLError } | undefined

/**
 * What a REST request's depth cap does, for GraphQL, where the query itself says how deep it
 * goes: an anonymous query may follow relations as deep as an anonymous REST read (1), and read
 * one list (aliases would otherwise repeat the heaviest list many times in one request). The
 * list itself is capped like any other read (src/api/readLimits.ts).
 */
export function graphQLValidationRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const GraphQL = payloadGraphQL
  if (!req || req.user || !GraphQL) return []
  const rule: ValidationRule = (context) => ({
    Document(document) {
      const shape = readShape(context.getSchema(), document, PAYLOAD_SHAPE)
      if (shape.depth > ANONYMOUS_CAPS.depth) context.reportError(new GraphQL.GraphQLError(tr(req.t, 'graphQLTooDeep', { depth: ANONYMOUS_CAPS.depth })))
      if (shape.lists > 1) context.reportError(new GraphQL.GraphQLError(tr(req.t, 'graphQLOneList')))
    },
  })
  return [rule]
}

type Resolver = (source: unknown, args: unknown, context: { req: PayloadRequest }, info: unknown) => Promise<Record<string, unknown>>

/**
 * `Access { canAccessAdmin }` for an anonymous caller: Payload computes false, then drops false
 * permissions from the answer, and GraphQL refuses a null for the non-null field (a 500).
 */
export const graphQLQueries: GraphQLExtension = (graphQL, { Query }) => {
  payloadGraphQL = graphQL
  const access = Query.fields.Access as { resolve: Resolver }
  return {
    Access: { ...access, resolve: async (...call: Parameters<Resolver>) => ({ canAccessAdmin: false, ...(await access.resolve(...call)) }) },
  }
}

/**
 * Accounts here are not verified by e-mail, yet Payload offers `verifyEmail…` anyway and its
 * lookup of the verification token fails in the database (a 500). Answered as a 404, as REST's
 * /verify/:id is (see withApiGuards).
 */
export const graphQLMutations: GraphQLExtension = (_graphQL, { Mutation, config }) => {
  if (config.collections.some((collection) => collection.auth?.verify)) return {}
  const fields: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(Mutation.fields)) {
    if (!name.startsWith('verifyEmail')) continue
    fields[name] = {
      ...(field as object),
      resolve: (_source: unknown, _args: unknown, context: { req: PayloadRequest }) => {
        throw new APIError(tr(context.req.t, 'verifyNotUsed'), 404, undefined, true)
      },
    }
  }
  return fields
}

type GraphQLResult = { errors?: readonly (GraphQLError & { originalError?: (Error & { status?: number }) | null })[] }

/**
 * Payload logs every GraphQL error under the name "GraphQLError", at error level with its
 * stack, refusals included (a forbidden update, a bad limit). Payload hands each result to
 * `payload.extensions` before it logs; there an expected refusal (a status below 500) takes the
 * name of the error it wraps, so `loggingLevels` logs it as REST does (one info line). Real
 * faults keep their name and their stack.
 */
export function quietGraphQLRefusals(payload: Payload): void {
  const levels = payload.config.loggingLevels
  payload.extensions = async ({ result }: { result: GraphQLResult }) => {
    for (const error of result.errors ?? []) {
      const original = error.originalError
      if (original && typeof original.status === 'number' && original.status < 500) error.name = original.name in levels ? original.name : 'APIError'
    }
    return result
  }
}
