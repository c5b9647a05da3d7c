import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Whether a write is a draft save (a new version beside the live one) or a direct save
 * (the live document itself) is an operation argument that change hooks do not see; this
 * records it for guardWorkflow.
 */
export const rememberSaveMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    req.context.reportDraftSave = Boolean((args as { draft?: boolean }).draft)
    req.context.reportRestore = operation === 'restoreVersion'
  }
  return args
}
