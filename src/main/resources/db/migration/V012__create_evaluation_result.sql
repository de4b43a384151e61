-- The finalized result of a project's evaluation (issue 13): the canonical result table as text and
-- its SHA-256, who finalized it and when. `careeval project verify` recomputes the table from the
-- stored bids and scores and compares. Portable SQL.
CREATE TABLE evaluation_result (
    project_id   BIGINT           NOT NULL,
    sha256       CHAR(64)         NOT NULL,
    result_table VARCHAR(1000000) NOT NULL,
    finalized_by VARCHAR(32)      NOT NULL,
    finalized_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_evaluation_result PRIMARY KEY (project_id),
    CONSTRAINT fk_evaluation_result_project FOREIGN KEY (project_id) REFERENCES project (id)
);
