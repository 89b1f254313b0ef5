/**
 * analysisd: reads the analysis queue and runs the engine on all cores while keeping single-thread
 * results. Stage one (any number of threads) pre-decodes, decodes and computes each rule's pure
 * checks ahead; stage two (one thread, in arrival order) does everything that reads or changes state:
 * duplicate suppression, stateful decoders, rule matching with correlation, and the outputs. Alerts
 * are therefore exactly those of one thread, and correlation sees every event in order.
 */
@NullMarked
package org.osprey.analysis.daemon;

import org.jspecify.annotations.NullMarked;
