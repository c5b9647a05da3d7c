import type { CollectionBeforeChangeHook } from 'payload'
import { organisationOfTitle, settingOfUnit } from '../../../src/lib/organisations/titleOrganisation'
import { forgetOrganisations } from '../../../src/data/organisationsOfRequest'

/**
 * Every unit is itself an organisation (a Ban Dân vận is one): a unit saved without one gets
 * its own, with the same name, place and period, in the same transaction.
 */
export const ensureOwnOrganisation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.organisation || !merged.name) return data
  // a board's name reads like a title naming it: 'Ban Dân vận Tỉnh ủy X' is a Ban Dân vận
  const board = organisationOfTitle(merged.name, settingOfUnit(merged))?.board
  const organisation = await req.payload.create({
    collection: 'organisations',
    data: {
      name: merged.name,
      kind: board ? 'party-board' : 'other',
      board,
      level: merged.level,
      province: merged.province,
      validFrom: merged.validFrom,
      validTo: merged.validTo,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  forgetOrganisations(req)
  data.organisation = organisation.id
  return data
}
