-- Rollback 2 (shipment_weight): from this build back to the baseline for mysql, written by ModelDoc.
-- DDL is not transactional on mysql: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.

alter table parcel_event drop foreign key fk_parcel_event_shipment_id;

alter table shipment modify column tracking_number varchar(40) not null;

alter table shipment drop column weight_grams;

drop table if exists parcel_event;
