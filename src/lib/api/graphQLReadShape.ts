import type { DocumentNode, FragmentDefinitionNode, GraphQLField, GraphQLNamedType, GraphQLSchema, GraphQLType, OperationDefinitionNode, SelectionSetNode } from 'graphql'

// Types only, and no graphql-js helpers: those check classes against their own copy of graphql,
// and the schema here is built by Payload's copy (a test runner or bundler may load a second).
/** The fields of an object or interface type (input types have fields too, but no interfaces). */
const fieldsOf = (type: GraphQLNamedType | null | undefined) => (type && 'getInterfaces' in type ? type.getFields() : null)
const namedType = (type: GraphQLType): GraphQLNamedType => ('ofType' in type ? namedType(type.ofType) : type)

/** How deep a query reaches through relations, and how many lists it reads. */
export type ReadShape = { depth: number; lists: number }

export type ShapeRules = {
  /** A field that leads to other documents (Payload's relationship, upload and join fields). */
  isRelation(field: GraphQLField<unknown, unknown>): boolean
  /** A type that is a page of documents (Payload's lists have `docs`). */
  isList(type: GraphQLNamedType): boolean
}

/**
 * The shape of the operations in a document (the largest, when it holds several): relations
 * counted along every path, lists counted wherever they appear, fragments followed, so that
 * neither aliases nor fragments hide a deeper or wider read. Unknown fields are left to
 * GraphQL's own validation.
 */
export function readShape(schema: GraphQLSchema, document: DocumentNode, rules: ShapeRules): ReadShape {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition)
  // each fragment measured once: a fragment spread many times over costs nothing more to measure
  const measured = new Map<string, ReadShape>()
  const visiting = new Set<string>()

  const shapeOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined): ReadShape => {
    const shape: ReadShape = { depth: 0, lists: 0 }
    const add = (inner: ReadShape, depthAbove = 0) => {
      shape.depth = Math.max(shape.depth, depthAbove + inner.depth)
      shape.lists += inner.lists
    }
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        const field = fieldsOf(parent)?.[selection.name.value]
        if (!field) continue
        const type = namedType(field.type)
        const relation = rules.isRelation(field) ? 1 : 0
        add({ depth: 0, lists: rules.isList(type) ? 1 : 0 }, relation)
        if (selection.selectionSet) add(shapeOf(selection.selectionSet, type), relation)
      } else if (selection.kind === 'InlineFragment') {
        add(shapeOf(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent))
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || visiting.has(name)) continue // missing or cyclic: GraphQL's own validation says so
        if (!measured.has(name)) {
          visiting.add(name)
          measured.set(name, shapeOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)))
          visiting.delete(name)
        }
        add(measured.get(name)!)
      }
    }
    return shape
  }

  const largest: ReadShape = { depth: 0, lists: 0 }
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue
    const shape = shapeOf(definition.selectionSet, rootType(schema, definition))
    largest.depth = Math.max(largest.depth, shape.depth)
    largest.lists = Math.max(largest.lists, shape.lists)
  }
  return largest
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  if (operation.operation === 'mutation') return schema.getMutationType()
  if (operation.operation === 'subscription') return schema.getSubscriptionType()
  return schema.getQueryType()
}
