package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.testing.HugeWorkbook;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 8 MB workbook of 2.15 million cells, inside every zip and upload limit, uploaded to the
 * service running in 512 MB: refused with a 422 that names the file, and the service keeps
 * running (before, POI built the workbook and the heap ran out).
 */
class HugeWorkbookIT {

    @Test
    void shouldRefuseAnUploadOfTwoMillionCellsWith422AndStayHealthy(@TempDir Path dir) throws Exception {
        byte[] workbook = HugeWorkbook.twoMillionCells();
        try (ServiceProcess service = ServiceProcess.start(dir.resolve("data"), dir.resolve("service.log"))) {
            ApiClient api = service.api();
            long start = System.nanoTime();
            HttpResponse<String> answer = api.postFiles("/api/v1/rulesets", "author", Map.of("Huge.drl.xlsx", workbook));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Upload of %.1f MB, 2.15 million cells, -Xmx512m: %d in %d ms%n", workbook.length / 1e6,
                    answer.statusCode(), millis);
            assertThat(answer.statusCode()).isEqualTo(422);
            JsonNode error = ApiClient.JSON.readTree(answer.body()).path("errors").path(0);
            assertThat(error.path("file").asText()).isEqualTo("Huge.drl.xlsx");
            assertThat(error.path("message").asText()).startsWith("工作簿太大：Huge.drl.xlsx");
            assertThat(api.get("/actuator/health", null).statusCode()).isEqualTo(200);
            assertThat(Files.readString(dir.resolve("service.log"))).doesNotContain("OutOfMemoryError");
        }
    }
}
