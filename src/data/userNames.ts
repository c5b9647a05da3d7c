import type { PayloadRequest } from 'payload'

/**
 * Staff names by id (the name, else the e-mail), to say who saved a version. Read past the
 * users' access as Payload's own version comparison does when it labels a relation: whoever
 * may read a version may know who saved it, though not read that account (a contributor and
 * an administrator outside their unit).
 */
export async function userNames(req: PayloadRequest, ids: (number | string)[]): Promise<Map<string, string>> {
  // ids as stored (numbers on SQLite, strings on MongoDB), each once
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()]
  if (unique.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    limit: unique.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, email: true },
    req,
  })
  return new Map(docs.map((u) => [String(u.id), u.name || u.email]))
}
