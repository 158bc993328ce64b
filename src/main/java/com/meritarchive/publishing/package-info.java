/**
 * Rule-set versions as policy staff handle them: upload → compile → test scenarios → store, and
 * publishing with the scenario gate ({@link com.meritarchive.publishing.Publisher}); the first
 * start's import; the {@code /api/v1/rulesets} endpoints and the version, upload and publish pages.
 */
package com.meritarchive.publishing;
