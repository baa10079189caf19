/** What a piece of equipment is at a moment: its status, derived from its record and tickets. */
package org.fitledger.model.equipment;
