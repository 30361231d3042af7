-- Where the Kafka relay is in the outbox: the id of the last event the broker acknowledged. One row per
-- relay; a relay holds its row locked while it sends a batch, so only one replica relays at a time.
CREATE TABLE event_relay_position (
    name          varchar(40) PRIMARY KEY,
    last_event_id bigint      NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
INSERT INTO event_relay_position (name, last_event_id) VALUES ('kafka', 0);
