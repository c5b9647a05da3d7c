import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { describePasswordProblems, passwordProblems } from '../../../src/lib/auth/passwordPolicy'

/** A 400 on the password field naming what the password lacks, in the request's language. */
function refuseWeakPassword(password: unknown, req: PayloadRequest): void {
  if (typeof password !== 'string' || password === '') return
  const problems = passwordProblems(password)
  if (problems.length === 0) return
  const message = describePasswordProblems(problems, (key, vars) => tr(req.t, key, vars))
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)
}

/** Creating an account (the create-first-user screen included) and changing a password. */
export const passwordPolicyOnSave: CollectionBeforeValidateHook = ({ data, req }) => {
  refuseWeakPassword(data?.password, req)
  return data
}

/** A password reset (the link sent by e-mail) sets the password without any field hook. */
export const passwordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') refuseWeakPassword(args.data?.password, req)
  return args
}
