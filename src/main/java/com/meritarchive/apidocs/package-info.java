/**
 * The OpenAPI description of the HTTP API at {@code /v3/api-docs} (and Swagger UI): springdoc reads
 * the controllers, and this package adds what it cannot see in them — the request bodies read by the
 * strict reader, the examples, the role each operation needs and the problem+json errors.
 */
package com.meritarchive.apidocs;
