create database kyoso_plan;
create database kyoso_comment;
create database kyoso_meeting;
create database kyoso_gateway;
