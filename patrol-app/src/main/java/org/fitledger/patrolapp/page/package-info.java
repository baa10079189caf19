/** What the browser is told about the page it gets from {@code webroot}. */
package org.fitledger.patrolapp.page;
