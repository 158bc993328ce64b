package com.meritarchive.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The request and answer examples of {@code examples/} (packaged into the jar under
 * {@code examples/}), named {@code <endpoint>_<case>.req.json} / {@code .resp.json} where the
 * endpoint is the last segment of its path ({@code annual}, {@code quarterly}, {@code step-down}).
 * The README and the integration tests use the same files, so the document shows real answers.
 */
final class Examples {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUEST = ".req.json";
    static final String ANSWER = ".resp.json";

    /** One example file: its endpoint, its case (the file name without the suffix) and its content. */
    record File(String endpoint, String name, JsonNode content) {

        Example example() {
            return new Example().summary(name).description("examples/" + name + " of the project").value(content);
        }
    }

    private final List<File> files;

    private Examples(List<File> files) {
        this.files = files;
    }

    static Examples fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:examples/*.json");
            List<File> files = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                String fileName = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    files.add(new File(endpointOf(fileName), fileName, JSON.readTree(in)));
                }
            }
            return new Examples(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the examples for the API description", e);
        }
    }

    /** {@code annual_county.req.json} → {@code annual}; {@code step-down.req.json} → {@code step-down}. */
    static String endpointOf(String fileName) {
        String base = fileName.replace(REQUEST, "").replace(ANSWER, "");
        int underscore = base.indexOf('_');
        return underscore < 0 ? base : base.substring(0, underscore);
    }

    /** The examples of one endpoint's requests ({@link #REQUEST}) or answers ({@link #ANSWER}), by case. */
    Map<String, Example> of(String endpoint, String suffix) {
        Map<String, Example> examples = new LinkedHashMap<>();
        files.stream().filter(file -> file.endpoint().equals(endpoint) && file.name().endsWith(suffix))
                .forEach(file -> examples.put(file.name().replace(suffix, ""), file.example()));
        return examples;
    }
}
