/**
 * {@code osprey logtest}: OSSEC's {@code ossec-logtest}, with its flags and its output byte for byte,
 * on the same engine as analysisd.
 */
@NullMarked
package org.osprey.analysis.logtest;

import org.jspecify.annotations.NullMarked;
