-- ModelDoc schema for sqlserver
-- Generated from the entity classes; do not edit.

create sequence author_seq start with 1 increment by 50;
create sequence book_seq start with 1 increment by 50;
create sequence purchase_order_seq start with 1 increment by 50;

create table author (
    id bigint not null,
    display_name varchar(150) not null,
    sort_name varchar(150) not null,
    born_on date,
    biography varchar(2000),
    primary key (id)
);
create index idx_author_sort_name on author (sort_name);

create table book (
    id bigint not null,
    isbn varchar(13) not null,
    title varchar(200) not null,
    subtitle varchar(200),
    publisher_id bigint not null,
    category_id bigint,
    format varchar(16) not null constraint ck_book_format check ((format in ('HARDCOVER','PAPERBACK','EBOOK','AUDIOBOOK'))),
    list_price numeric(10,2) not null,
    published_on date,
    page_count int constraint ck_book_page_count check ((page_count>=1) and (page_count<=10000)),
    cover_image varbinary(max),
    available bit not null,
    version int not null,
    primary key (id)
);
create index idx_book_title on book (title);
create index idx_book_publisher_published on book (publisher_id, published_on desc);
create index idx_book_category on book (category_id);
alter table book add constraint uk_book_isbn unique (isbn);

create table book_author (
    book_id bigint not null,
    author_id bigint not null,
    primary key (book_id, author_id)
);

create table category (
    id bigint identity not null,
    name varchar(80) not null,
    slug varchar(80) not null,
    parent_id bigint,
    display_order int not null constraint ck_category_display_order check ((display_order>=0)),
    primary key (id)
);
alter table category add constraint uk_category_slug unique (slug);

create table customer (
    id bigint identity not null,
    email varchar(254) not null,
    first_name varchar(80) not null,
    last_name varchar(80) not null,
    phone varchar(16),
    street varchar(160) not null,
    postal_code varchar(16) not null,
    city varchar(80) not null,
    country_code varchar(2) not null,
    marketing_opt_in bit not null,
    loyalty_points bigint not null,
    registered_at datetime2(7) not null,
    primary key (id)
);
create index idx_customer_last_name on customer (last_name);
alter table customer add constraint uk_customer_email unique (email);

create table order_line (
    id bigint identity not null,
    purchase_order_id bigint not null,
    book_id bigint not null,
    quantity int not null constraint ck_order_line_quantity check ((quantity>=1) and (quantity<=99)),
    unit_price numeric(10,2) not null,
    primary key (id),
    constraint ck_order_line_br_ol_2 check (unit_price >= 0),
    constraint ck_order_line_br_ol_1 check (quantity > 0)
);
create index idx_order_line_book on order_line (book_id);
alter table order_line add constraint uk_order_line_order_book unique (purchase_order_id, book_id);

create table parcel_event (
    id bigint identity not null,
    shipment_id bigint not null,
    occurred_at datetimeoffset(7) not null,
    description varchar(120) not null,
    primary key (id)
);
create index idx_parcel_event_shipment on parcel_event (shipment_id, occurred_at);

create table payment (
    id bigint identity not null,
    purchase_order_id bigint not null,
    method varchar(16) not null constraint ck_payment_method check ((method in ('CARD','PAYPAL','BANK_TRANSFER','GIFT_CARD'))),
    amount numeric(12,2) not null,
    card_last_digits varchar(4),
    provider_reference varchar(64) not null,
    authorised_at datetime2(7),
    captured_at datetimeoffset(7),
    primary key (id),
    constraint ck_payment_br_pay_1 check (captured_at is null or authorised_at is not null)
);
create index idx_payment_provider_reference on payment (provider_reference);
alter table payment add constraint uk_payment_purchase_order_id unique (purchase_order_id);

create table publisher (
    id bigint identity not null,
    name varchar(120) not null,
    country_code varchar(2) not null,
    website_url varchar(255),
    primary key (id),
    constraint ck_publisher_br_pub_1 check (website_url is null or website_url like 'https://%')
);
alter table publisher add constraint uk_publisher_name unique (name);

create table purchase_order (
    id bigint not null,
    order_number varchar(12) not null,
    public_reference uniqueidentifier not null,
    customer_id bigint not null,
    status varchar(16) not null constraint ck_purchase_order_status check ((status in ('PLACED','PAID','PACKED','SHIPPED','DELIVERED','CANCELLED'))),
    placed_at datetimeoffset(7) not null,
    discount_percent int not null,
    total_amount numeric(12,2) not null,
    version bigint not null,
    primary key (id),
    constraint ck_purchase_order_br_ord_1 check (discount_percent between 0 and 50)
);
create index idx_purchase_order_customer_placed on purchase_order (customer_id, placed_at desc);
create index idx_purchase_order_status on purchase_order (status);
alter table purchase_order add constraint uk_purchase_order_order_number unique (order_number);
alter table purchase_order add constraint uk_purchase_order_public_reference unique (public_reference);

create table review (
    id bigint identity not null,
    book_id bigint not null,
    reviewer_name varchar(80) not null,
    rating int not null,
    body varchar(max) not null,
    status smallint not null constraint ck_review_status check ((status between 0 and 2)),
    submitted_at datetimeoffset(7) not null,
    primary key (id),
    constraint ck_review_br_rev_2 check (rating between 1 and 5)
);
create index idx_review_book_status on review (book_id, status);

create table shipment (
    id bigint identity not null,
    purchase_order_id bigint not null,
    carrier smallint not null constraint ck_shipment_carrier check ((carrier between 0 and 3)),
    tracking_number varchar(64) not null,
    weight_grams int,
    shipped_on date not null,
    delivered_on date,
    primary key (id),
    constraint ck_shipment_br_shp_1 check (delivered_on is null or delivered_on >= shipped_on)
);
create index idx_shipment_order on shipment (purchase_order_id);
alter table shipment add constraint uk_shipment_tracking unique (carrier, tracking_number);

alter table book add constraint fk_book_publisher_id foreign key (publisher_id) references publisher;
alter table book add constraint fk_book_category_id foreign key (category_id) references category;
alter table book_author add constraint fk_book_author_book_id foreign key (book_id) references book;
alter table book_author add constraint fk_book_author_author_id foreign key (author_id) references author;
alter table category add constraint fk_category_parent_id foreign key (parent_id) references category;
alter table order_line add constraint fk_order_line_purchase_order_id foreign key (purchase_order_id) references purchase_order;
alter table order_line add constraint fk_order_line_book_id foreign key (book_id) references book;
alter table parcel_event add constraint fk_parcel_event_shipment_id foreign key (shipment_id) references shipment;
alter table payment add constraint fk_payment_purchase_order_id foreign key (purchase_order_id) references purchase_order;
alter table purchase_order add constraint fk_purchase_order_customer_id foreign key (customer_id) references customer;
alter table review add constraint fk_review_book_id foreign key (book_id) references book;
alter table shipment add constraint fk_shipment_purchase_order_id foreign key (purchase_order_id) references purchase_order;
