/**
 * The patrol app: a Vert.x server that delivers the inspectors' mobile page and forwards its API
 * calls to the gateway. Start with {@link org.fitledger.patrolapp.PatrolAppMain}.
 */
package org.fitledger.patrolapp;
