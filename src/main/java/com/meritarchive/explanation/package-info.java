/** Why: one cadre's or unit's outcomes in a recorded decision explained in Chinese, with the outcomes it did not get and why, read from the tables' own cells ({@code GET /api/v1/decisions/{id}/subjects/{subjectId}} and the 为什么 page). */
package com.meritarchive.explanation;
