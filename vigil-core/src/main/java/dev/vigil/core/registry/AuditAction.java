package dev.vigil.core.registry;

import java.util.Locale;

/** What an audit entry records; {@link #id()} is the spelling stored and shown. */
public enum AuditAction {
  CREATE_MODEL,
  REGISTER_VERSION,
  TRANSITION,
  SET_ALIAS,
  DELETE_ALIAS,
  DELETE_VERSION,
  DELETE_MODEL,
  PROMOTE,
  PROMOTE_REFUSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AuditAction parse(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
