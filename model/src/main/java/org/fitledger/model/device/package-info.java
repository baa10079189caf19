/**
 * Smart equipment: readings a connected machine signs with its own device identity, its usage count
 * and, when it detects one, a fault, which opens a ticket under the same rules as any other.
 */
package org.fitledger.model.device;
