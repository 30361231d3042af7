-- The few merged duplicates by their own id, with where they went: resolving a customer ID (which may
-- name a merged duplicate) looks here first, a probe of a tiny index that finds nothing for nearly
-- every customer, instead of reading the customer's row twice.
CREATE INDEX customer_merged_ids_idx ON customer (id) INCLUDE (merged_into_id) WHERE merged_into_id IS NOT NULL;
