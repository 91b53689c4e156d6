-- Rollback 2 (parcel_tracking): from this build back to the baseline for oracle, written by ModelDoc.
-- DDL is not transactional on oracle: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.

alter table parcel_event drop constraint fk_parcel_event_shipment_id;

alter table shipment modify tracking_number varchar2(40 char);

alter table shipment drop column weight_grams;

drop table parcel_event;
