-- Migration 2 (parcel_tracking): from the baseline to this build for sqlserver, written by ModelDoc.
-- Flyway runs it in one transaction: if a statement fails, nothing is changed.

create table parcel_event (
    id bigint identity not null,
    shipment_id bigint not null,
    occurred_at datetimeoffset(7) not null,
    description varchar(120) not null,
    primary key (id)
);

create index idx_parcel_event_shipment on parcel_event (shipment_id, occurred_at);

alter table shipment add weight_grams int;

alter table shipment alter column tracking_number varchar(64) not null;

alter table parcel_event add constraint fk_parcel_event_shipment_id foreign key (shipment_id) references shipment;
