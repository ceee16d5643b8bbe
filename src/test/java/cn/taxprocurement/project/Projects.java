package cn.taxprocurement.project;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Projects made straight through the service by an officer other than the test's, so that the test's officer may award them. */
final class Projects {
    static final Actor CREATOR = new Actor("officer-creator", "officer-creator", Roles.OFFICER, null);
    static final Actor OPENER = new Actor("officer-opener", "officer-opener", Roles.OFFICER, null);

    private Projects() {}

    /** A tender whose bids were placed before its deadline, which has now passed. */
    record Tender(ProjectView project, List<Long> vendorIds, List<Long> bidIds) {
        long id() {
            return project.id();
        }
    }

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

    /** A published open tender ranked by lowest price whose deadline is {@code open} away. */
    static ProjectView aPublished(ProjectService service, int year, String budget, Duration open) {
        ProjectView draft = aDraft(service, year, budget);
        return service.publish(
                CREATOR, draft.id(), new PublishProject(OffsetDateTime.now().plus(open)));
    }

    /** ACTIVE vendors, each bound to a fresh subject; returns their ids. */
    static List<Long> activeVendors(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Vendors.anActiveVendor(bidder(i)));
        }
        return ids;
    }

    /**
     * An open tender ranked by {@code command}'s evaluation, with one bid per amount, each by its own ACTIVE vendor in
     * that order, and whose deadline has passed; the bids are not opened yet.
     */
    static Tender aClosedTender(ProjectService service, CreateProject command, String... amounts) {
        List<String> subjects = new ArrayList<>();
        List<Long> vendorIds = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            String subject = bidder(i);
            subjects.add(subject);
            vendorIds.add(Vendors.anActiveVendor(subject));
        }
        ProjectView draft = service.create(CREATOR, command);
        ProjectView published = service.publish(
                CREATOR, draft.id(), new PublishProject(OffsetDateTime.now().plusHours(1)));
        List<Long> bidIds = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            Actor vendor = new Actor(subjects.get(i), subjects.get(i), Roles.VENDOR, null);
            bidIds.add(service.placeBid(vendor, published.id(), new PlaceBid(new BigDecimal(amounts[i])))
                    .id());
        }
        deadlinePassesNow(published.id());
        return new Tender(service.get(published.id()), vendorIds, bidIds);
    }

    /** As {@link #aClosedTender(ProjectService, CreateProject, String...)} for a lowest-price open tender of {@code budget}. */
    static Tender aClosedTender(ProjectService service, int year, String budget, String... amounts) {
        return aClosedTender(
                service,
                new CreateProject(
                        year + "年服务器采购",
                        year,
                        "A02010103",
                        ProcurementMethod.OPEN_TENDER,
                        new BigDecimal(budget),
                        null),
                amounts);
    }

    /** As {@link #aClosedTender(ProjectService, int, String, String...)}, with the bids opened by another officer. */
    static Tender anOpenedTender(ProjectService service, int year, String budget, String... amounts) {
        Tender tender = aClosedTender(service, year, budget, amounts);
        service.openBids(OPENER, tender.id());
        return tender;
    }

    /**
     * Brings the deadline forward to now, after every bid was placed, as time passing would: however slow the machine,
     * the bids are in before it and bidding is closed after it.
     */
    static void deadlinePassesNow(long projectId) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container()
                .instance(EntityManager.class)
                .get()
                .createQuery("UPDATE Project p SET p.bidDeadline = :now WHERE p.id = :id")
                .setParameter("now", Instant.now())
                .setParameter("id", projectId)
                .executeUpdate());
    }

    private static String bidder(int i) {
        return "bidder-" + i + "-" + UUID.randomUUID();
    }
}
