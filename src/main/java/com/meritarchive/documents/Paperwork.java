package com.meritarchive.documents;

/**
 * A decision's documents with what their files need beyond the JSON model: the records behind
 * the entries in the deciding rule set's words (a filing lists them in full) and the notice's terms and dates. The JSON answer is
 * {@link #documents()}; the zip writes all three.
 */
public record Paperwork(Documents documents, RecordDetail records, NoticeParameters parameters) {
}
