package cn.taxprocurement.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A batch as the API shows it; {@code projects} is null where only the batch itself is answered, {@code projectCount}
 * where its members are listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(long id, String name, int year, List<Member> projects, Long projectCount) {

    /** One project of the batch. */
    public record Member(long id, String code, ProjectStatus status) {}

    static BatchView of(Batch batch, List<Project> projects) {
        return new BatchView(
                batch.id,
                batch.name,
                batch.year,
                projects == null
                        ? null
                        : projects.stream()
                                .map(p -> new Member(p.id, p.code, p.status))
                                .toList(),
                null);
    }

    static BatchView counted(Batch batch, long projectCount) {
        return new BatchView(batch.id, batch.name, batch.year, null, projectCount);
    }
}
