-- Contracts (issue 14): the contract draft of an award (V015) gets its number, signing date, term,
-- multi-year justification (102号令 Art 24), service content and scan; installments each with an
-- amount and the condition that releases it, and when and by whom it was released. Portable SQL.
ALTER TABLE contract ADD COLUMN contract_number VARCHAR(50) DEFAULT '' NOT NULL;
ALTER TABLE contract ADD COLUMN signed_on DATE;
ALTER TABLE contract ADD COLUMN term_start DATE;
ALTER TABLE contract ADD COLUMN term_end DATE;
ALTER TABLE contract ADD COLUMN multi_year_reason VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE contract ADD COLUMN service_content VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE contract ADD COLUMN scan_sha256 CHAR(64);

CREATE TABLE contract_place (
    contract_id BIGINT NOT NULL,
    place_id    BIGINT NOT NULL,
    CONSTRAINT pk_contract_place PRIMARY KEY (contract_id, place_id),
    CONSTRAINT fk_contract_place_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_place_place FOREIGN KEY (place_id) REFERENCES place (id)
);

-- condition: DATE (on_date), STAGE (stage accepted), EVALUATION (period graded at least min_grade).
CREATE TABLE installment (
    contract_id BIGINT        NOT NULL,
    seq         INTEGER       NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    condition   VARCHAR(20)   NOT NULL,
    on_date     DATE,
    stage       VARCHAR(100)  DEFAULT '' NOT NULL,
    min_grade   VARCHAR(10)   DEFAULT '' NOT NULL,
    released_by VARCHAR(32),
    released_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_installment PRIMARY KEY (contract_id, seq),
    CONSTRAINT fk_installment_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
);
