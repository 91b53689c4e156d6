--liquibase formatted sql

-- Migration 2 (parcel_tracking) for sqlserver, written by ModelDoc: from the baseline to this build, and back in the --rollback lines.
-- Liquibase runs the changeset in one transaction: if a statement fails, nothing is changed.
-- Statements of the rollback that lose data or may:
--   column shipment.tracking_number narrows from varchar(64) to varchar(40): checked first (fits_shipment_tracking_number), a row that does not fit stops the script and keeps its value.
--   column shipment.weight_grams is dropped with its values.
--   table parcel_event is dropped with all its rows.

--changeset modeldoc:2-parcel_tracking dbms:mssql
--comment: Migration 2 (parcel_tracking) from the baseline to this build, written by ModelDoc
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

--rollback alter table parcel_event drop constraint fk_parcel_event_shipment_id;
--rollback alter table shipment add constraint fits_shipment_tracking_number check (tracking_number is null or len(tracking_number) <= 40);
--rollback alter table shipment drop constraint fits_shipment_tracking_number;
--rollback alter table shipment alter column tracking_number varchar(40) not null;
--rollback alter table shipment drop column weight_grams;
--rollback drop table if exists parcel_event;
