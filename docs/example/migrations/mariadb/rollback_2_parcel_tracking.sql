-- Rollback 2 (parcel_tracking): from this build back to the baseline for mariadb, written by ModelDoc.
-- DDL is not transactional on mariadb: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.

alter table if exists parcel_event drop foreign key fk_parcel_event_shipment_id;

alter table if exists shipment modify column tracking_number varchar(40) not null;

alter table if exists shipment drop column weight_grams;

drop table if exists parcel_event;
