package cn.taxprocurement.web;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeView;
import cn.taxprocurement.report.SavingsReport;
import cn.taxprocurement.report.SavingsReportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The home page: what the service is, where each kind of user starts, the latest notices for visitors, and for managers
 * the savings dashboard.
 */
@Path("/")
@PermitAll
public class HomePage {
    private static final int DASHBOARD_YEARS = 10;
    private static final PageRequest LATEST_NOTICES = PageRequest.of(0, 8);

    @Inject
    Viewer viewer;

    @Inject
    SavingsReportService savings;

    @Inject
    NoticeBoard board;

    /** The manager's dashboard: the latest year's headline figures and savings rates by year and by category. */
    public record Dashboard(SavingsReport latest, BarChart byYear, BarChart byCategory) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Dashboard dashboard, List<NoticeView> notices);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(
                viewer.manager() ? dashboard() : null,
                viewer.signedIn()
                        ? List.of()
                        : board.search(null, null, null, LATEST_NOTICES).items());
    }

    private Dashboard dashboard() {
        List<Integer> years = savings.years();
        List<SavingsReport> reports = years.subList(Math.max(0, years.size() - DASHBOARD_YEARS), years.size()).stream()
                .map(savings::savings)
                .toList();
        if (reports.isEmpty()) {
            return new Dashboard(null, BarChart.of(List.of()), BarChart.of(List.of()));
        }
        SavingsReport latest = reports.get(reports.size() - 1);
        BarChart byYear = BarChart.of(reports.stream()
                .map(r -> new BarChart.Entry(String.valueOf(r.year()), r.savingsRate()))
                .toList());
        BarChart byCategory = BarChart.of(latest.byCategory().stream()
                .map(c -> new BarChart.Entry(c.categoryName(), c.savingsRate()))
                .toList());
        return new Dashboard(latest, byYear, byCategory);
    }
}
