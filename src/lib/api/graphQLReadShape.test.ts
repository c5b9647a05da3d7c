import { buildSchema, parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { readShape, type ShapeRules } from './graphQLReadShape'

// A Payload-like schema: lists have `docs`; relation fields are marked (Payload marks them with a complexity)
const schema = buildSchema(`
  type Unit { id: Int name: String organisation: Organisation }
  type Organisation { id: Int name: String parent: Organisation }
  type Report { id: Int title: String unit: Unit related: Reports }
  type Reports { docs: [Report] totalDocs: Int }
  type Query { Reports(limit: Int): Reports Report(id: Int): Report Unit(id: Int): Unit }
`)
const RELATIONS = new Set(['Report.unit', 'Report.related', 'Unit.organisation', 'Organisation.parent'])
for (const type of ['Report', 'Unit', 'Organisation'] as const) {
  const object = schema.getType(type) as unknown as { getFields(): Record<string, { extensions: Record<string, unknown> }> }
  for (const [name, field] of Object.entries(object.getFields())) if (RELATIONS.has(`${type}.${name}`)) field.extensions = { complexity: 10 }
}
const rules: ShapeRules = {
  isRelation: (field) => 'complexity' in (field.extensions ?? {}),
  isList: (type) => 'getFields' in type && 'docs' in (type as { getFields(): object }).getFields(),
}
const shape = (query: string) => readShape(schema, parse(query), rules)

describe('readShape', () => {
  it('counts relations along the deepest path and lists wherever they are', () => {
    expect(shape('{ Reports(limit: 5) { docs { title } } }')).toEqual({ depth: 0, lists: 1 })
    expect(shape('{ Reports { docs { unit { name } } } }')).toEqual({ depth: 1, lists: 1 })
    expect(shape('{ Reports { docs { unit { organisation { parent { name } } } } } }')).toEqual({ depth: 3, lists: 1 })
    expect(shape('{ Report(id: 1) { title } Unit(id: 2) { name } }')).toEqual({ depth: 0, lists: 0 })
  })

  it('is not fooled by aliases, fragments or inline fragments', () => {
    expect(shape('{ a: Reports { docs { id } } b: Reports { docs { id } } }').lists).toBe(2)
    expect(shape('{ Report(id: 1) { related { docs { id } } } }')).toEqual({ depth: 1, lists: 1 })
    expect(shape('query { Reports { docs { ...R } } } fragment R on Report { unit { ...U } } fragment U on Unit { organisation { name } }').depth).toBe(2)
    expect(shape('{ Reports { docs { ... on Report { unit { organisation { id } } } } } }').depth).toBe(2)
    expect(shape('{ ...Q } fragment Q on Query { x: Reports { docs { id } } y: Reports { docs { id } } }').lists).toBe(2)
  })

  it('measures each fragment once (a fan of spreads stays cheap) and survives cycles', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Unit { organisation { id } ...F${i + 1} ...F${i + 1} }`).join('\n')
    expect(shape(`{ Unit(id: 1) { ...F0 } } ${levels} fragment F30 on Unit { name }`).depth).toBe(1)
    expect(shape('{ Unit(id: 1) { ...A } } fragment A on Unit { organisation { id } ...A }').depth).toBe(1)
  })

  it('takes the largest of several operations', () => {
    expect(shape('query A { Reports { docs { id } } } query B { Reports { docs { unit { id } } } }')).toEqual({ depth: 1, lists: 1 })
  })
})
