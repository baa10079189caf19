package org.fitledger.model.patrol;

/** How thorough an inspection is; each level has its own interval per piece of equipment. */
public enum Level {
  ROUTINE,
  FUNCTIONAL,
  STRUCTURAL
}
