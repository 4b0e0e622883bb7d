/** Where the tests look for PostgreSQL when TEST_DATABASE_URL is not set. */
export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
