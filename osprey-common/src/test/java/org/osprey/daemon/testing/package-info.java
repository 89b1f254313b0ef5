/**
 * Test-only daemons: a source that sends the lines of {@code etc/test-source.txt}, a relay that forwards
 * one queue to another, and a sink that appends what it receives to {@code logs/test-sink.log}. Their
 * providers are registered in the test resources' {@code META-INF/services}, each under a different user,
 * so that a local install run from the test class path crosses two "runs as" boundaries.
 */
@NullMarked
package org.osprey.daemon.testing;

import org.jspecify.annotations.NullMarked;
