import { staffOfReport } from '../../../src/access'

/** A report's history is read by the staff who can read the report; readers see nothing. */
export const readTransitions = staffOfReport
