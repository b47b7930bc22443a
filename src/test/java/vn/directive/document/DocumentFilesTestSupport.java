package vn.directive.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.platform.Api;

/** Files as a browser sends them, and a directive carried from Lai Châu down to Thị trấn Mường Tè. */
final class DocumentFilesTestSupport {

    static final String PDF = "application/pdf";
    static final LocalDate DEADLINE = LocalDate.now().plusDays(20);
    static final String TEXT = """
            THỦ TƯỚNG CHÍNH PHỦ
            CÔNG ĐIỆN
            Về việc tăng cường phòng, chống dịch <b>không phải thẻ HTML</b>
            1. Ủy ban nhân dân các tỉnh tổ chức tiêm chủng ngay trong tháng.""";
    private static final AtomicInteger NUMBER = new AtomicInteger(700);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocumentFilesTestSupport() {
    }

    /**
     * Registers a Prime Minister's telegram (HOA_TOC, implementing 128/NQ-CP, with {@link #TEXT}) for Lai Châu as
     * its clerk, numbered or not; returns {id, businessKey, number}.
     */
    static String[] register(Api api, boolean numbered) {
        String number = NUMBER.incrementAndGet() + "/CĐ-TTg";
        String body = """
                {"directive": {"number": %s, "symbol": "CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "type": "CONG_DIEN",
                  "subject": "Về tăng cường phòng, chống dịch", "urgency": "HOA_TOC", "issuedOn": "2026-11-20",
                  "implements": [{"number": "128/NQ-CP", "issuedOn": "2021-10-11", "issuer": "Chính phủ"}]},
                 "recipient": "12", "reportDeadline": "%s", "text": "%s"}
                """.formatted(numbered ? "\"" + number + "\"" : "null", DEADLINE,
                TEXT.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"));
        JsonNode r = api.expect(201, api.as("vanthu.12", HttpMethod.POST, "/api/directives", body));
        return new String[] {r.get("id").asText(), r.get("businessKey").asText(), number};
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n1 0 obj <<>> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP holding the parts of a Word document (only their names matter here), or other entries; always the same bytes. */
    static byte[] zip(String... entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (String e : entries) {
                    ZipEntry entry = new ZipEntry(e);
                    entry.setTime(java.time.Instant.parse("2026-01-01T00:00:00Z").toEpochMilli()); // the same bytes every call
                    z.putNextEntry(entry);
                    z.write(("<x>" + e + "</x>").getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    /** A multipart POST of one part named {@code field}, with the file's name and declared type; user null sends no credentials. */
    static ResponseEntity<String> upload(TestRestTemplate http, String user, String path, String field, String name,
                                         String declaredType, byte[] bytes) {
        HttpHeaders part = new HttpHeaders();
        if (declaredType != null) {
            part.setContentType(MediaType.parseMediaType(declaredType));
        }
        part.setContentDispositionFormData(field, name);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add(field, new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user.equals("admin") ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
        }
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /**
     * The same upload over a plain socket (HTTP/1.0, Content-Length), writing the whole body before reading the answer,
     * as a browser's form does. The JDK's HttpClient behind TestRestTemplate stops sending once an answer arrives
     * early (the 413 of a too large file) and then often fails with "Broken pipe" instead of returning that answer.
     */
    static ResponseEntity<String> uploadWholeBody(TestRestTemplate http, String user, String path, String name,
                                                  String declaredType, byte[] bytes) {
        java.net.URI root = java.net.URI.create(http.getRootUri());
        String boundary = "----directive" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String auth = java.util.Base64.getEncoder().encodeToString(
                (user + ":" + (user.equals("admin") ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD)).getBytes(StandardCharsets.UTF_8));
        String request = "POST " + path + " HTTP/1.0\r\nHost: " + root.getHost() + "\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + bytes.length + tail.length) + "\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            var out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(bytes);
            out.write(tail);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, split).split("\r\n");
            HttpHeaders headers = new HttpHeaders();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            return ResponseEntity.status(status).headers(headers).body(response.substring(split + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResponseEntity<byte[]> bytes(TestRestTemplate http, String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user.equals("admin") ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /**
     * Carries a directive registered for Lai Châu ({@code 12}) down to Huyện Mường Tè ({@code 107}, task
     * {@code provinceTask}, document 2345/UBND-VX) and on to Thị trấn Mường Tè ({@code 03433}, task
     * {@code districtTask}, document 512/UBND-VX), as the clerks and leaders would through their tasks.
     */
    static void cascadeToCommune(RuntimeService runtime, TaskService tasks, ManagementService management,
                                 String businessKey, String provinceTask, String districtTask) {
        String districtDeadline = LocalDate.now().plusDays(15).toString();
        String communeDeadline = LocalDate.now().plusDays(10).toString();
        String today = LocalDate.now().toString();
        String province = CascadeTestSupport.instanceOf(runtime, businessKey, "12").getId();
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ASSIGN, Map.of("assignments",
                SpinValues.jsonValue("[{\"unitCode\":\"107\",\"role\":\"CHU_TRI\",\"task\":\"" + provinceTask
                        + "\",\"reportDeadline\":\"" + districtDeadline + "\"}]").create()));
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of("implementingNumber", "2345/UBND-VX", "implementingDate", today));
        CascadeTestSupport.executeJobs(management);
        String district = CascadeTestSupport.instanceOf(runtime, businessKey, "107").getId();
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ASSIGN, Map.of("assignments",
                SpinValues.jsonValue("[{\"unitCode\":\"03433\",\"role\":\"CHU_TRI\",\"task\":\"" + districtTask
                        + "\",\"reportDeadline\":\"" + communeDeadline + "\"}]").create()));
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of("implementingNumber", "512/UBND-VX", "implementingDate", today));
        CascadeTestSupport.executeJobs(management);
    }
}
