-- Service records (issue 15): aggregated service output of a contract per quarter, village,
-- service type of the catalogue, group of children and age band — counts of children and of
-- service times, never a child's identity. One row per combination; an import replaces the rows
-- of the quarters it covers. Portable SQL.
CREATE TABLE service_record (
    contract_id BIGINT      NOT NULL,
    period      CHAR(6)     NOT NULL,
    place_id    BIGINT      NOT NULL,
    category_id BIGINT      NOT NULL,
    beneficiary VARCHAR(20) NOT NULL,
    age_band    VARCHAR(20) NOT NULL,
    children    INTEGER     NOT NULL,
    times       INTEGER     NOT NULL,
    CONSTRAINT pk_service_record
        PRIMARY KEY (contract_id, period, place_id, category_id, beneficiary, age_band),
    CONSTRAINT fk_service_record_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_service_record_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT fk_service_record_category FOREIGN KEY (category_id) REFERENCES service_category (id)
);

CREATE INDEX ix_service_record_period ON service_record (period);
