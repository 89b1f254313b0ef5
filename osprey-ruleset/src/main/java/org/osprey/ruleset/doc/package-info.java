/**
 * Generates {@code docs/ruleset.md}: the hand-written introduction at its top is kept, and the tables
 * below it (every decoder and rule file with counts, rule id ranges, groups and test files) are
 * regenerated from the ruleset files, so the page cannot drift from what ships.
 */
@NullMarked
package org.osprey.ruleset.doc;

import org.jspecify.annotations.NullMarked;
