package vn.directive.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The document_file table: the files of a registered directive ({@code unitCode} null), of the implementing
 * document each unit issued ({@code unitCode} = that unit, {@link Kind#DOCUMENT}) and of each unit's report
 * ({@link Kind#REPORT}, V45). Listing never reads the content.
 */
@Repository
public class DocumentFiles {

    /** What a file belongs to: the document (registered or implementing) or the unit's report. */
    public enum Kind { DOCUMENT, REPORT }

    /** A stored file without its bytes; {@code unitCode} null for the registered directive's own files. */
    public record StoredFile(String id, String directiveId, String unitCode, String name, String contentType, long size,
                             Instant uploadedAt, String uploadedBy, Kind kind) {
    }

    /** A file with its bytes, for a download. */
    public record Content(StoredFile file, byte[] bytes) {
    }

    private static final String COLUMNS = "id, directive_id, unit_code, name, content_type, size, uploaded_at, uploaded_by, kind";

    private static final RowMapper<StoredFile> MAPPER = (rs, i) -> new StoredFile(rs.getString("id"),
            rs.getString("directive_id"), rs.getString("unit_code"), rs.getString("name"), rs.getString("content_type"),
            rs.getLong("size"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
            Kind.valueOf(rs.getString("kind")));

    private final JdbcTemplate jdbc;

    public DocumentFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile f, byte[] content) {
        jdbc.update("insert into document_file (id, directive_id, unit_code, name, content_type, size, content, "
                        + "uploaded_at, uploaded_by, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, f.id());
                    ps.setString(2, f.directiveId());
                    ps.setString(3, f.unitCode());
                    ps.setString(4, f.name());
                    ps.setString(5, f.contentType());
                    ps.setLong(6, f.size());
                    ps.setBytes(7, content);
                    ps.setTimestamp(8, Timestamp.from(f.uploadedAt()));
                    ps.setString(9, f.uploadedBy());
                    ps.setString(10, f.kind().name());
                });
    }

    /** The registered directive's own files ({@code unitCode} null) or unit {@code unitCode}'s document's, oldest first. */
    public List<StoredFile> list(String directiveId, String unitCode) {
        return unitCode == null
                ? jdbc.query("select " + COLUMNS + " from document_file where directive_id = ? and unit_code is null "
                        + "order by uploaded_at, id", MAPPER, directiveId)
                : list(directiveId, unitCode, Kind.DOCUMENT);
    }

    /** Unit {@code unitCode}'s files of one kind, oldest first. */
    public List<StoredFile> list(String directiveId, String unitCode, Kind kind) {
        return jdbc.query("select " + COLUMNS + " from document_file where directive_id = ? and unit_code = ? and kind = ? "
                + "order by uploaded_at, id", MAPPER, directiveId, unitCode, kind.name());
    }

    /** Every file of the directive, the directive's own and every unit's, oldest first. */
    public List<StoredFile> all(String directiveId) {
        return jdbc.query("select " + COLUMNS + " from document_file where directive_id = ? order by uploaded_at, id",
                MAPPER, directiveId);
    }

    public Optional<Content> content(String directiveId, String fileId) {
        return jdbc.query("select " + COLUMNS + ", content from document_file where directive_id = ? and id = ?",
                (rs, i) -> new Content(MAPPER.mapRow(rs, i), rs.getBytes("content")), directiveId, fileId)
                .stream().findFirst();
    }

    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from document_file", Integer.class);
        return n == null ? 0 : n;
    }
}
