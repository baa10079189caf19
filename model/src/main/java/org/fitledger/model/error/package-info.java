/** Why a request is refused: the stable error codes and the refusal that carries one. */
package org.fitledger.model.error;
