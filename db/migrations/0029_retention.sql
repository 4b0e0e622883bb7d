-- Retention: what the periodic sweep reads to find data kept longer than needed.

-- When a teacher archived the class (null: in use). Archiving may also arrive in its own
-- migration; either way the column is the same.
ALTER TABLE classes ADD COLUMN IF NOT EXISTS archived_at timestamptz;
CREATE INDEX IF NOT EXISTS classes_archived_idx ON classes (archived_at) WHERE archived_at IS NOT NULL;

-- Guests by age, and sessions by their last use, for the sweep's scans.
CREATE INDEX users_guest_created_idx ON users (created_at) WHERE guest;
CREATE INDEX sessions_last_seen_idx ON sessions (last_seen_at);
CREATE INDEX rate_limits_window_idx ON rate_limits (window_start);
