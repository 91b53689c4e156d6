-- ModelDoc schema for mysql
-- Generated from the entity classes; do not edit.

create table Author (
    id bigint not null auto_increment,
    name varchar(255),
    primary key (id)
) engine=InnoDB;

create table book (
    id bigint not null,
    isbn varchar(13) not null,
    title varchar(300) not null,
    price decimal(10,2),
    published_on date,
    format enum ('EBOOK','HARDCOVER','PAPERBACK'),
    pages integer not null check ((pages>=1) and (pages<=5000)),
    blurb longtext,
    publisher_id binary(16) not null,
    primary key (id),
    constraint ck_book_br_1 check (price > 0)
) engine=InnoDB;
create index idx_book_title on book (title, published_on desc);
alter table book add constraint uk_book_isbn unique (isbn);

create table book_author (
    book_id bigint not null,
    author_id bigint not null,
    primary key (book_id, author_id)
) engine=InnoDB;

create table book_seq (next_val bigint) engine=InnoDB;
insert into book_seq ( next_val ) values ( 1 );

create table Customer (
    id bigint not null,
    email varchar(255) not null,
    street varchar(255),
    city varchar(255),
    version integer not null,
    primary key (id)
) engine=InnoDB;

create table Customer_SEQ (next_val bigint) engine=InnoDB;
insert into Customer_SEQ ( next_val ) values ( 1 );

create table Publisher (
    id binary(16) not null,
    name varchar(255),
    active bit not null,
    primary key (id)
) engine=InnoDB;

create table purchase_order (
    id bigint not null,
    customer_id bigint,
    book_id bigint,
    placedAt datetime(6),
    primary key (id)
) engine=InnoDB;

alter table book add constraint fk_book_publisher_id foreign key (publisher_id) references Publisher (id);
alter table book_author add constraint fk_book_author_book_id foreign key (book_id) references book (id);
alter table book_author add constraint fk_book_author_author_id foreign key (author_id) references Author (id);
alter table purchase_order add constraint fk_purchase_order_customer_id foreign key (customer_id) references Customer (id);
alter table purchase_order add constraint fk_purchase_order_book_id foreign key (book_id) references book (id);
