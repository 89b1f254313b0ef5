package org.osprey.analysis.decoder;

/** What a decoder's {@code <fts>} puts in the first-time-seen key. */
public enum FtsItem {
  DSTUSER,
  SRCUSER,
  SRCIP,
  DSTIP,
  ID,
  LOCATION,
  DATA,
  SYSTEM_NAME,
  NAME
}
