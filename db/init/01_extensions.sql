-- Extensions the migrations rely on; created by a superuser once, before the app's first start.
create extension if not exists btree_gist;
create extension if not exists pgcrypto;
