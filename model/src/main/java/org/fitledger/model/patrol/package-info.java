/**
 * A patrol as the ledger stores it: the inspector's inspections of equipment, each with its level,
 * condition, checklist, photos, position and the defect it found.
 */
package org.fitledger.model.patrol;
