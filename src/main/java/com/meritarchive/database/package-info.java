/** The PostgreSQL connection of {@code merit.store=postgres}: waiting for the database, then its schema's migrations. */
package com.meritarchive.database;
