-- Rollback 2 (parcel_tracking): from this build back to the baseline for postgresql, written by ModelDoc.
-- One transaction: if a statement fails, nothing is changed.

start transaction;

alter table if exists parcel_event drop constraint fk_parcel_event_shipment_id;

alter table if exists shipment alter column tracking_number type varchar(40) using tracking_number::varchar(40);

alter table if exists shipment drop column weight_grams;

drop table if exists parcel_event;

commit;
