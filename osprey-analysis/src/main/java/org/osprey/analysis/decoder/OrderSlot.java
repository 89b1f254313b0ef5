package org.osprey.analysis.decoder;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Field;

/**
 * Where capture {@code i} of a decoder regex goes: a standard field, or a dynamic field by name.
 *
 * @param field the standard field, or null for a dynamic field
 * @param dynamicName the dynamic field's name (null for a standard field)
 */
public record OrderSlot(@Nullable Field field, @Nullable String dynamicName) {
  public OrderSlot {
    if ((field == null) == (dynamicName == null)) {
      throw new IllegalArgumentException("exactly one of field and dynamicName must be set");
    }
  }
}
