package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether and where the service starts from an extracted copy of its jar ({@code ExtractedLaunchIT} starts the real jar). */
class ExtractedLayoutTest {

    @Test
    void shouldStartInPlaceWhenNotLaunchedFromTheJar() throws Exception {
        assertThat(ExtractedLayout.relaunch(ExtractedLayoutTest.class, new String[0]))
                .as("the test's class loader is not Spring Boot's launcher's").isFalse();
    }

    @Test
    void shouldReadASettingFromTheArgumentsFirst() {
        String[] args = {"--server.port=0", "--merit.data-dir=/srv/merit"};

        assertThat(ExtractedLayout.setting(args, "merit.data-dir", "MERIT_TEST_UNSET_VARIABLE", "data")).isEqualTo("/srv/merit");
        assertThat(ExtractedLayout.setting(args, "merit.extract", "MERIT_TEST_UNSET_VARIABLE", "true")).isEqualTo("true");
        assertThat(ExtractedLayout.setting(new String[] {"--merit.data-dir-x=1"}, "merit.data-dir", "MERIT_TEST_UNSET_VARIABLE",
                "data")).isEqualTo("data");
    }
}
