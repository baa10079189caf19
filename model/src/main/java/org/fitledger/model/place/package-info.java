/** Where equipment stands and whose scope covers it: district paths and their prefixes. */
package org.fitledger.model.place;
