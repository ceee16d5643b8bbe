package cn.taxprocurement.report;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Logs who downloaded which report, before the file goes out: the data-access log of DESIGN.md. */
@ApplicationScoped
class ReportDownloads {
    @Inject
    AuditLog audit;

    @Transactional
    void record(Actor actor, String report, String summary) {
        audit.record(actor, AuditAction.REPORT_DOWNLOADED, "Report", report, summary);
    }
}
