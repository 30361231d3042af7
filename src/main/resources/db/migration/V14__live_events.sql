-- Live updates for GraphQL subscriptions. PostgreSQL delivers a NOTIFY only when (and if) the
-- transaction that sent it commits, so subscribers never hear of a rolled-back sale, and every
-- replica of the service listening on the database hears of changes made by any other.

CREATE FUNCTION notify_order_placed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newretail_order_placed', json_build_object('id', NEW.id, 'store', NEW.store_id)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER retail_order_placed AFTER INSERT ON retail_order
    FOR EACH ROW EXECUTE FUNCTION notify_order_placed();

-- The payload carries the whole stock level, so a subscriber needs no query to show it.
CREATE FUNCTION notify_stock_level_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newretail_stock_level_changed', json_build_object(
        'warehouse', NEW.warehouse_id, 'sku', NEW.sku_id, 'onHand', NEW.on_hand, 'reserved', NEW.reserved,
        'safetyStock', NEW.safety_stock, 'updatedAt', NEW.updated_at)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER stock_level_created AFTER INSERT ON stock_level
    FOR EACH ROW EXECUTE FUNCTION notify_stock_level_changed();

CREATE TRIGGER stock_level_changed AFTER UPDATE ON stock_level
    FOR EACH ROW
    WHEN (OLD.on_hand IS DISTINCT FROM NEW.on_hand OR OLD.reserved IS DISTINCT FROM NEW.reserved
          OR OLD.safety_stock IS DISTINCT FROM NEW.safety_stock)
    EXECUTE FUNCTION notify_stock_level_changed();
