package com.newretail.catalog.persistence;

/** A category or brand as read for queries. */
public record NamedRow(long id, String code, String name, Long parentId, long version, java.time.OffsetDateTime archivedAt) {
}
