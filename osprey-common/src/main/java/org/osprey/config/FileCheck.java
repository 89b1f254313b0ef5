package org.osprey.config;

/** What syscheck records about a file of a {@code <directories>} entry. */
public enum FileCheck {
  MD5,
  SHA1,
  SHA256,
  PERMISSIONS,
  SIZE,
  OWNER,
  GROUP
}
