-- Test only: stands for a migration of a newer Vigil that this build does not know.
CREATE TABLE from_a_newer_vigil (id INTEGER PRIMARY KEY);
