package com.newretail.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import io.vertx.core.json.JsonObject;

/** One audit event as read for queries. */
public record AuditEventRow(long id, OffsetDateTime occurredAt, String actor, String operation, List<String> targetIds,
        JsonObject changes) {
}
