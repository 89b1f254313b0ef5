/**
 * Benchmarks, run as whole programs that print their figures: a deterministic corpus generator and
 * harnesses for the engine on one thread and for the analysisd pipeline on all cores, and for
 * ossec-logcollector: the latency from a line appended to its event queued, and the lines/s it
 * reads from one fast-growing file.
 */
@NullMarked
package org.osprey.bench;

import org.jspecify.annotations.NullMarked;
