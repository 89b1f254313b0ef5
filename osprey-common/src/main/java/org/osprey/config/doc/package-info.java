/**
 * Generates {@code docs/ossec-conf.md}, the reference of ossec.conf and internal_options.conf, from
 * the declarations in {@link org.osprey.config.OssecSchema} and {@link
 * org.osprey.config.InternalOptionSchema}, so the docs cannot drift from what the loader accepts.
 */
@NullMarked
package org.osprey.config.doc;

import org.jspecify.annotations.NullMarked;
