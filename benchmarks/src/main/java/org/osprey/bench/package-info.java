/**
 * Benchmarks, run as whole programs that print their figures: a deterministic corpus generator and
 * harnesses for the engine on one thread and for the analysisd pipeline on all cores.
 */
@NullMarked
package org.osprey.bench;

import org.jspecify.annotations.NullMarked;
