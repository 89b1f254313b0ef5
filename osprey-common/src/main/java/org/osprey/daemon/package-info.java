/**
 * The daemon runtime: what a daemon is ({@link org.osprey.daemon.Daemon}), how a module offers one
 * ({@link org.osprey.daemon.DaemonProvider}, found with {@link java.util.ServiceLoader}), which daemons each
 * install type needs ({@link org.osprey.daemon.DaemonCatalog}, {@link org.osprey.daemon.DaemonPlan}), and
 * how they are run: a {@link org.osprey.daemon.Supervisor} per JVM, started, stopped and inspected by
 * {@link org.osprey.daemon.Control} ({@code osprey control}). All daemons share one JVM, or, with privilege
 * separation, each "runs as" group gets its own JVM under its own user.
 */
@NullMarked
package org.osprey.daemon;

import org.jspecify.annotations.NullMarked;
