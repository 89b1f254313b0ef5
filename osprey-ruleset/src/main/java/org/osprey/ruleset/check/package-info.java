/**
 * {@code osprey ruleset check}: loads a ruleset as the engine would and reports, each with file and
 * line, what would make it wrong or slow: load errors (duplicate ids, missing parents, unknown
 * decoders in {@code decoded_as}), rules that can never be the result (shadowed by an earlier sibling,
 * under a parent that never matches, level-0 correlation, correlation on events that are never
 * recorded, noalert rules with nothing below them that can alert, {@code decoded_as} a decoder of
 * another category), and patterns that can backtrack without bound.
 */
@NullMarked
package org.osprey.ruleset.check;

import org.jspecify.annotations.NullMarked;
