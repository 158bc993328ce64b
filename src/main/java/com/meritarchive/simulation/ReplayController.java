package com.meritarchive.simulation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/decisions/{id}/replay?ruleSet=ID} (AUTHOR): the simulation answer for a
 * recorded decision, its recorded answer against version {@code ID}. Here rather than beside the
 * record, because it is a simulation: it reads the record (below) and decides nothing for anyone.
 */
@RestController
class ReplayController {

    private final DecisionReplay replay;

    ReplayController(DecisionReplay replay) {
        this.replay = replay;
    }

    @PostMapping(path = "/api/v1/decisions/{id}/replay", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Simulation> replay(@PathVariable String id,
            @RequestParam(name = "ruleSet", required = false) String ruleSet) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(replay.replay(id, ruleSet));
    }
}
