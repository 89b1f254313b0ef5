/**
 * Rules, as OSSEC's {@code rules.c} and {@code rules_list.c}: XML rules are read in load order into
 * immutable {@link org.osprey.analysis.rule.Rule}s whose conditions are compiled into an ordered array
 * (OSSEC's evaluation order), and placed in the rule tree ({@code if_sid}, {@code if_group},
 * {@code if_level}, category), with siblings kept in descending level order.
 */
@NullMarked
package org.osprey.analysis.rule;

import org.jspecify.annotations.NullMarked;
