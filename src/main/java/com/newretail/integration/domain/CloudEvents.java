package com.newretail.integration.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.vertx.core.json.JsonObject;

/** The CloudEvents 1.0 JSON envelope (structured mode) every transport sends. */
public final class CloudEvents {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private CloudEvents() {
    }

    /**
     * The event as JSON: {@code id} (stable across redeliveries: receivers deduplicate by it), {@code source},
     * {@code type}, {@code subject} (the aggregate's global ID), {@code time}, {@code partitionkey} (the
     * CloudEvents partitioning extension: events with one key are delivered in order) and {@code data}.
     */
    public static JsonObject envelope(String id, String source, String type, String subject, String aggregateKey, OffsetDateTime time, String data) {
        return new JsonObject().put("specversion", "1.0").put("id", id).put("source", source).put("type", type).put("subject", subject)
                .put("time", time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("datacontenttype", "application/json").put("partitionkey", aggregateKey).put("data", new JsonObject(data));
    }
}
