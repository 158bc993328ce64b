package com.meritarchive.simulation;

import com.meritarchive.request.RequestReader;
import com.meritarchive.web.Downloads;
import java.io.IOException;
import java.io.InputStream;
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
        Simulation simulation = simulator.simulate(RequestReader.simulation(body));
        boolean workbook = "xlsx".equalsIgnoreCase(format) || (accept != null && accept.contains(Downloads.XLSX.toString()));
        if (workbook) {
            return Downloads.attachment("simulation-" + simulation.baseline().id() + "-" + simulation.candidate().id()
                    + ".xlsx", report.xlsx(simulation, simulator.labels(simulation)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(simulation);
    }
}
