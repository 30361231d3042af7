-- Pickup orders: placed at the workbench with stock reserved until an expiry, paid now or on pickup,
-- fulfilled when the customer collects (the reservation is committed), or cancelled (released).
ALTER TABLE retail_order ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'SALE' CHECK (kind IN ('SALE', 'PICKUP'));
ALTER TABLE retail_order ADD COLUMN reservation_id bigint REFERENCES stock_reservation (id);
ALTER TABLE retail_order ADD COLUMN pickup_by timestamptz;
ALTER TABLE retail_order ADD COLUMN version integer NOT NULL DEFAULT 0;
