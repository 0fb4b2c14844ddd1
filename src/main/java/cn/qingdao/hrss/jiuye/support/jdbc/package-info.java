/**
 * Database plumbing: bulk inserts (COPY on PostgreSQL, JDBC batches on H2) and the database dialect.
 */
package cn.qingdao.hrss.jiuye.support.jdbc;
