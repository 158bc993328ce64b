package com.meritarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Content-Disposition as RFC 6266 has it: an ASCII {@code filename} for curl -OJ, the exact name in {@code filename*}. */
class DownloadsTest {

    /** The name {@code curl -OJ} saves: the quoted {@code filename} parameter (curl does not read {@code filename*}). */
    private static String curlSavesAs(String header) {
        Matcher quoted = Pattern.compile("(?:^|;)\\s*filename=\"([^\"]*)\"").matcher(header);
        assertThat(quoted.find()).as(header).isTrue();
        return quoted.group(1);
    }

    /** The name a browser saves: {@code filename*} decoded. */
    private static String browserSavesAs(String header) {
        Matcher extended = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(header);
        assertThat(extended.find()).as(header).isTrue();
        return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void shouldNameAnAsciiFileInBothParametersAndNeverAsAnEncodedWord() {
        String header = Downloads.contentDisposition("Annual.drl.xlsx");

        assertThat(header).isEqualTo("attachment; filename=\"Annual.drl.xlsx\"; filename*=UTF-8''Annual.drl.xlsx");
        assertThat(curlSavesAs(header)).isEqualTo("Annual.drl.xlsx");
        assertThat(header).doesNotContain("=?UTF-8?");
    }

    @Test
    void shouldGiveAChineseNameAnAsciiFallbackAndTheExactNameInFilenameStar() {
        String name = "模拟对比-203b8943c308-e049cfdc4f93.xlsx";
        String header = Downloads.contentDisposition(name);

        assertThat(curlSavesAs(header)).isEqualTo("203b8943c308-e049cfdc4f93.xlsx");
        assertThat(browserSavesAs(header)).isEqualTo(name);
        assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
        assertThat(Downloads.asciiName("测试场景.xlsx")).isEqualTo("download.xlsx");
        assertThat(Downloads.asciiName("a \"b\" 表 c.csv")).isEqualTo("a _b_ _ c.csv");
        assertThat(browserSavesAs(Downloads.contentDisposition("a b+c%.drl"))).isEqualTo("a b+c%.drl");
    }
}
