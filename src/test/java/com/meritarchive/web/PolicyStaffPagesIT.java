package com.meritarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.testing.AnnualWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy staff's pages in headless Chromium against the real server: an upload with an error
 * named by sheet and cell, the fix, a what-if on the example county, the xlsx report, publishing
 * with confirmation as admin (the changed cell shown by clause and label), the HR system's user
 * led to 公示与备案 (documents previewed, the zip downloaded) and 预警名单 (a quarter's warnings by unit, the
 * Excel), turned away from the rest; a quarterly what-if lists warnings beside outcomes. Screenshots of every page go
 * to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        // its own data dir literal, hence its own Spring context: publishing here must not leak into other ITs
        "merit.data-dir=target/it-data/pages-${random.uuid}"})
class PolicyStaffPagesIT {

    private static final String SHEET = "年度规则";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void shouldTakeAChangedThresholdFromUploadThroughSimulationToPublication() throws Exception {
        browser.open("/ui");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/ui/login");
        browser.find("#username").sendKeys("author");
        browser.screenshot("01-login");
        browser.logIn("author", "author-secret");
        assertThat(browser.find("#versions").getText()).contains("当前生效", "系统导入", "通过 46").doesNotContain("system");
        // policy staff edit workbooks: the rule code is there to read, uploading it is an admin's
        assertThat(browser.find("#active-files").getText()).contains("annual-vetoes.drl （程序代码，仅供查看；只有管理员可以修改上传）");
        browser.screenshot("02-home");

        String shippedTable = "Annual.drl.xlsx";
        HttpResponse<byte[]> download = get(browser.find("#active-files a[href$='/" + shippedTable + "']")
                .getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(XLSX);
        byte[] table = download.body();
        assertThat(table).isEqualTo(Files.readAllBytes(Path.of("decision-tables", shippedTable)));

        // "两次" where A1 needs a number: refused, with the sheet and the cell
        String cell = a1ThresholdAddress(table);
        browser.open("/ui/upload");
        upload(withA1Threshold(table, "两次"));
        assertThat(browser.find("#verdict").getText()).contains("未通过");
        assertThat(browser.find("#errors").getText())
                .contains("文件 Annual.drl.xlsx，工作表 " + SHEET + "，单元格 " + cell + "：");
        browser.screenshot("03-upload-error");

        // the fix: A1 needs three performance records; it compiles, and the scenarios written for
        // two records (A1 at its boundary) now disagree, each shown at its row
        upload(withA1Threshold(table, 3));
        // saved, but not headed 通过 above 未通过 3 / 共 46
        assertThat(browser.find("#verdict").getText()).isEqualTo("已保存，但测试场景未通过 ✗");
        assertThat(browser.find("#result").getAttribute("class")).contains("fail");
        String candidate = browser.find("#new-version").getText();
        assertThat(browser.find("#scenarios h3").getText()).contains("未通过 3 / 共 46");
        assertThat(browser.find("#scenario-failures").findElements(By.tagName("li"))).hasSize(3)
                .first().extracting(WebElement::getText).asString()
                .isEqualTo("文件 Policy.scenarios.xlsx，工作表 年度场景，第 3 行：场景 A1-两次：C1 预期 年度考核直接评为优秀（ANNUAL_EXCELLENT），实际 （无）");
        browser.screenshot("04-upload-passed");

        // what if: the example county decided by the shipped rules and by the fix
        browser.find("#result a[href*='/ui/simulate']").click();
        assertThat(browser.find("#candidate option:checked").getAttribute("value")).isEqualTo(candidate);
        browser.find("#dataset").sendKeys(Path.of("examples", "annual_county.req.json").toAbsolutePath().toString());
        browser.screenshot("05-simulate-form");
        browser.find("#simulate").click();
        browser.await("#changes");
        WebElement summary = browser.driver().findElement(By.xpath("//table[@id='summary']//tr[td//text()[contains(., 'ANNUAL_EXCELLENT')]]"));
        assertThat(summary.getText()).isEqualTo("年度考核直接评为优秀 ANNUAL_EXCELLENT 3 1 0 2");
        assertThat(browser.find("#changes tbody").findElements(By.tagName("tr"))).hasSize(2);
        assertThat(browser.find("#changes tr[data-subject='C001']").getText())
                .contains("县发展和改革局", "杨云（C001）", "减少 年度考核直接评为优秀 ANNUAL_EXCELLENT", "A1");
        assertThat(browser.driver().findElements(By.cssSelector("#changes td.before, #changes td.after")))
                .extracting(WebElement::getText).doesNotContain("").contains("（无）");
        assertThat(browser.find("#changes tr[data-subject='C002']").getText())
                .contains("县发展和改革局", "张世兵（C002）", "减少 年度考核直接评为优秀 ANNUAL_EXCELLENT", "A1");
        browser.screenshot("06-simulate-result");
        HttpResponse<byte[]> report = get(browser.find("#report").getAttribute("href"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(report.body()))) {
            assertThat(book.getNumberOfSheets()).isPositive();
        }

        // an author may not publish
        assertThat(get("http://localhost:" + port + "/ui/publish/" + candidate).statusCode()).isEqualTo(403);
        browser.logOut();

        // admin: confirmation names the changed file and the one changed cell in Chinese, then publishes
        browser.logIn("admin", "admin-secret");
        browser.find("a[href$='/ui/publish']").click();
        browser.screenshot("07-publish-choose");
        browser.find("a[data-publish='" + candidate + "']").click();
        assertThat(browser.find("#file-changes").getText()).contains("修改：Annual.drl.xlsx")
                .doesNotContain("Quarterly.drl.xlsx", "内容没有变化");
        assertThat(browser.find("#cell-changes thead").getText()).isEqualTo("文件 工作表 单元格 条款 项目 原值 新值");
        assertThat(browser.find("#cell-changes tbody").findElements(By.tagName("tr"))).singleElement()
                .satisfies(row -> assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                        .containsExactly("Annual.drl.xlsx", SHEET, cell, "A1", "实绩档案次数 ≥", "2", "3"));
        assertThat(browser.text()).doesNotContain("force");
        assertThat(browser.find("#scenarios").getText()).contains("未通过 3 / 共 46");
        browser.screenshot("08-publish-confirm");
        browser.find("#publish").click(); // without force: refused, nothing published
        assertThat(browser.await("#refused").getText()).contains("没有发布");
        assertThat(browser.text()).doesNotContain("force", "Force");
        assertThat(activeVersionId()).isNotEqualTo(candidate);
        browser.screenshot("09-publish-refused");
        browser.find("#force").click();
        browser.find("#publish").click();
        assertThat(browser.await("#published").getText()).contains(candidate);
        assertThat(browser.find("tr[data-version='" + candidate + "']").getText()).contains("当前生效");
        assertThat(activeVersionId()).isEqualTo(candidate);
        browser.screenshot("10-published");
        browser.logOut();
    }

    @Test
    void shouldShowAnEmptiedCellAndAChangedRuleLineBeforePublishing() throws Exception {
        // edited from the active version (another test may have published one), as policy staff do
        byte[] table = AnnualWorkbook.edit(activeFile(AnnualWorkbook.FILE),
                book -> book.getSheet(SHEET).getRow(10).getCell(5).setBlank()); // F11: A1's trace limit, now "any"
        String drl = new String(activeFile("annual-vetoes.drl"), StandardCharsets.UTF_8)
                .replace("excellent, whatever", "excellent, in whichever");
        browser.logIn("admin", "admin-secret");
        browser.open("/ui/upload");
        upload(Map.of(AnnualWorkbook.FILE, table, "annual-vetoes.drl", drl.getBytes(StandardCharsets.UTF_8)));
        String candidate = browser.find("#new-version").getText();

        browser.open("/ui/publish/" + candidate);

        assertThat(browser.find("#cell-changes tbody").findElements(By.tagName("tr"))).singleElement()
                .satisfies(row -> assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                        .containsExactly("Annual.drl.xlsx", SHEET, "F11", "A1", "未销号问题痕迹次数 ≤", "0", "（空）"));
        assertThat(browser.find(".diff[data-file='annual-vetoes.drl']").findElements(By.tagName("li")))
                .extracting(WebElement::getText).containsExactly(
                        "− 第 6 行　// U2 vetoes U1: a stationed unit barred from \"excellent\" is never rated excellent, whatever",
                        "+ 第 6 行　// U2 vetoes U1: a stationed unit barred from \"excellent\" is never rated excellent, in whichever");
        browser.screenshot("publish-confirm-lines");
    }

    @Test
    void shouldRefuseToPublishOverAPublicationMadeWhileTheChangesWereBeingReviewed() throws Exception {
        String drl = new String(activeFile("annual-vetoes.drl"), StandardCharsets.UTF_8) + "\n// reviewed " + System.nanoTime() + "\n";
        browser.logIn("admin", "admin-secret");
        browser.open("/ui/upload");
        upload(Map.of("annual-vetoes.drl", drl.getBytes(StandardCharsets.UTF_8)));
        String candidate = browser.find("#new-version").getText();
        browser.open("/ui/publish/" + candidate);
        String reviewedAgainst = activeVersionId();

        // meanwhile another admin publishes (here: the active version again, through the API)
        HttpRequest other = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rulesets/active"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + reviewedAgainst + "\"}")).build();
        assertThat(HttpClient.newHttpClient().send(other, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        browser.find("#publish").click();
        assertThat(browser.await("#overtaken").getText()).contains("另一次发布已经生效").contains(reviewedAgainst);
        assertThat(activeVersionId()).isEqualTo(reviewedAgainst);
        browser.screenshot("publish-overtaken");

        browser.find("#publish").click(); // the page now shows, and checks, the state as it is
        assertThat(browser.await("#published").getText()).contains(candidate);
        assertThat(activeVersionId()).isEqualTo(candidate);
        browser.logOut();
    }

    @Test
    void shouldShowProgressWhileTheServerWorks() throws Exception {
        browser.logIn("author", "author-secret");
        browser.open("/ui/upload");
        // keep the form from leaving so that the page in progress can be looked at
        browser.driver().executeScript(
                "document.querySelector('form[data-busy]').addEventListener('submit', e => e.preventDefault())");
        browser.find("#upload").click();
        assertThat(browser.await("form[data-busy] .busy").getText()).isEqualTo("正在处理…");
        assertThat(browser.find("#upload").isEnabled()).isFalse();
        browser.screenshot("upload-in-progress");
    }

    @Test
    void shouldReplayARecordedCountyDecisionWithTheStricterExampleOnTheSimulationPage() throws Exception {
        // the HR system decides the county with the shipped version; policy staff upload the A1 = 3 example
        var versions = new ObjectMapper().readTree(getAsAuthor("/api/v1/rulesets").body());
        String shipped = versions.get(versions.size() - 1).get("id").asText();
        HttpResponse<String> decided = sendAs("hr", "POST", "/api/v1/decisions/annual?ruleSet=" + shipped,
                "application/json", Files.readAllBytes(Path.of("examples", "annual_county.req.json")));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        String decision = new ObjectMapper().readTree(decided.body()).get("decisionId").asText();
        String stricter = uploadA1ThresholdThree();

        browser.logIn("author", "author-secret");
        browser.open("/ui/simulate?candidate=" + stricter);
        WebElement recorded = browser.find("#decision option[value='" + decision + "']");
        assertThat(recorded.getText()).startsWith("2017 年度 · 年度决策 · ").contains(" · hr · 规则版本 " + shipped, decision);
        assertThat(browser.find("#decision option:nth-child(2)").getAttribute("value")).as("newest first").isEqualTo(decision);
        recorded.click();
        browser.screenshot("simulate-recorded-form");
        browser.find("#simulate").click();
        browser.await("#changes");
        assertThat(browser.find("#replayed").getText()).contains("已记录的决策 " + decision, stricter, shipped);
        WebElement summary = browser.driver().findElement(By.xpath("//table[@id='summary']//tr[td//text()[contains(., 'ANNUAL_EXCELLENT')]]"));
        assertThat(summary.getText()).isEqualTo("年度考核直接评为优秀 ANNUAL_EXCELLENT 3 1 0 2");
        assertThat(browser.find("#changes tbody").findElements(By.tagName("tr"))).hasSize(2);
        assertThat(browser.find("#changes tr[data-subject='C001']").getText())
                .contains("县发展和改革局", "杨云（C001）", "减少 年度考核直接评为优秀 ANNUAL_EXCELLENT", "A1");
        assertThat(get(browser.find("#report").getAttribute("href")).statusCode()).isEqualTo(200);
        browser.screenshot("simulate-recorded-result");

        // a file and a recorded decision at once: which one was meant is not guessed
        browser.open("/ui/simulate?candidate=" + stricter);
        browser.find("#decision option[value='" + decision + "']").click();
        browser.find("#dataset").sendKeys(Path.of("examples", "annual_county.req.json").toAbsolutePath().toString());
        browser.find("#simulate").click();
        assertThat(browser.await("#errors").getText()).contains("请只选一种数据");
    }

    /** The README's A1 = 3 example stored as a version (not published), as an author uploads it; its id. */
    private String uploadA1ThresholdThree() throws Exception {
        String boundary = "merit-" + System.nanoTime();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Annual.drl.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.write(Files.readAllBytes(Path.of("examples", "A1-threshold-3", "Annual.drl.xlsx")));
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = sendAs("author", "POST", "/api/v1/rulesets",
                "multipart/form-data; boundary=" + boundary, multipart.toByteArray());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
        return new ObjectMapper().readTree(uploaded.body()).get("id").asText();
    }

    @Test
    void shouldShowHrTheQuartersWarningsByUnitFromAFileOrTheirRecordedDecisionWithTheExcel() throws Exception {
        // another test may publish A1 = 3, which moves W4: the shipped version, named, decides here
        var versions = new ObjectMapper().readTree(getAsAuthor("/api/v1/rulesets").body());
        String shipped = versions.get(versions.size() - 1).get("id").asText();
        HttpResponse<String> decided = sendAs("hr", "POST", "/api/v1/decisions/quarterly?ruleSet=" + shipped,
                "application/json", Files.readAllBytes(Path.of("examples", "quarterly_2017Q1.req.json")));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        String decision = new ObjectMapper().readTree(decided.body()).get("decisionId").asText();

        browser.logIn("hr", "hr-secret");
        browser.find("header.top a[href$='/ui/documents/warnings']").click();
        assertThat(browser.await("h1").getText()).isEqualTo("预警名单");
        browser.find("#dataset").sendKeys(Path.of("examples", "quarterly_2017Q1.req.json").toAbsolutePath().toString());
        browser.find("#version option[value='" + shipped + "']").click();
        browser.submit("#show");

        assertThat(browser.await("#result h2").getText()).isEqualTo("2017年第一季度重点工作预警名单");
        assertThat(browser.find("#warning-count").getText()).isEqualTo("9");
        assertThat(browser.find("#unit-count").getText()).isEqualTo("3");
        assertThat(browser.driver().findElements(By.cssSelector("article.warnings"))).extracting(a -> a.getAttribute("data-unit"))
                .containsExactly("U01", "U02", "U03");
        WebElement u01 = browser.find("article[data-unit='U01']");
        assertThat(u01.findElement(By.cssSelector("h3")).getText()).contains("县发展和改革局", "2017年第一季度重点工作预警名单");
        assertThat(u01.getText()).contains("县发展和改革局主要负责人");
        assertThat(u01.findElement(By.cssSelector("thead")).getText()).isEqualTo("序号 姓名/单位 工作单位 预警结果 预警条款 预警说明 档案依据");
        assertThat(u01.findElements(By.cssSelector("tr[data-subject='C001']"))).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("杨云", "移送县纪委监察局问效问责（DISCIPLINE_REFERRAL）", "W1",
                        "城镇居民人均可支配收入增速", "2017年第1季度 城镇居民人均可支配收入增速 问题痕迹档案（有效）"));
        assertThat(u01.findElement(By.cssSelector("tr[data-subject='C002']")).getText()).contains("张世兵", "W4");
        browser.screenshot("warnings");

        HttpResponse<byte[]> excel = get(u01.findElement(By.cssSelector("a.download")).getAttribute("href"));
        assertThat(excel.statusCode()).isEqualTo(200);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(excel.body()))) {
            Sheet list = book.getSheet("名单");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2017年第一季度重点工作预警名单");
            assertThat(list.getRow(1).getCell(5).getStringCellValue()).isEqualTo("预警说明");
            assertThat(list.getLastRowNum()).isEqualTo(1 + u01.findElements(By.cssSelector("tbody tr")).size());
        }
        browser.find("#download-all").click();
        Path all = browser.awaitDownload("（全部单位）.xlsx");
        try (Workbook book = WorkbookFactory.create(Files.newInputStream(all))) {
            assertThat(book.getSheet("名单").getLastRowNum()).isEqualTo(1 + 9);
        }

        // the decision hr made through the API: the same lists, decided again by its own version
        browser.open("/ui/documents/warnings");
        WebElement recorded = browser.find("#decision option[value='" + decision + "']");
        assertThat(recorded.getText()).startsWith("2017 年第 1 季度 · 季度决策 · ").matches(".* · hr · 规则版本 [0-9a-f]{12} · " + decision);
        recorded.click();
        browser.submit("#show");
        assertThat(browser.await("#result").getText()).contains("已记录的决策 " + decision, shipped);
        assertThat(browser.find("#warning-count").getText()).isEqualTo("9");

        // a year has no warnings: said so, nothing shown
        browser.open("/ui/documents/warnings");
        browser.find("#dataset").sendKeys(Path.of("examples", "annual_county.req.json").toAbsolutePath().toString());
        browser.submit("#show");
        assertThat(browser.find("#errors").getText()).isEqualTo("预警只针对季度数据：数据文件中没有 quarter（季度），请上传季度请求 JSON。");
        assertThat(browser.driver().findElements(By.cssSelector("article.warnings"))).isEmpty();
    }

    @Test
    void shouldListTheWarningsAStricterA1TakesBesideTheOutcomesOnTheSimulationPage() throws Exception {
        var versions = new ObjectMapper().readTree(getAsAuthor("/api/v1/rulesets").body());
        String shipped = versions.get(versions.size() - 1).get("id").asText();
        String stricter = uploadA1ThresholdThree();

        browser.logIn("author", "author-secret");
        browser.open("/ui/simulate?candidate=" + stricter);
        browser.find("#baseline option[value='" + shipped + "']").click();
        browser.find("#dataset").sendKeys(Path.of("examples", "quarterly_2017Q1.req.json").toAbsolutePath().toString());
        browser.submit("#simulate");

        assertThat(browser.await("#warning-summary").findElement(By.cssSelector("tr[data-code='ANNUAL_EXCELLENT']")).getText())
                .isEqualTo("年度考核直接评为优秀 ANNUAL_EXCELLENT 3 0 0 3");
        assertThat(browser.find("#result").getText()).contains("个干部或单位的结果或预警有变化");
        assertThat(browser.find("#changes thead").getText()).endsWith("预警变化");
        assertThat(browser.find("#changes tbody").findElements(By.tagName("tr"))).extracting(row -> row.getAttribute("data-subject"))
                .containsExactly("C002", "C003", "C005");
        assertThat(browser.find("#changes tr[data-subject='C002'] td.warnings").getText())
                .isEqualTo("取消预警 W4 年度考核直接评为优秀 ANNUAL_EXCELLENT");
        browser.screenshot("simulate-warnings");

        HttpResponse<byte[]> report = get(browser.find("#report").getAttribute("href"));
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(report.body()))) {
            assertThat(book.getSheet("预警汇总").getRow(1).getCell(0).getStringCellValue()).isEqualTo("ANNUAL_EXCELLENT");
        }
    }

    /** A call to the API with HTTP Basic as {@code user} (password {@code <user>-secret}). */
    private HttpResponse<String> sendAs(String user, String method, String path, String contentType, byte[] body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldNameEveryInvalidFieldOfADatasetAndSimulateNothing() throws Exception {
        browser.logIn("author", "author-secret");
        Path dataset = files.resolve("broken.req.json");
        Files.writeString(dataset, "{\"year\":2017,\"units\":[],\"cadres\":[{\"id\":\"C1\",\"name\":\"杨云\","
                + "\"unitId\":\"U9\",\"managedBy\":\"ORG_DEPT\"}],\"records\":[]}");
        browser.open("/ui/simulate");
        browser.find("#dataset").sendKeys(dataset.toString());
        browser.find("#simulate").click();
        assertThat(browser.await("#result").getText()).contains("无法模拟", "broken.req.json");
        assertThat(browser.find("#errors").getText()).contains("位置 /cadres/0/unitId（第 1 个干部的 unitId）：没有这个单位：U9");
        assertThat(browser.driver().findElements(By.id("changes"))).isEmpty();
        browser.screenshot("simulate-invalid");

        // the common checks in Chinese, at their pointer
        Files.writeString(dataset, "{\"units\":[],\"cadres\":[],\"records\":[],\"yaer\":2017}");
        browser.open("/ui/simulate");
        browser.find("#dataset").sendKeys(dataset.toString());
        browser.find("#simulate").click();
        assertThat(browser.await("#errors").getText()).contains("位置 /year：必须填写", "位置 /yaer：未知字段“yaer”")
                .doesNotContain("is required", "unknown field");
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
        browser.logIn("admin", "admin-secret");
        String before = activeVersionId();
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ui/publish/" + before))
                .header("Cookie", browser.sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("force=true")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(activeVersionId()).isEqualTo(before);
    }

    @Test
    void shouldLeadTheHrSystemsUserToTheDocumentsPageOnlyAndTurnThemAwayFromTheRest() throws Exception {
        browser.open("/"); // the service's address: the home page asks for a login, hr is then led to their page
        browser.logIn("hr", "hr-secret");
        assertThat(browser.find("h1").getText()).isEqualTo("公示与备案");
        assertThat(browser.find("header.top nav").getText()).isEqualTo("公示与备案 预警名单 为什么");
        browser.open("/ui");
        assertThat(browser.find("h1").getText()).isEqualTo("无权访问");
        assertThat(browser.text()).contains("当前登录的账号 hr 不能打开此页面", "author：查看规则版本、上传规则",
                        "admin：以上全部", "hr：人事系统调用决策接口的账号，网页中只能使用“公示与备案”（用发布过的规则版本）、“预警名单”和“为什么”", "请退出，再用 author 或 admin 账号登录")
                .doesNotContain("Forbidden", "AUTHOR", "PUBLISH", "返回规则版本");
        // no link to a page hr cannot open: 公示与备案, 为什么, or logging out (and in again)
        assertThat(browser.driver().findElements(By.cssSelector("a[href]"))).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getAttribute("href")).matches(".*/ui/(documents|documents/warnings|why)"));
        browser.screenshot("denied");
        assertThat(get("http://localhost:" + port + "/ui").statusCode()).isEqualTo(403);
        assertThat(get("http://localhost:" + port + "/ui/upload").statusCode()).isEqualTo(403);
        assertThat(get("http://localhost:" + port + "/ui/simulate").statusCode()).isEqualTo(403);
        browser.find("#switch-account").click();
        assertThat(browser.await("#login")).isNotNull();
        assertThat(browser.text()).contains("您已退出登录");
    }

    @Test
    void shouldPreviewTheCountysDocumentsPerRecipientAndDownloadTheZip() throws Exception {
        browser.logIn("hr", "hr-secret");
        assertThat(browser.find("#version option:checked").getText()).contains("当前生效");
        browser.find("#dataset").sendKeys(Path.of("examples", "annual_county.req.json").toAbsolutePath().toString());
        browser.driver().executeScript("document.getElementById('documentDate').value = '2018-01-05'");
        browser.screenshot("documents-form");
        browser.submit("#make");

        assertThat(browser.await("#result h2").getText()).isEqualTo("2017年度公示与备案文件");
        assertThat(browser.find("#signed").getText()).isEqualTo("2018年1月5日");
        WebElement notice = browser.find("article[data-recipient='PUBLIC']");
        assertThat(notice.findElement(By.cssSelector(".title")).getText()).isEqualTo("关于2017年度重点工作实绩档案考核结果的公示");
        assertThat(notice.findElement(By.cssSelector(".notice-period")).getText())
                .contains("公示期：2018年1月8日至2018年1月12日（5个工作日）");
        assertThat(notice.findElement(By.cssSelector("thead")).getText()).isEqualTo("序号 姓名/单位 工作单位 结果 依据条款");
        assertThat(notice.findElement(By.cssSelector("tr[data-subject='C001']")).getText())
                .contains("杨云", "县发展和改革局", "年度考核直接评为优秀（ANNUAL_EXCELLENT）", "A1");
        WebElement filing = browser.find("article[data-recipient='ORG_DEPT']");
        assertThat(filing.findElement(By.cssSelector("h3")).getText()).contains("送 县委组织部", "关于报送2017年度重点工作实绩档案考核结果的函");
        assertThat(filing.findElement(By.cssSelector("thead")).getText()).endsWith("档案依据");
        assertThat(filing.findElement(By.cssSelector("tr[data-subject='C001']")).getText()).contains("2017年第1季度 固定资产投资增速 实绩档案（有效）", "2017年第2季度 固定资产投资增速 实绩档案（有效）");
        browser.screenshot("documents-preview");

        browser.find("#download").click();
        Path zip = browser.awaitDownload(".zip");
        assertThat(zip.getFileName().toString()).isEqualTo("2017年度公示与备案.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        int documents = browser.driver().findElements(By.cssSelector("article.document")).size();
        assertThat(names).hasSize(2 * documents + 1).contains("documents.json")
                .anyMatch(name -> name.startsWith("01-公示-") && name.endsWith(".docx"))
                .anyMatch(name -> name.endsWith(".xlsx"));
    }

    @Test
    void shouldExplainABrokenDatasetInChineseAndMakeNoDocuments() throws Exception {
        browser.logIn("hr", "hr-secret");
        Path dataset = files.resolve("broken.req.json");
        Files.writeString(dataset, "{\"year\":2017,\"units\":[],\"cadres\":[{\"id\":\"C1\",\"name\":\"杨云\","
                + "\"managedBy\":\"ORG_DEPT\"}],\"records\":[]}");
        browser.find("#dataset").sendKeys(dataset.toString());
        browser.submit("#make");
        assertThat(browser.find("#result").getText()).contains("无法生成文件", "broken.req.json", "没有生成任何文件");
        assertThat(browser.find("#errors").getText()).isEqualTo("位置 /cadres/0/unitId（第 1 个干部的 unitId）：必须填写");
        assertThat(browser.driver().findElements(By.cssSelector("article.document, #download"))).isEmpty();
        browser.screenshot("documents-invalid");

        Files.writeString(dataset, "year: 2017");
        browser.find("#dataset").sendKeys(dataset.toString());
        browser.submit("#make");
        assertThat(browser.find("#errors").getText()).startsWith("数据文件不是有效的 JSON（第 1 行");

        // over the upload limit: the browser does not send it, and says why
        Path huge = files.resolve("province.req.json");
        Files.write(huge, new byte[11 * 1024 * 1024]);
        browser.find("#dataset").sendKeys(huge.toString());
        browser.find("#make").click();
        assertThat(browser.await(".too-large").getText()).startsWith("数据文件太大：网页上传最大 10 MB");
        assertThat(browser.find("#make").isEnabled()).isTrue();
        browser.screenshot("documents-too-large");
        // a browser that sends it all the same gets the reason from the server, in Chinese
        browser.driver().executeScript("document.getElementById('dataset').removeAttribute('data-max-bytes')");
        browser.submit("#make");
        assertThat(browser.find("h1").getText()).isEqualTo("上传的文件太大");
        assertThat(browser.find("#too-large").getText()).startsWith("网页上传的文件每个最大 10 MB");
        assertThat(browser.find("#back").getAttribute("href")).endsWith("/ui/documents");
    }

    @Test
    void shouldTellAnAuthorWhoMayPublishAndLeadBackToWhatTheyMayOpen() throws Exception {
        browser.logIn("author", "author-secret");
        browser.open("/ui/publish");
        assertThat(browser.find("h1").getText()).isEqualTo("无权访问");
        assertThat(browser.find("#denied-next").getText()).contains("发布规则须用 admin 账号登录");
        assertThat(browser.driver().findElements(By.cssSelector("main a[href]"))).singleElement()
                .satisfies(link -> assertThat(link.getAttribute("href")).endsWith("/ui"));
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='/ui/publish']"))).isEmpty();
        assertThat(browser.text()).doesNotContain("Forbidden", "AUTHOR 角色");
        browser.screenshot("denied-author");
    }

    @Test
    void shouldLeadFromTheServicesAddressToThePagesWithoutAskingForBasicAuth() throws Exception {
        for (String path : List.of("/", "")) {
            HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).as(path).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).as(path).hasValueSatisfying(to -> assertThat(to).endsWith("/ui"));
            assertThat(root.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/ui/login");
        browser.logIn("author", "author-secret");
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("规则版本");
        browser.open("/ui/");
        assertThat(browser.find("h1").getText()).isEqualTo("规则版本");
        // the API is as it was: Basic auth, problem+json
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/rulesets")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void shouldSayWhatToDoWhenNoFileWasChosen() throws Exception {
        browser.logIn("author", "author-secret");
        browser.open("/ui/upload");
        assertThat(browser.find("#file-types").getText()).contains("政策人员上传 Excel 工作簿", "只有管理员（admin）可以上传");
        assertThat(browser.find("#file").getAttribute("accept")).isEqualTo(".xlsx,.xls");
        browser.submit("#upload");
        assertThat(browser.find("#verdict").getText()).contains("未通过");
        assertThat(browser.find("#errors").getText())
                .isEqualTo("没有选择文件：请先点“选择文件”，选中改过的规则文件，再点“上传并检查”。");
        assertThat(browser.find("#result").getText()).doesNotContain("no part", "file'");
        browser.screenshot("upload-no-file");
        browser.logOut();
        browser.logIn("admin", "admin-secret");
        browser.open("/ui/upload");
        assertThat(browser.find("#file-types").getText()).contains("管理员还可以上传 .drl 规则文件和 .csv 决策表");
        assertThat(browser.find("#file").getAttribute("accept")).isEqualTo(".xlsx,.xls,.drl,.csv");
    }

    @Test
    void shouldRefuseAWrongPassword() {
        browser.open("/ui/login");
        browser.find("#username").sendKeys("author");
        browser.find("#password").sendKeys("wrong");
        browser.find("#login").click();
        assertThat(browser.await("p.fail").getText()).contains("用户名或密码不正确");
        browser.screenshot("login-failed");
    }

    @Test
    void shouldRefuseARuleFileFromAnAuthorNamingItOnTheUploadPage() throws Exception {
        browser.open("/ui");
        browser.logIn("author", "author-secret");
        browser.open("/ui/upload");

        upload(Map.of("annual-vetoes.drl", activeFile("annual-vetoes.drl")));

        assertThat(browser.find("#verdict").getText()).contains("未通过");
        assertThat(browser.find("#errors").getText()).contains("文件 annual-vetoes.drl").contains("只有管理员（PUBLISH）可以上传");
    }

    @Test
    void shouldExplainOnTheWhyPageWhyACadreWasNotRatedExcellent() throws Exception {
        String decision = decideAnnualAs("hr", "hr-secret");
        browser.logIn("hr", "hr-secret");
        browser.find("header.top nav a[href$='/ui/why']").click();
        browser.await("#why-form");
        browser.find("#decision").sendKeys(decision);
        browser.find("#subject").sendKeys("C006");
        browser.submit("#explain");

        assertThat(browser.await("#result h2").getText()).isEqualTo("2017 年度结果说明");
        assertThat(browser.find("#who").getText()).isEqualTo("刘洋（干部 C006），县财政局");
        WebElement a3 = browser.find("article.outcome[data-code='OUTSTANDING_CADRE_LIST']");
        assertThat(a3.getText()).contains("列入工作实绩表现突出干部名单", "依据条款：A3", "条款原文：连续2个季度记入实绩档案");
        assertThat(a3.findElement(By.cssSelector("thead")).getText()).isEqualTo("季度 重点工作 指标 类型 状态 档案编号");
        assertThat(a3.findElement(By.cssSelector("tbody tr")).getText())
                .contains("2017 年第 1 季度", "党的建设", "基层党建工作考核", "实绩档案", "有效");
        WebElement a1 = browser.find("#not-given tr[data-code='ANNUAL_EXCELLENT']");
        assertThat(a1.getText()).contains("年度考核直接评为优秀", "A1", "一年记入");
        // the reason as the published version's A1 row says it (another test here may publish a threshold of 3)
        assertThat(a1.findElement(By.cssSelector(".reason")).getText())
                .matches("2017 年(未销号问题痕迹 1 次，多于 0 次|实绩档案 2 次，少于 \\d+ 次)");
        browser.screenshot("why");

        String byAuthor = decideAnnualAs("author", "author-secret");
        browser.open("/ui/why?decision=" + byAuthor + "&subject=C006");
        assertThat(browser.find("#error").getText()).contains("由其他账号作出");
        browser.screenshot("why-denied");
        browser.open("/ui/why?decision=" + decision + "&subject=C999");
        assertThat(browser.find("#error").getText()).isEqualTo("决定 " + decision + " 中没有编号为 C999 的干部或单位。");
        browser.open("/ui/why?decision=nosuchid&subject=C006");
        assertThat(browser.find("#error").getText()).contains("找不到编号为 nosuchid 的决定");
    }

    /** Decides the example county through the API as {@code user}; returns the decision's id. */
    private String decideAnnualAs(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions/annual"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples", "annual_county.req.json"))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("decisionId").asText();
    }

    private void upload(byte[] table) throws Exception {
        upload(Map.of("Annual.drl.xlsx", table));
    }

    /** Chooses the files (by name) in the upload form and sends them. */
    private void upload(Map<String, byte[]> chosen) throws Exception {
        Path folder = Files.createDirectories(files.resolve(String.valueOf(System.nanoTime())));
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : chosen.entrySet()) {
            paths.add(Files.write(folder.resolve(file.getKey()), file.getValue()).toString());
        }
        browser.find("#file").sendKeys(String.join("\n", paths));
        browser.submit("#upload");
        browser.await("#result");
    }

    /** A GET with the browser's session, as a download link would be followed. */
    private HttpResponse<byte[]> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", browser.sessionCookie()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The active version as the API (HTTP Basic, unchanged by the pages) reports it. */
    private String activeVersionId() throws Exception {
        HttpResponse<byte[]> response = getAsAuthor("/api/v1/rulesets/active");
        return new ObjectMapper().readTree(response.body()).get("id").asText();
    }

    /** A file of the active version as stored, through the API. */
    private byte[] activeFile(String name) throws Exception {
        return getAsAuthor("/api/v1/rulesets/" + activeVersionId() + "/files/" + name).body();
    }

    private HttpResponse<byte[]> getAsAuthor(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "author:author-secret".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static byte[] withA1Threshold(byte[] table, Object value) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(table));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cell threshold = a1Threshold(book.getSheet(SHEET));
            if (value instanceof Integer number) {
                threshold.setCellValue(number);
            } else {
                threshold.setCellValue(value.toString());
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String a1ThresholdAddress(byte[] table) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(table))) {
            return new CellReference(a1Threshold(book.getSheet(SHEET))).formatAsString(false);
        }
    }

    /** A1's cell under the label "实绩档案次数 ≥", found as policy staff find it. */
    private static Cell a1Threshold(Sheet sheet) {
        Row a1 = null;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("A1")) {
                a1 = row;
                break;
            }
        }
        assertThat(a1).as("row A1 in " + SHEET).isNotNull();
        for (int r = a1.getRowNum() - 1; r >= 0; r--) {
            Row above = sheet.getRow(r);
            if (above == null) {
                continue;
            }
            for (Cell label : above) {
                if (label.getCellType() == CellType.STRING && label.getStringCellValue().startsWith("实绩档案次数")) {
                    Cell cell = a1.getCell(label.getColumnIndex());
                    return cell != null ? cell : a1.createCell(label.getColumnIndex());
                }
            }
        }
        throw new AssertionError("no column labelled 实绩档案次数 above A1");
    }
}
