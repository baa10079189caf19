/** The patrol app's liveness check. */
package org.fitledger.patrolapp.health;
