package org.osprey.analysis.rule;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.cdb.ListField;
import org.osprey.analysis.cdb.LookupType;
import org.osprey.analysis.pattern.OsPattern;

/**
 * A rule's {@code <list field="..." lookup="..." [check_value="..."]>path</list>}.
 *
 * @param field which event field is looked up
 * @param lookup the lookup type
 * @param path the list path as written in the rule (resolved by the engine)
 * @param checkValue the OS_Match pattern a value must match, for the {@code *_value} lookups
 */
public record ListCondition(ListField field, LookupType lookup, String path,
    @Nullable OsPattern checkValue) {}
