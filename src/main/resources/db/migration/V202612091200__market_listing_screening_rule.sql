-- The version of the Decree 76/2018 lists (rule book, kind transfer-screening) a listing was screened against
ALTER TABLE market.listing ADD COLUMN screening_rule VARCHAR(60);
