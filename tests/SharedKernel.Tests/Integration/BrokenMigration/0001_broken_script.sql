create schema if not exists broken_test;
create table broken_test.t (id int primary key);
select this_is_not_sql from nowhere;
