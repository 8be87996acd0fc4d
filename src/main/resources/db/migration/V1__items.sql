-- The store's one keyed table (shared/spec/data.md, "the same keys on PostgreSQL"): every item
-- under its partition and sort key, its attributes as JSON (numbers are exact numeric inside jsonb),
-- and indexed copies of the two secondary orderings and the expiry. Keys sort by byte value
-- (COLLATE "C"), as DynamoDB sorts them, so ranges, prefixes and cursors mean the same on both engines.
CREATE TABLE items (
    pk          text COLLATE "C" NOT NULL,
    sk          text COLLATE "C" NOT NULL,
    attrs       jsonb NOT NULL,
    gsi1pk      text COLLATE "C",
    gsi1sk      text COLLATE "C",
    gsi2pk      text COLLATE "C",
    gsi2sk      text COLLATE "C",
    expires_at  bigint,
    PRIMARY KEY (pk, sk)
);

-- GSI1: open limit orders by symbol, then side and limit price (the matcher)
CREATE INDEX items_gsi1 ON items (gsi1pk, gsi1sk, pk, sk) WHERE gsi1pk IS NOT NULL;

-- GSI2: profiles by username (USERS), orders by the day they were placed (ORDERS#<day>),
-- audit events by actor (ACTOR#<name>)
CREATE INDEX items_gsi2 ON items (gsi2pk, gsi2sk, pk, sk) WHERE gsi2pk IS NOT NULL;

-- expiry: the clean-up job deletes expired items in index order
CREATE INDEX items_expires_at ON items (expires_at) WHERE expires_at IS NOT NULL;
