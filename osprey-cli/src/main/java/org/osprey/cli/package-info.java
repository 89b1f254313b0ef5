/** The {@code osprey} command line: one {@link org.osprey.cli.Command} per sub-command. */
@NullMarked
package org.osprey.cli;

import org.jspecify.annotations.NullMarked;
