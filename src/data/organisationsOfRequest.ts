import type { PayloadRequest } from 'payload'
import type { OrganisationRecord } from '../lib/organisations/kinds'
import { organisationLookup, type OrganisationLookup } from '../lib/officials/titlesAtDate'

const CONTEXT_KEY = 'organisationRecords'
const PENDING_KEY = 'organisationRecordsPending'

/**
 * Every organisation, read once per request and kept in its context: a few hundred records
 * that titles, position checks and the importer ask for many times in one save or run. A list
 * of documents asks for them all at once (each report's titled officials): they share the one
 * read under way rather than each starting its own (75 reads for 100 reports, before).
 */
export async function organisationsOfRequest(req: PayloadRequest): Promise<OrganisationRecord[]> {
  const cached = req.context[CONTEXT_KEY] as OrganisationRecord[] | undefined
  if (cached) return cached
  const pending = req.context[PENDING_KEY] as Promise<OrganisationRecord[]> | undefined
  if (pending) return pending
  const reading = req.payload
    .find({
      collection: 'organisations',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, kind: true, board: true, level: true, province: true, locality: true, validFrom: true, validTo: true, successor: true },
      req,
    })
    .then(({ docs }) => {
      // kept unless forgotten (or replaced) while the read was under way
      if (req.context[PENDING_KEY] === reading) req.context[CONTEXT_KEY] = docs
      return docs as OrganisationRecord[]
    })
    .finally(() => {
      if (req.context[PENDING_KEY] === reading) delete req.context[PENDING_KEY]
    })
  req.context[PENDING_KEY] = reading
  return reading
}

/** Hand a list kept up to date elsewhere (an import run's) to the request's hooks. */
export const shareOrganisations = (req: PayloadRequest, organisations: OrganisationRecord[]) => {
  req.context[CONTEXT_KEY] = organisations
  delete req.context[PENDING_KEY]
}

/** Forget the request's list after an organisation is made, so the next look sees it. */
export const forgetOrganisations = (req: PayloadRequest) => {
  delete req.context[CONTEXT_KEY]
  delete req.context[PENDING_KEY]
}

export async function organisationLookupOf(req: PayloadRequest): Promise<OrganisationLookup> {
  return organisationLookup(await organisationsOfRequest(req))
}
