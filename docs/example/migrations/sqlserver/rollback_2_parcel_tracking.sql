-- Rollback 2 (parcel_tracking): from this build back to the baseline for sqlserver, written by ModelDoc.
-- One transaction: if a statement fails, nothing is changed.

begin transaction;

alter table parcel_event drop constraint fk_parcel_event_shipment_id;

alter table shipment alter column tracking_number varchar(40) not null;

alter table shipment drop column weight_grams;

drop table if exists parcel_event;

commit;
