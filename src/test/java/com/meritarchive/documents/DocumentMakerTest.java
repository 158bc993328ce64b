package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.documents.Documents.Document;
import com.meritarchive.documents.Documents.Entry;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents of the worked examples (examples/*.req.json), decided and routed with the shipped rule set. */
class DocumentMakerTest {

    private static final Comparator<Entry> UNIT_THEN_NAME = Comparator.comparing(Entry::unit).thenComparing(Entry::name);

    private final DocumentMaker maker = new DocumentMaker(new AnnualDecider(), new QuarterlyDecider(), new StepDownDecider(),
            new Router(), Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void shouldMakeOneDocumentPerRecipientInContractOrderWithChineseTitlesForTheCountysYear() throws IOException {
        Documents documents = maker.annual(annualCounty(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents();

        assertThat(documents.year()).isEqualTo(2017);
        assertThat(documents.quarter()).isNull();
        assertThat(documents.documents()).extracting(Document::recipient)
                .containsExactly("PUBLIC", "ORG_DEPT", "HR_BUREAU", "DISCIPLINE_COMMISSION");
        assertThat(documents.documents()).extracting(Document::title).containsExactly(
                "关于2017年度重点工作实绩档案考核结果的公示", "关于报送2017年度重点工作实绩档案考核结果的函",
                "关于报送2017年度重点工作实绩档案考核结果的函", "关于移送2017年度问题痕迹档案的函");
    }

    @Test
    void shouldNeverShowEvidenceInAPublicNoticeButKeepItInFilings() throws IOException {
        Documents documents = maker.annual(annualCounty(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents();

        assertThat(document(documents, "PUBLIC").entries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.evidence()).isEmpty());
        assertThat(document(documents, "DISCIPLINE_COMMISSION").entries()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.evidence()).isNotEmpty());
    }

    @Test
    void shouldSortEveryDocumentsEntriesByUnitThenName() throws IOException {
        for (Documents documents : List.of(maker.annual(annualCounty(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents(),
                maker.quarterly(quarterly2017Q1(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents())) {
            documents.documents().forEach(document -> assertThat(document.entries()).isSortedAccordingTo(UNIT_THEN_NAME));
        }
    }

    @Test
    void shouldLabelEntriesWithTheOutcomesChineseNameNameAndUnitFromTheRequest() throws IOException {
        Documents documents = maker.annual(annualCounty(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents();

        assertThat(document(documents, "PUBLIC").entries()).anySatisfy(entry -> {
            assertThat(entry.code()).isEqualTo("UNIT_ANNUAL_EXCELLENT");
            assertThat(entry.label()).isEqualTo("单位年度综合目标考核直接定为优秀");
            assertThat(entry.rule()).isEqualTo("U1");
            assertThat(entry.name()).isEqualTo(entry.unit()).isNotBlank();
        });
        document(documents, "ORG_DEPT").entries().forEach(entry -> assertThat(entry.name()).isNotEqualTo(entry.subjectId()));
    }

    @Test
    void shouldNoticeTheQuartersNewPerformanceRecordsButFileTracesOnly() throws IOException {
        Documents documents = maker.quarterly(quarterly2017Q1(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents();

        assertThat(documents.quarter()).isEqualTo(1);
        assertThat(document(documents, "PUBLIC").title()).isEqualTo("关于2017年第一季度重点工作实绩档案考核结果的公示");
        assertThat(document(documents, "PUBLIC").entries()).extracting(Entry::code).containsOnly("NEW_PERFORMANCE");
        assertThat(document(documents, "ORG_DEPT").entries()).extracting(Entry::code)
                .contains("NEW_PERFORMANCE", "NEW_PROBLEM_TRACE");
        assertThat(document(documents, "HR_BUREAU").entries()).filteredOn(e -> e.code().equals("NEW_PROBLEM_TRACE"))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.evidence()).hasSize(1));
    }

    @Test
    void shouldLeaveUnitExcellenceOutOfThePublicNoticeWhenItsRoutingCellSaysNo() throws IOException {
        CompiledRuleSet notPublic = RoutingWorkbook.compiledWith(sheet -> RoutingWorkbook.rowWith(sheet, 2, "单位年度综合目标考核直接定为优秀")
                .getCell(RoutingWorkbook.column(sheet, "公示")).setCellValue("否"));

        Documents documents = maker.annual(annualCounty(), notPublic, DocumentDates.DEFAULT).documents();

        assertThat(document(documents, "PUBLIC").entries()).extracting(Entry::code).doesNotContain("UNIT_ANNUAL_EXCELLENT");
        assertThat(document(documents, "ORG_DEPT").entries()).extracting(Entry::code).contains("UNIT_ANNUAL_EXCELLENT");
    }

    @Test
    void shouldFileAnApprovedStepDownWithTheCadresManagerInTheYearItIsDecided() {
        StepDownRequest request = new StepDownRequest(new CadreInput("C1", "王明", "U1", "HR_BUREAU"), true, true);

        Documents documents = maker.stepDown(request, RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents();

        assertThat(documents.year()).isEqualTo(2026);
        assertThat(documents.documents()).extracting(Document::recipient).containsExactly("HR_BUREAU");
        assertThat(documents.documents().get(0).entries()).extracting(Entry::code).containsExactly("RETURN_TO_HR_BUREAU");
    }

    private static Document document(Documents documents, String recipient) {
        return documents.documents().stream().filter(d -> d.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    private static AnnualRequest annualCounty() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("examples/annual_county.req.json"))) {
            return RequestReader.annual(in);
        }
    }

    private static QuarterlyRequest quarterly2017Q1() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("examples/quarterly_2017Q1.req.json"))) {
            return RequestReader.quarterly(in);
        }
    }
}
