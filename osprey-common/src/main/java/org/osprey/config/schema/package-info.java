/**
 * A small declaration mechanism for OSSEC-style XML configuration, in the spirit of Kafka's
 * {@code ConfigDef}: every element of a section, and every attribute of an element, is declared once
 * as a {@link org.osprey.config.schema.Key} with its name, {@link org.osprey.config.schema.ValueType},
 * default and one line of documentation. A {@link org.osprey.config.schema.Section} groups the keys of
 * one section; {@link org.osprey.config.schema.SectionReader} checks an element against it and turns
 * it into typed {@link org.osprey.config.schema.Entry entries}, reporting each problem with its file
 * and line to a {@link org.osprey.config.schema.ProblemSink} instead of stopping at the first one.
 * The reference documentation is generated from the same declarations.
 *
 * <p>Values are stripped of surrounding whitespace before they are parsed, except for the types that
 * say they keep it (pattern text, where a leading space can be part of what is matched).
 */
@NullMarked
package org.osprey.config.schema;

import org.jspecify.annotations.NullMarked;
