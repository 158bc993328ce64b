package com.meritarchive.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An answer with the id under which it is recorded: {@code "decisionId"} first, then the answer's
 * own fields (an additive field, CONTRACT.md). No id when recording is off (benchmark only).
 */
@JsonPropertyOrder({"decisionId"})
record RecordedAnswer<T>(@JsonInclude(JsonInclude.Include.NON_NULL) String decisionId, @JsonUnwrapped T answer) {
}
