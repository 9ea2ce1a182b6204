-- Most Similar Groups as loaded by users from a file (docs/data-sources.md#peer-groups). Each load is kept
-- with its source; a force's official group is the one in the latest load that lists the force.
CREATE TABLE peer_group_load (
    id        ${identity},
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    source    TEXT NOT NULL,
    loaded_at BIGINT NOT NULL,
    loaded_by TEXT NOT NULL
);

CREATE TABLE peer_group_member (
    load_id    BIGINT NOT NULL REFERENCES peer_group_load (id),
    force_code TEXT NOT NULL REFERENCES force (code),
    rank       INTEGER NOT NULL,
    peer_code  TEXT NOT NULL REFERENCES force (code),
    PRIMARY KEY (load_id, force_code, rank)
);
