/** The network's organizations, the roles people hold in them, and whose peers endorse what. */
package org.fitledger.model.people;
