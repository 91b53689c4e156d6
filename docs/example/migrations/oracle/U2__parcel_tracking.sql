-- Rollback 2 (parcel_tracking): from this build back to the baseline for oracle, written by ModelDoc.
-- DDL is not transactional on oracle: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.
-- Statements that lose data or may:
--   column shipment.tracking_number narrows from varchar2(64 char) to varchar2(40 char): checked first (fits_shipment_tracking_number), a row that does not fit stops the script and keeps its value.
--   column shipment.weight_grams is dropped with its values.
--   table parcel_event is dropped with all its rows.

alter table parcel_event drop constraint fk_parcel_event_shipment_id;

alter table shipment add constraint fits_shipment_tracking_number check (tracking_number is null or length(tracking_number) <= 40);

alter table shipment modify tracking_number varchar2(40 char);

alter table shipment drop constraint fits_shipment_tracking_number;

alter table shipment drop column weight_grams;

drop table parcel_event;
