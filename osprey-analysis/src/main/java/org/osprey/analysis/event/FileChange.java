package org.osprey.analysis.event;

import org.jspecify.annotations.Nullable;

/**
 * What the syscheck and rootcheck decoders learned about a file, as OSSEC's {@code Eventinfo} keeps
 * it ({@code size_before}, {@code perm_after}, {@code md5_after}, ...) for the JSON output. A value
 * is set only where OSSEC sets it: "before/after" pairs only for the attributes whose change the
 * alert text reports, "after" hashes alone for a new file or a rootcheck finding. The file itself is
 * the event's {@link Field#FILENAME}.
 *
 * @param sizeBefore the old size, or null
 * @param sizeAfter the new size, or null
 * @param permBefore the old mode as OSSEC's {@code atoi} reads it, or 0
 * @param permAfter the new mode, or 0
 * @param ownerBefore the old owner, or null
 * @param ownerAfter the new owner, or null
 * @param groupBefore the old group, or null
 * @param groupAfter the new group, or null
 * @param md5Before the old MD5, or null
 * @param md5After the new MD5, or null
 * @param sha1Before the old SHA-1, or null
 * @param sha1After the new SHA-1, or null
 * @param sha256Before the old SHA-256, or null
 * @param sha256After the new SHA-256, or null
 */
public record FileChange(
    @Nullable String sizeBefore,
    @Nullable String sizeAfter,
    int permBefore,
    int permAfter,
    @Nullable String ownerBefore,
    @Nullable String ownerAfter,
    @Nullable String groupBefore,
    @Nullable String groupAfter,
    @Nullable String md5Before,
    @Nullable String md5After,
    @Nullable String sha1Before,
    @Nullable String sha1After,
    @Nullable String sha256Before,
    @Nullable String sha256After) {

  /** Only the "after" hashes (a new file, a rootcheck finding). */
  public static FileChange hashesAfter(@Nullable String md5, @Nullable String sha1,
      @Nullable String sha256) {
    return new FileChange(null, null, 0, 0, null, null, null, null, null, md5, null, sha1, null,
        sha256);
  }
}
