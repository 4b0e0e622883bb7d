-- An item's own number of tries in tries mode (IMMEDIATE feedback), when its author sets one;
-- null: its kind's default.
ALTER TABLE items ADD COLUMN tries integer CHECK (tries BETWEEN 1 AND 5);
