-- Concordat schema, version 18: the change feed behind the read models kept in memory (route checks, API tokens).
-- Every transaction that changes what they read raises the generation by one and lists what it changed under that
-- number; a read model compares the generation with the one it was built at and reloads only what the changes
-- name. The triggers that fill it are PostgreSQL's (db/postgresql V18_1); on the embedded database the generation
-- row is absent and the read models read the tables afresh each time.
CREATE TABLE read_model_generation (
    id                          INTEGER PRIMARY KEY,
    generation                  BIGINT NOT NULL,
    CONSTRAINT read_model_generation_one_row CHECK (id = 1)
);

CREATE TABLE read_model_change (
    generation                  BIGINT NOT NULL,
    topic                       VARCHAR(20) NOT NULL,
    item_id                     BIGINT NOT NULL,
    changed_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (generation, topic, item_id)
);
CREATE INDEX read_model_change_changed_at_idx ON read_model_change (changed_at);
