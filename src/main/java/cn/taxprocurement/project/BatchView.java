package cn.taxprocurement.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A batch as the API shows it; {@code projects} is null where only the batch itself is answered, {@code projectCount}
 * where its members are listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(long id, String name, int year, List<Member> projects, Long projectCount) {

    /** One project of the batch, with its bid deadline once published. */
    public record Member(long id, String code, String title, ProjectStatus status, OffsetDateTime bidDeadline) {}

    static BatchView of(Batch batch, List<Project> projects) {
        return new BatchView(
                batch.id,
                batch.name,
                batch.year,
                projects == null
                        ? null
                        : projects.stream()
                                .map(p -> new Member(
                                        p.id,
                                        p.code,
                                        p.title,
                                        p.status,
                                        p.bidDeadline == null ? null : p.bidDeadline.atOffset(ZoneOffset.UTC)))
                                .toList(),
                null);
    }

    static BatchView counted(Batch batch, long projectCount) {
        return new BatchView(batch.id, batch.name, batch.year, null, projectCount);
    }
}
