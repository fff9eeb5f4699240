-- The document register: one row per file the nightly job has seen.
--
-- A file is identified by its path; its content by its SHA-256. The job skips
-- a file whose path, size and modification time are unchanged (no hashing),
-- skips a file whose content hash is already loaded, and replaces the
-- observations of a file whose content changed. A new version that is
-- rejected keeps the observations of the version loaded before (status
-- 'rejected', reason says so, loaded_sha256 names the version kept).
CREATE TABLE IF NOT EXISTS document_register (
    path           VARCHAR   NOT NULL PRIMARY KEY,  -- absolute, normalised path of the file
    sha256         VARCHAR,                         -- content hash of the version last seen (NULL if it could not be read)
    loaded_sha256  VARCHAR,                         -- content hash of the version whose observations are in fact_observation
    size_bytes     BIGINT    NOT NULL,
    modified_at    TIMESTAMP,                       -- file modification time when it was read
    format         VARCHAR,                         -- detected format: txt, md, ...
    doc_kind       VARCHAR,                         -- báo cáo / nghị quyết / kế hoạch ... (report, resolution, plan)
    area           VARCHAR,                         -- reporting area: the unit's proper name, e.g. 'Cái Răng' (area_type says 'quận')
    area_level     VARCHAR,                         -- province / district / commune
    period_start   DATE,                            -- reporting period of the document (first month)
    period_end     DATE,                            -- reporting period of the document (last month)
    status         VARCHAR   NOT NULL CHECK (status IN ('loaded', 'rejected')),
    reason         VARCHAR,                         -- why a rejected file was rejected
    observations   INTEGER   NOT NULL DEFAULT 0,    -- observations in fact_observation from this file
    issuer         VARCHAR,                         -- issuing body as written in the header
    doc_number     VARCHAR,                         -- document number, e.g. 05/NQ-HĐND
    issued_on      DATE,                            -- issue date from the header
    draft          BOOLEAN   NOT NULL DEFAULT false,-- marked DỰ THẢO
    loaded_at      TIMESTAMP NOT NULL,              -- when this row was last written
    run_id         VARCHAR   NOT NULL,              -- the ingest run that wrote it
    area_type      VARCHAR,                         -- the unit's type word: tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu
    area_code      VARCHAR,                         -- its GSO/NSO code (NULL when the name fits several units and nothing says which)
    area_key       VARCHAR,                         -- dim_area key: 'old:927' (coded before 1 July 2025), 'new:92' (from then on)
    area_note      VARCHAR                          -- why the area is uncertain, or how the text and the inbox disagree
);
-- Warehouses made by earlier versions get the columns added at the end.
ALTER TABLE document_register ADD COLUMN IF NOT EXISTS area_type VARCHAR;
ALTER TABLE document_register ADD COLUMN IF NOT EXISTS area_code VARCHAR;
ALTER TABLE document_register ADD COLUMN IF NOT EXISTS area_key VARCHAR;
ALTER TABLE document_register ADD COLUMN IF NOT EXISTS area_note VARCHAR;
