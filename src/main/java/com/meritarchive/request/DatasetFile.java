package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * A dataset file chosen on a page (the JSON the HR system sends), read as strictly as a body,
 * with everything wrong with it said in Chinese for the policy staff who chose it: no file, not
 * JSON (with the line and column), not UTF-8, or the request checks' problems at their pointers.
 * One place, so that every page that takes a dataset explains it the same way.
 */
public final class DatasetFile {

    private static final JsonFactory JSON = new JsonFactory();

    private DatasetFile() {
    }

    /** One of {@link RequestReader}'s readers. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream file) throws IOException;
    }

    /** The dataset file, or what is wrong with it. */
    public static <T> T read(MultipartFile file, Reader<T> reader) throws UnusableDatasetException {
        if (file == null || file.isEmpty()) {
            throw new UnusableDatasetException(List.of("请选择数据文件（人事系统发送的年度或季度请求 JSON）。"));
        }
        try (InputStream in = file.getInputStream()) {
            return reader.read(in);
        } catch (JsonProcessingException e) {
            throw new UnusableDatasetException(List.of(notJson(e)));
        } catch (IOException e) {
            throw new UnusableDatasetException(List.of("读不到上传的数据文件，请重新选择文件后再试。"));
        } catch (InvalidRequestException e) {
            throw new UnusableDatasetException(problems(e));
        }
    }

    /**
     * Whether the file is a quarterly request (it names a quarter at its top level), as the HR system
     * sends it; false for anything else, which the annual reader then explains.
     */
    public static boolean isQuarterly(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return false;
        }
        try (InputStream in = file.getInputStream(); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("quarter".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The request checks' problems in Chinese, each at its place in the file. */
    public static List<String> problems(InvalidRequestException e) {
        return e.errors().stream().map(error -> CheckText.describe(error.pointer(), error.message())).toList();
    }

    private static String notJson(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("UTF-8")) {
            return "数据文件不是 UTF-8 编码（可能是 GBK 等其他编码）：请用人事系统重新导出，或用文本编辑器另存为 UTF-8。";
        }
        var at = e.getLocation();
        return "数据文件不是有效的 JSON" + (at == null || at.getLineNr() < 1 ? "" : "（第 " + at.getLineNr() + " 行，第 "
                + at.getColumnNr() + " 列附近）") + "：请用文本编辑器检查括号、引号和逗号，或重新从人事系统导出。";
    }
}
