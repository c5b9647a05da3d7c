import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance the public site reads through (the same one the admin uses). */
export const sitePayload = (): Promise<Payload> => getPayload({ config })
