/** OSSEC's install layout and install types. */
@NullMarked
package org.osprey.install;

import org.jspecify.annotations.NullMarked;
