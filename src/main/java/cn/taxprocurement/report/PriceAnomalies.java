package cn.taxprocurement.report;

import cn.taxprocurement.catalog.FlaggedPrices;
import cn.taxprocurement.catalog.PriceCheck;
import cn.taxprocurement.lib.reports.CatalogPriceAnomalyRow;
import cn.taxprocurement.lib.reports.CatalogProductRow;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A year's flagged listings for 价格异常, kept from 产品明细 as its listings stream past, so that the product table is
 * read once: the prices are checked just before the first listing is read, each flagged listing is kept as it is
 * read, and the sheet is written from what was kept once every listing has been read.
 */
final class PriceAnomalies {
    private final Supplier<FlaggedPrices> check;
    private final List<Kept> kept = new ArrayList<>();
    // One copy of each category code and brand among the kept listings: a year has few of either.
    private final Map<String, String> shared = new HashMap<>();
    private FlaggedPrices flagged;
    private boolean allRead;

    /** {@code check} finds the year's flagged prices, in the transaction the listings are read in. */
    PriceAnomalies(Supplier<FlaggedPrices> check) {
        this.check = check;
    }

    /**
     * The year's listings, the prices checked before the first one is read. What the workbook wrote so far is flushed
     * first, so that the download is under way while the prices are checked.
     */
    Iterator<CatalogProductRow> checkedBefore(Iterator<CatalogProductRow> listings, Flushable written) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (flagged == null) {
                    flush(written);
                    flagged = check.get();
                }
                allRead = !listings.hasNext();
                return !allRead;
            }

            @Override
            public CatalogProductRow next() {
                return listings.next();
            }
        };
    }

    /** Keeps the listing of that id, as it is read, when its price is flagged. */
    void read(long listingId, CatalogProductRow listing) {
        if (flagged.flagged(listingId)) {
            kept.add(new Kept(
                    listingId,
                    listing.vendorName(),
                    shared(listing.categoryCode()),
                    listing.categoryName(),
                    shared(listing.brand()),
                    listing.model(),
                    listing.unitPrice().movePointRight(2).longValueExact()));
        }
    }

    /** The flagged listings in the order read, with their checks; only once every listing has been read. */
    Iterator<CatalogPriceAnomalyRow> rows() {
        return new Iterator<>() {
            private Iterator<Kept> listings;

            @Override
            public boolean hasNext() {
                if (listings == null) {
                    if (!allRead) {
                        throw new IllegalStateException("价格异常须在产品明细读完之后写出");
                    }
                    listings = kept.iterator();
                }
                return listings.hasNext();
            }

            @Override
            public CatalogPriceAnomalyRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Kept listing = listings.next();
                PriceCheck check = flagged.of(listing.id());
                return new CatalogPriceAnomalyRow(
                        listing.vendorName(),
                        listing.categoryCode(),
                        listing.categoryName(),
                        listing.brand(),
                        listing.model(),
                        BigDecimal.valueOf(listing.unitPriceCents(), 2),
                        check.peerCount(),
                        check.peerMedian(),
                        check.ratio());
            }
        };
    }

    private String shared(String text) {
        return text == null ? null : shared.computeIfAbsent(text, same -> same);
    }

    private static void flush(Flushable written) {
        try {
            written.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What 价格异常 shows of a flagged listing besides its check, its price in cents: many may be kept. */
    private record Kept(
            long id,
            String vendorName,
            String categoryCode,
            String categoryName,
            String brand,
            String model,
            long unitPriceCents) {}
}
