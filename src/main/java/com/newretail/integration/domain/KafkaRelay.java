package com.newretail.integration.domain;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The second transport: relays the outbox, in id order, to the {@code integration-events} channel
 * (Kafka in production, keyed by the aggregate so its events stay in one partition and in order).
 * Each pass locks the relay's position row ({@code SKIP LOCKED}: one replica relays at a time), sends a
 * batch one event after another waiting for each acknowledgement, and moves the position in the same
 * transaction: a crash before the commit sends the batch again (at least once, same event ids).
 */
@ApplicationScoped
public class KafkaRelay {

    private static final Logger LOG = Logger.getLogger(KafkaRelay.class);

    private static final String LOCK = "SELECT last_event_id FROM event_relay_position WHERE name = 'kafka' FOR UPDATE SKIP LOCKED";
    private static final String NEXT = """
            SELECT id, event_id, type, source, subject, aggregate_key, occurred_at, data::text FROM integration_event
            WHERE id > $1 ORDER BY id LIMIT $2""";
    private static final String MOVE = "UPDATE event_relay_position SET last_event_id = $1, updated_at = now() WHERE name = 'kafka'";

    private record Event(long id, String eventId, String type, String source, String subject, String aggregateKey, OffsetDateTime time, String data) {
    }

    private final MutinyEmitter<String> emitter;
    private final Pool pool;
    private final KafkaRelayConfig config;

    public KafkaRelay(@Channel("integration-events") MutinyEmitter<String> emitter, Pool pool, KafkaRelayConfig config) {
        this.emitter = emitter;
        this.pool = pool;
        this.config = config;
    }

    @Scheduled(every = "${newretail.events.kafka.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return relayOnce().onFailure().invoke(failure -> LOG.warn("Kafka relay pass failed; the batch is sent again on the next pass", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass: how many events were sent (0 when another replica holds the position). */
    public Uni<Integer> relayOnce() {
        return pool.withTransaction(connection -> connection.query(LOCK).execute().chain(position -> {
            if (position.size() == 0) {
                return Uni.createFrom().item(0);
            }
            long after = position.iterator().next().getLong(0);
            return connection.preparedQuery(NEXT).execute(Tuple.of(after, config.batchSize()))
                    .map(rows -> {
                        List<Event> events = new java.util.ArrayList<>();
                        for (Row row : rows) {
                            events.add(new Event(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                    row.getString(5), row.getOffsetDateTime(6), row.getString(7)));
                        }
                        return events;
                    })
                    .chain(events -> events.isEmpty() ? Uni.createFrom().item(0) : send(events).chain(() -> move(connection, events)));
        }));
    }

    /** One after another, each acknowledged before the next: the partition keeps an aggregate's order. */
    private Uni<Void> send(List<Event> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(event -> emitter.sendMessage(message(event)))
                .collect().last().replaceWithVoid();
    }

    private static Message<String> message(Event event) {
        String body = CloudEvents.envelope(event.eventId(), event.source(), event.type(), event.subject(), event.aggregateKey(), event.time(),
                event.data()).encode();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", event.eventId().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
        return Message.of(body).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateKey()).withHeaders(headers).build());
    }

    private Uni<Integer> move(SqlConnection connection, List<Event> events) {
        return connection.preparedQuery(MOVE).execute(Tuple.of(events.get(events.size() - 1).id())).map(ignored -> events.size());
    }
}
