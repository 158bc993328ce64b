package com.meritarchive.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.ruleset.RuleSetInvalidException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded names are taken as sent or refused, naming the file; never repaired, never a 500. */
class UploadedFilesTest {

    private static MultipartFile part(String name) {
        return new MockMultipartFile("file", name, "application/octet-stream", new byte[] {1});
    }

    private static List<RuleSetError> errorsOf(String... names) {
        try {
            UploadedFiles.read(java.util.Arrays.stream(names).map(UploadedFilesTest::part).toList());
        } catch (RuleSetInvalidException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + List.of(names));
    }

    @Test
    void shouldAcceptPlainChineseAndLatinNames() {
        assertThat(UploadedFiles.read(List.of(part("Annual.drl.xlsx"), part("年度 规则-2.drl")))).hasSize(2);
    }

    @Test
    void shouldRefusePathPartsInsteadOfStrippingThem() {
        for (String name : List.of("../x.drl", "a/b.drl", "C:\\x.drl", "..\\..\\x.drl")) {
            assertThat(errorsOf(name)).as(name).singleElement().satisfies(error -> {
                assertThat(error.file()).isEqualTo(name);
                assertThat(error.message()).contains("路径").contains("(path in the file name)");
            });
        }
    }

    @Test
    void shouldRefuseNulAndControlAndBidiCharactersNamingTheFileVisibly() {
        assertThat(errorsOf("a\u0000.drl")).singleElement().extracting(RuleSetError::file).isEqualTo("a\\u0000.drl");
        assertThat(errorsOf("Annual\u202Exslx.drl")).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("Annual\\u202Exslx.drl");
            assertThat(error.message()).contains("U+202E");
        });
        assertThat(errorsOf("a\tb.drl", "x\u200B.drl")).hasSize(2);
    }

    @Test
    void shouldRefuseMoreThanFiftyFilesAtOnce() {
        String[] names = IntStream.range(0, 200).mapToObj(i -> "f" + i + ".drl").toArray(String[]::new);

        assertThat(errorsOf(names)).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("一次最多上传 50 个文件，收到 200 个"));
        assertThat(errorsOf(java.util.Arrays.copyOf(names, 51))).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("50").contains("51"));
    }
}
