-- Rollback 2 (shipment_weight): from this build back to the baseline for h2, written by ModelDoc.
-- DDL is not transactional on h2: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.

alter table if exists parcel_event drop constraint fk_parcel_event_shipment_id;

alter table if exists shipment alter column tracking_number set data type varchar(40);

alter table if exists shipment drop column weight_grams;

drop table if exists parcel_event;
