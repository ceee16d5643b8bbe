package cn.taxprocurement.project;

import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import java.math.BigDecimal;

/** Projects made straight through the service by an officer other than the test's, so that the test's officer may award them. */
final class Projects {
    static final Actor CREATOR = new Actor("officer-creator", "officer-creator", Roles.OFFICER, null);

    private Projects() {}

    static ProjectView aDraft(ProjectService service, int year, String budget) {
        return aDraft(service, year, "A02010104", ProcurementMethod.OPEN_TENDER, budget, null);
    }

    static ProjectView aDraft(
            ProjectService service,
            int year,
            String categoryCode,
            ProcurementMethod method,
            String budget,
            Long batchId) {
        return service.create(
                CREATOR,
                new CreateProject(year + "年台式计算机采购", year, categoryCode, method, new BigDecimal(budget), batchId));
    }
}
