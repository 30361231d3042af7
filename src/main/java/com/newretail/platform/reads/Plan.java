package com.newretail.platform.reads;

import java.util.List;
import java.util.Set;

import graphql.language.Field;
import graphql.schema.GraphQLFieldDefinition;

/**
 * A compiled read operation: per root field its statement tree and the shape to write, and the
 * operations whose role rules the caller must pass (the root fields' and those of every guarded type
 * the selection reaches) — a caller who fails one is answered by SmallRye, which reports the denial.
 */
record Plan(List<RootField> roots, Set<String> rules, int levelCount) {

    /** A root field: its declaration, its arguments as written, its rows' level and what to write. */
    record RootField(String key, ReadRoot root, Field field, GraphQLFieldDefinition definition, Level level, Shape.Entry entry) {
    }
}
