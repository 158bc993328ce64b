package com.meritarchive.simulation;

import com.meritarchive.decision.JsonBodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/simulations}: JSON by default, the xlsx report with {@code format=xlsx} or an xlsx Accept header. */
@RestController
@RequestMapping(path = "/api/v1/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
class SimulationController {

    private final Simulator simulator;
    private final SimulationReport report;

    SimulationController(Simulator simulator, SimulationReport report) {
        this.simulator = simulator;
        this.report = report;
    }

    @PostMapping
    ResponseEntity<?> simulate(InputStream body, @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        Simulation simulation = simulator.simulate(JsonBodies.stream(body, Simulator::read));
        boolean workbook = "xlsx".equalsIgnoreCase(format) || (accept != null && accept.contains(SimulationReport.MEDIA_TYPE));
        if (workbook) {
            return xlsx(simulation);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(simulation);
    }

    private ResponseEntity<byte[]> xlsx(Simulation simulation) {
        String name = "simulation-" + simulation.baseline().id() + "-" + simulation.candidate().id() + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SimulationReport.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(report.xlsx(simulation));
    }
}
