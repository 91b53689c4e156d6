-- Migration 2 (parcel_tracking): from the baseline to this build for mysql, written by ModelDoc.
-- DDL is not transactional on mysql: each statement commits on its own. Additions come first and removals last,
-- so a failure leaves the existing columns and tables in place; back up before running it.

create table parcel_event (
    id bigint not null auto_increment,
    shipment_id bigint not null,
    occurred_at datetime(6) not null,
    description varchar(120) not null,
    primary key (id)
) engine=InnoDB;

create index idx_parcel_event_shipment on parcel_event (shipment_id, occurred_at);

alter table shipment add column weight_grams integer;

alter table shipment modify column tracking_number varchar(64) not null;

alter table parcel_event add constraint fk_parcel_event_shipment_id foreign key (shipment_id) references shipment (id);
