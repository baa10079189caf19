/** The input rules every record shares: ids, bounded text, dates, ranges, photo hashes. */
package org.fitledger.model.validation;
