-- Rollback 2 (parcel_tracking): from this build back to the baseline for h2, written by ModelDoc.
-- DDL is not transactional on h2: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.
-- Statements that lose data or may:
--   column shipment.tracking_number narrows from varchar(64) to varchar(40): checked first (fits_shipment_tracking_number), a row that does not fit stops the script and keeps its value.
--   column shipment.weight_grams is dropped with its values.
--   table parcel_event is dropped with all its rows.

alter table if exists parcel_event drop constraint fk_parcel_event_shipment_id;

alter table if exists shipment add constraint fits_shipment_tracking_number check (tracking_number is null or char_length(tracking_number) <= 40);

alter table if exists shipment alter column tracking_number set data type varchar(40);

alter table if exists shipment drop constraint fits_shipment_tracking_number;

alter table if exists shipment drop column weight_grams;

drop table if exists parcel_event;
