package nl.verbinder.service.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.Reason;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.FactorCount;
import nl.verbinder.domain.insight.GiveAskMonth;
import nl.verbinder.domain.insight.MapLabels;
import nl.verbinder.domain.insight.MapLink;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapSector;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.domain.insight.MomentsPerMonth;
import nl.verbinder.domain.insight.MonthSeries;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionTexts;
import nl.verbinder.service.insight.PdfCanvas.Rgb;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws the quarterly report with PDFBox: page 1 the figures and the attention list, page 2
 * the charts, page 3 the network map. Everything is vector graphics and embedded DejaVu Sans
 * text, so it prints sharp and accents come out right; no JavaFX is needed.
 */
final class ReportWriter {

    private static final int PAGES = 3;
    private static final float LEFT = PdfCanvas.MARGIN;
    private static final float RIGHT = PdfCanvas.WIDTH - PdfCanvas.MARGIN;
    private static final float CONTENT = RIGHT - LEFT;
    private static final float BOTTOM = PdfCanvas.HEIGHT - PdfCanvas.MARGIN;

    /** One bar segment or legend entry. */
    private record Part(String label, int colour, int value) {
    }

    /** One row of a horizontal bar chart. */
    private record Row(String label, List<Part> parts, String note) {
        int total() {
            return parts.stream().mapToInt(Part::value).sum();
        }
    }

    private final Messages m;

    ReportWriter(Messages messages) {
        this.m = messages;
    }

    /** Writes the report as PDF to {@code out}; returns the number of pages. */
    int write(QuarterlyReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas.Fonts fonts = PdfCanvas.Fonts.load(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(m.get("insights.report.title") + " " + quarterName(report) + " – " + practiceName(report));
            info.setCreator("Verbinder");
            try (PdfCanvas page = new PdfCanvas(document, fonts)) {
                float top = header(page, report, 1);
                top = figures(page, report.figures(), report.previous(), top);
                attention(page, report, top);
            }
            try (PdfCanvas page = new PdfCanvas(document, fonts)) {
                charts(page, report, header(page, report, 2));
            }
            try (PdfCanvas page = new PdfCanvas(document, fonts)) {
                map(page, report, header(page, report, 3));
            }
            if (!report.networks().isEmpty()) {
                try (PdfCanvas page = new PdfCanvas(document, fonts)) {
                    networks(page, report, header(page, report, 4));
                }
            }
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    // ----- header, footer -----

    private String practiceName(QuarterlyReport report) {
        return report.practiceName();
    }

    private String quarterName(QuarterlyReport report) {
        return m.get("insights.quarter.name", report.quarter().number(), report.quarter().year());
    }

    /** The page's title block and footer; returns where the content starts. */
    private float header(PdfCanvas page, QuarterlyReport report, int number) {
        PDType0Font bold = page.fonts.bold;
        PDType0Font regular = page.fonts.regular;
        float top = PdfCanvas.MARGIN;
        if (number == 1) {
            page.text(m.get("insights.report.title") + " · " + quarterName(report), LEFT, top + 12, regular, 12,
                    PdfCanvas.GREY, CONTENT);
            top += 20;
            top = page.paragraph(practiceName(report), LEFT, top, CONTENT, bold, 20, PdfCanvas.BLACK, 2);
            String period = report.until().equals(report.quarter().end())
                    ? m.get("insights.report.period", m.date(report.quarter().start()), m.date(report.quarter().end()))
                    : m.get("insights.report.period-running", m.date(report.quarter().start()), m.date(report.until()));
            page.text(period, LEFT, top + 12, regular, 11, PdfCanvas.BLACK, CONTENT);
            top += 22;
        } else {
            page.text(practiceName(report), LEFT, top + 10, bold, 10, PdfCanvas.BLACK, CONTENT * 0.46f);
            page.textRight(m.get("insights.report.title") + " · " + quarterName(report), RIGHT, top + 10, regular, 10,
                    PdfCanvas.GREY, CONTENT * 0.52f);
            top += 18;
        }
        page.line(LEFT, top, RIGHT, top, PdfCanvas.LIGHT, 0.8f);
        page.text(m.get("insights.report.made", m.date(report.made())), LEFT, BOTTOM + 20, regular, 8, PdfCanvas.GREY,
                CONTENT * 0.7f);
        page.textRight(m.get("insights.report.page", number, pages(report)), RIGHT, BOTTOM + 20, regular, 8, PdfCanvas.GREY,
                CONTENT * 0.25f);
        return top + 14;
    }

    /** Three pages, and a fourth for the networks when the practice takes part in any. */
    private static int pages(QuarterlyReport report) {
        return report.networks().isEmpty() ? PAGES : PAGES + 1;
    }

    private float heading(PdfCanvas page, String text, float top) {
        page.text(text, LEFT, top + 13, page.fonts.bold, 13, PdfCanvas.BLACK, CONTENT);
        return top + 22;
    }

    // ----- page 1 -----

    private float figures(PdfCanvas page, QuarterFigures f, QuarterFigures before, float top) {
        top = heading(page, m.get("insights.report.figures"), top);
        List<Part> figures = List.of(
                new Part(m.get("insights.figure.active-partners"), 0x4C78A8, f.activePartners()),
                new Part(m.get("insights.figure.new-partners"), 0x72B7B2, f.newPartners()),
                new Part(m.get("insights.figure.moments"), 0xF58518, f.contactMoments()),
                new Part(m.get("insights.figure.follow-ups-done"), 0x54A24B, f.followUpsDone()),
                new Part(m.get("insights.figure.follow-ups-overdue"), ChartPalette.MISSING, f.followUpsOverdue()),
                new Part(m.get("insights.figure.goals-achieved"), 0xB279A2, f.goalsAchieved()));
        int[] previous = before == null ? null : new int[] {before.activePartners(), before.newPartners(),
                before.contactMoments(), before.followUpsDone(), before.followUpsOverdue(), before.goalsAchieved()};
        float gap = 10;
        float w = (CONTENT - 2 * gap) / 3;
        float h = 62;
        for (int i = 0; i < figures.size(); i++) {
            Part figure = figures.get(i);
            float x = LEFT + (i % 3) * (w + gap);
            float y = top + (i / 3) * (h + gap);
            page.rect(x, y, w, h, PdfCanvas.FAINT);
            page.rect(x, y, 4, h, Rgb.hex(figure.colour()));
            String value = m.get("insights.figure.value", figure.value());
            page.text(value, x + 14, y + 30, page.fonts.bold, 22, PdfCanvas.BLACK, w - 20);
            page.paragraph(figure.label(), x + 14, y + 36, w - 20, page.fonts.regular, 9, PdfCanvas.GREY, 2);
            if (previous != null) {
                // the quarter before, beside the figure: "+3 tegenover 12 in het 3e kwartaal 2026"
                float after = x + 14 + page.width(value, page.fonts.bold, 22) + 8;
                page.paragraph(comparison(figure.value(), previous[i], before.quarter()), after, y + 12,
                        x + w - 6 - after, page.fonts.regular, 7.5f, PdfCanvas.GREY, 2);
            }
        }
        return top + 2 * h + gap + 22;
    }

    /** "+3 tegenover 12 in het 3e kwartaal 2026", "gelijk aan ...", "-2 tegenover ...". */
    private String comparison(int now, int before, nl.verbinder.domain.insight.Quarter quarter) {
        String name = m.get("insights.quarter.name", quarter.number(), quarter.year());
        if (now == before) {
            return m.get("insights.report.compare.same", before, name);
        }
        String change = (now > before ? "+" : "\u2212") + m.get("insights.figure.value", Math.abs(now - before));
        return m.get("insights.report.compare", change, before, name);
    }

    private void attention(PdfCanvas page, QuarterlyReport report, float top) {
        top = heading(page, m.get("insights.report.attention", m.date(report.until())), top);
        if (report.attention().isEmpty()) {
            page.paragraph(m.get("insights.report.attention-none", m.date(report.until())), LEFT, top, CONTENT,
                    page.fonts.regular, 10, PdfCanvas.GREY, 2);
            return;
        }
        top = page.paragraph(m.count("insights.report.attention-count", report.attentionTotal()), LEFT, top, CONTENT, page.fonts.regular, 9, PdfCanvas.GREY, 2) + 4;
        top = stateLegend(page, top, List.of(MapState.URGENT, MapState.ATTENTION)) + 4;
        int rank = 1;
        for (AttentionItem item : report.attention()) {
            List<String> reasons = new ArrayList<>();
            for (Reason reason : item.reasons()) {
                reasons.add(AttentionTexts.sentence(m, reason));
            }
            float needed = 14 + 2 * 11.7f + 6;
            if (top + needed > BOTTOM - 14) {
                page.text(m.count("insights.report.attention-more", report.attentionTotal() - rank + 1), LEFT, top + 9,
                        page.fonts.regular, 9, PdfCanvas.GREY, CONTENT);
                return;
            }
            MapState state = MapState.of(item, report.until());
            page.circle(LEFT + 5, top + 6, 4, Rgb.hex(ChartPalette.state(state)), null, 0);
            String title = rank + ". " + item.partnerName();
            float titleWidth = Math.min(page.width(title, page.fonts.bold, 10), CONTENT * 0.7f);
            page.text(title, LEFT + 14, top + 10, page.fonts.bold, 10, PdfCanvas.BLACK, CONTENT * 0.7f);
            String meta = m.get(item.category().labelKey())
                    + (item.ownerName() == null ? "" : " · " + item.ownerName());
            page.text(meta, LEFT + 14 + titleWidth + 8, top + 10, page.fonts.regular, 9, PdfCanvas.GREY,
                    CONTENT - 22 - titleWidth);
            top = page.paragraph(String.join("; ", reasons), LEFT + 14, top + 14, CONTENT - 14, page.fonts.regular, 9,
                    PdfCanvas.BLACK, 2) + 6;
            rank++;
        }
        if (report.attentionTotal() >= rank) {
            page.text(m.count("insights.report.attention-more", report.attentionTotal() - rank + 1), LEFT, top + 9,
                    page.fonts.regular, 9, PdfCanvas.GREY, CONTENT);
        }
    }

    /** What the coloured dots mean, on one line: a dot and the state's name for each. Returns the bottom. */
    private float stateLegend(PdfCanvas page, float top, List<MapState> states) {
        float lx = LEFT;
        for (MapState state : states) {
            String label = m.get("insights.state." + state.code());
            float w = page.width(label, page.fonts.regular, 8) + 24;
            page.circle(lx + 4, top + 5, 3.5f, Rgb.hex(ChartPalette.state(state)), null, 0);
            page.text(label, lx + 11, top + 8, page.fonts.regular, 8, PdfCanvas.GREY, w - 11);
            lx += w;
        }
        return top + 11;
    }

    // ----- page 4: the networks the practice takes part in -----

    private void networks(PdfCanvas page, QuarterlyReport report, float top) {
        top = heading(page, m.get("networks.report.title", m.date(report.until())), top);
        top = page.paragraph(m.get("networks.report.intro"), LEFT, top, CONTENT, page.fonts.regular, 9,
                PdfCanvas.GREY, 3) + 6;
        for (QuarterlyReport.ReportNetwork rn : report.networks()) {
            nl.verbinder.domain.networks.PracticeNetwork n = rn.network();
            if (top + 60 > BOTTOM - 14) {
                page.text(m.get("networks.report.more"), LEFT, top + 9, page.fonts.regular, 9, PdfCanvas.GREY, CONTENT);
                return;
            }
            page.text(n.name(), LEFT, top + 10, page.fonts.bold, 11, PdfCanvas.BLACK, CONTENT);
            top += 14;
            String facts = String.join(" · ", m.get(n.kind().labelKey()), m.get(n.phase().labelKey()),
                    m.get("networks.detail.role", m.get(n.ourRole().labelKey())));
            top = page.paragraph(facts, LEFT, top, CONTENT, page.fonts.regular, 9, PdfCanvas.GREY, 2);
            String review;
            if (rn.reviews().isEmpty()) {
                review = m.get("networks.report.no-review");
            } else {
                nl.verbinder.domain.networks.MaturityChange change =
                        nl.verbinder.domain.networks.MaturityChange.of(rn.reviews());
                nl.verbinder.domain.networks.NetworkReview latest = change.latest();
                review = change.previous() == null
                        ? m.get("networks.report.review", m.date(latest.reviewedOn()), latest.average(),
                                m.get(latest.decision().labelKey()))
                        : m.get("networks.report.review-previous", m.date(latest.reviewedOn()), latest.average(),
                                m.get(latest.decision().labelKey()), change.previous().average());
            }
            top = page.paragraph(review, LEFT, top, CONTENT, page.fonts.regular, 9, PdfCanvas.BLACK, 2);
            if (rn.attention() != null) {
                List<String> reasons = rn.attention().reasons().stream().map(r -> AttentionTexts.sentence(m, r))
                        .toList();
                top = page.paragraph(m.get("networks.report.attention", String.join("; ", reasons)), LEFT, top,
                        CONTENT, page.fonts.regular, 9, Rgb.hex(ChartPalette.state(MapState.URGENT)), 3);
            }
            top += 10;
        }
    }

    // ----- page 2: charts -----

    private void charts(PdfCanvas page, QuarterlyReport report, float top) {
        top = heading(page, m.get("insights.report.charts"), top);
        MomentsPerMonth moments = report.charts().byKind();
        List<String> months = new ArrayList<>();
        for (YearMonth month : moments.months()) {
            months.add(MonthNames.shortMonth(month, m.locale()) + " " + String.valueOf(month.getYear()).substring(2));
        }
        List<List<Part>> stacks = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            List<Part> stack = new ArrayList<>();
            int s = 0;
            for (MonthSeries series : moments.series()) {
                stack.add(new Part(m.get(series.kind().labelKey()), ChartPalette.series(s++), series.counts().get(i)));
            }
            stacks.add(stack);
        }
        Set<Integer> inQuarter = new HashSet<>();
        for (int i = 0; i < moments.months().size(); i++) {
            if (report.quarter().contains(moments.months().get(i).atDay(1))) {
                inQuarter.add(i);
            }
        }
        String quarterName = quarterName(report);
        top = columns(page, m.get("insights.chart.moments") + " " + m.get("insights.chart.by-kind"), top, 170,
                months, stacks, false, inQuarter, quarterName) + 16;

        List<List<Part>> giveAsk = new ArrayList<>();
        for (GiveAskMonth month : report.charts().giveAndAsk()) {
            giveAsk.add(List.of(new Part(m.get("insights.chart.offered"), ChartPalette.OFFERED, month.offered()),
                    new Part(m.get("insights.chart.asked"), ChartPalette.ASKED, month.asked())));
        }
        top = columns(page, m.get("insights.chart.give-ask"), top, 140, months, giveAsk, true, inQuarter, quarterName)
                + 16;

        float half = (CONTENT - 20) / 2;
        float rowsTop = top;
        bars(page, m.get("insights.chart.partners"), LEFT, rowsTop, half, BOTTOM - rowsTop - 10, partnerRows(report),
                statusLegend());
        float right = LEFT + half + 20;
        List<Row> goals = new ArrayList<>();
        for (GoalStatus status : GoalStatus.values()) {
            int count = report.charts().goals().getOrDefault(status, 0);
            goals.add(new Row(m.get(status.labelKey()), List.of(new Part("", ChartPalette.goal(status), count)), null));
        }
        float goalsBottom = bars(page, m.get("insights.chart.goals"), right, rowsTop, half, 150, goals, List.of());
        List<Row> factors = new ArrayList<>();
        for (FactorCount factor : report.charts().factors()) {
            factors.add(new Row(m.get(factor.factor().labelKey()),
                    List.of(new Part("", ChartPalette.BAR, factor.notes())),
                    factor.missing() ? m.get("insights.chart.factor-missing") : null));
        }
        bars(page, m.get("insights.chart.factors"), right, goalsBottom + 14, half, BOTTOM - goalsBottom - 24, factors,
                List.of());
    }

    private List<Row> partnerRows(QuarterlyReport report) {
        Map<Category, Map<PartnerStatus, Integer>> byCategory = new LinkedHashMap<>();
        for (CategoryStatusCount c : report.charts().partners()) {
            byCategory.computeIfAbsent(c.category(), k -> new EnumMap<>(PartnerStatus.class)).put(c.status(), c.count());
        }
        List<Row> rows = new ArrayList<>();
        byCategory.forEach((category, counts) -> {
            List<Part> parts = new ArrayList<>();
            for (PartnerStatus status : PartnerStatus.values()) {
                parts.add(new Part(m.get(status.labelKey()), ChartPalette.status(status), counts.getOrDefault(status, 0)));
            }
            rows.add(new Row(m.get(category.labelKey()), parts, null));
        });
        return rows;
    }

    private List<Part> statusLegend() {
        List<Part> legend = new ArrayList<>();
        for (PartnerStatus status : PartnerStatus.values()) {
            legend.add(new Part(m.get(status.labelKey()), ChartPalette.status(status), 0));
        }
        return legend;
    }

    /**
     * A column chart over the months: stacked, or side by side when {@code grouped}. Title and
     * legend above, a light grid with the scale on the left. Returns the bottom.
     */
    private float columns(PdfCanvas page, String title, float top, float height, List<String> labels,
                          List<List<Part>> stacks, boolean grouped, Set<Integer> marked, String markName) {
        page.text(title, LEFT, top + 10, page.fonts.bold, 10, PdfCanvas.BLACK, CONTENT);
        float legendTop = top + 16;
        List<Part> legend = stacks.isEmpty() ? List.of() : stacks.getFirst();
        float lx = LEFT;
        for (Part p : legend) {
            float w = page.width(p.label(), page.fonts.regular, 8) + 22;
            if (lx + w > RIGHT) {
                break;
            }
            page.rect(lx, legendTop + 2, 8, 8, Rgb.hex(p.colour()));
            page.text(p.label(), lx + 11, legendTop + 9, page.fonts.regular, 8, PdfCanvas.GREY, w - 11);
            lx += w;
        }
        float plotTop = legendTop + 18;
        float plotBottom = top + height - 12;
        float axis = LEFT + 24;
        int max = 0;
        for (List<Part> stack : stacks) {
            int value = grouped ? stack.stream().mapToInt(Part::value).max().orElse(0)
                    : stack.stream().mapToInt(Part::value).sum();
            max = Math.max(max, value);
        }
        if (max == 0) {
            page.text(m.get("insights.chart.empty"), axis, (plotTop + plotBottom) / 2, page.fonts.regular, 9,
                    PdfCanvas.GREY, CONTENT - 24);
            return top + height;
        }
        int scale = niceCeiling(max);
        for (int i = 0; i <= 4; i++) {
            float y = plotBottom - (plotBottom - plotTop) * i / 4f;
            page.line(axis, y, RIGHT, y, i == 0 ? PdfCanvas.GREY : PdfCanvas.LIGHT, 0.5f);
            page.textRight(m.get("insights.figure.value", scale * i / 4), axis - 4, y + 3, page.fonts.regular, 7,
                    PdfCanvas.GREY, 20);
        }
        float slot = (RIGHT - axis) / stacks.size();
        float barWidth = slot * 0.64f;
        if (!marked.isEmpty()) {
            // the report's quarter, shaded behind its months and named above them
            int first = Collections.min(marked);
            int last = Collections.max(marked);
            float from = axis + slot * first;
            float width = slot * (last - first + 1);
            page.rect(from, plotTop - 2, width, plotBottom - plotTop + 2, Rgb.hex(0xeef3fb));
            page.textCentred(markName, from + width / 2, plotTop - 4, page.fonts.bold, 7, PdfCanvas.GREY, width);
        }
        for (int i = 0; i < stacks.size(); i++) {
            float x = axis + slot * i + (slot - barWidth) / 2;
            float base = plotBottom;
            List<Part> stack = stacks.get(i);
            float each = grouped ? barWidth / stack.size() : barWidth;
            for (int j = 0; j < stack.size(); j++) {
                Part p = stack.get(j);
                float h = (plotBottom - plotTop) * p.value() / scale;
                if (grouped) {
                    page.rect(x + j * each, plotBottom - h, each - 1, h, Rgb.hex(p.colour()));
                } else {
                    page.rect(x, base - h, barWidth, h, Rgb.hex(p.colour()));
                    base -= h;
                }
            }
            page.textCentred(labels.get(i), axis + slot * i + slot / 2, plotBottom + 9, page.fonts.regular, 7,
                    PdfCanvas.GREY, slot);
        }
        return top + height;
    }

    /** A horizontal bar chart, one row per label, stacked parts; a row's note (in red) after its bar. Returns the bottom. */
    private float bars(PdfCanvas page, String title, float x, float top, float width, float maxHeight, List<Row> rows,
                       List<Part> legend) {
        page.text(title, x, top + 10, page.fonts.bold, 10, PdfCanvas.BLACK, width);
        float y = top + 18;
        if (!legend.isEmpty()) {
            float lx = x;
            for (Part p : legend) {
                float w = page.width(p.label(), page.fonts.regular, 8) + 20;
                page.rect(lx, y + 1, 8, 8, Rgb.hex(p.colour()));
                page.text(p.label(), lx + 11, y + 8, page.fonts.regular, 8, PdfCanvas.GREY, w - 11);
                lx += w;
            }
            y += 14;
        }
        int max = rows.stream().mapToInt(Row::total).max().orElse(0);
        if (rows.isEmpty() || max == 0) {
            page.text(m.get("insights.chart.empty"), x, y + 10, page.fonts.regular, 9, PdfCanvas.GREY, width);
            return y + 16;
        }
        float rowHeight = Math.min(16, (top + maxHeight - y) / rows.size());
        float size = Math.min(8, rowHeight * 0.62f);
        // the labels as wide as the widest needs, up to 60% of the chart ("Zorg- en welzijnsvoorzieningen" whole)
        float widest = 0;
        for (Row row : rows) {
            widest = Math.max(widest, page.width(row.label(), page.fonts.regular, size));
        }
        float labelWidth = Math.min(width * 0.6f, Math.max(width * 0.38f, widest + 2));
        float barLeft = x + labelWidth + 6;
        float barSpace = width - labelWidth - 6 - 52;
        for (Row row : rows) {
            page.text(row.label(), x, y + rowHeight * 0.5f + size * 0.35f, page.fonts.regular, size, PdfCanvas.BLACK,
                    labelWidth);
            float bx = barLeft;
            for (Part p : row.parts()) {
                float w = barSpace * p.value() / max;
                page.rect(bx, y + rowHeight * 0.15f, w, rowHeight * 0.7f, Rgb.hex(p.colour()));
                bx += w;
            }
            String value = m.get("insights.figure.value", row.total());
            page.text(value, bx + 3, y + rowHeight * 0.5f + size * 0.35f, page.fonts.regular, size, PdfCanvas.GREY, 20);
            if (row.note() != null) {
                float after = bx + 3 + page.width(value, page.fonts.regular, size) + 4;
                page.text(row.note(), after, y + rowHeight * 0.5f + size * 0.35f, page.fonts.bold, size,
                        Rgb.hex(ChartPalette.MISSING), x + width - after);
            }
            y += rowHeight;
        }
        return y;
    }

    /** A scale for the value axis: four equal steps of 1, 2, 3, 4, 5, 6 or 8 × 10^n that reach {@code value}. */
    static int niceCeiling(int value) {
        int quarter = Math.max(1, (value + 3) / 4);
        for (int step = 1; ; step *= 10) {
            for (int f : new int[] {1, 2, 3, 4, 5, 6, 8, 10}) {
                if (f * step >= quarter) {
                    return 4 * f * step;
                }
            }
        }
    }

    // ----- page 3: the network map -----

    private void map(PdfCanvas page, QuarterlyReport report, float top) {
        NetworkMap map = report.map();
        top = heading(page, m.get("insights.report.map", m.date(report.until())), top);
        top = page.paragraph(m.get("insights.report.map-note"), LEFT, top, CONTENT, page.fonts.regular, 9,
                PdfCanvas.GREY, 3) + 6;
        float legendTop = top;
        float lx = LEFT;
        Map<MapState, Integer> counts = map.countsByState();
        for (MapState state : MapState.values()) {
            String label = m.get("insights.state." + state.code()) + " (" + counts.get(state) + ")";
            float w = page.width(label, page.fonts.regular, 9) + 26;
            page.circle(lx + 5, legendTop + 6, 5, Rgb.hex(ChartPalette.state(state)), null, 0);
            page.text(label, lx + 14, legendTop + 9.5f, page.fonts.regular, 9, PdfCanvas.BLACK, w - 14);
            lx += w;
        }
        top += 20;
        if (map.isEmpty()) {
            page.paragraph(m.get("insights.report.map-empty"), LEFT, top + 10, CONTENT, page.fonts.regular, 10,
                    PdfCanvas.GREY, 2);
            return;
        }
        float labelRoom = 84;
        float outer = Math.min((CONTENT - 2 * labelRoom) / 2, (BOTTOM - top - 28) / 2);
        float cx = LEFT + CONTENT / 2;
        float cy = top + 14 + outer;
        float scale = (float) (outer / map.extent());
        boolean shade = false;
        for (MapSector sector : map.sectors()) {
            page.wedge(cx, cy, 0, outer, sector.startAngle(), sector.endAngle(),
                    shade ? Rgb.hex(0xf0f2f4) : Rgb.hex(0xfafbfc));
            shade = !shade;
        }
        for (double ring : new double[] {1 / 3.0, 2 / 3.0, 1.0}) {
            page.circle(cx, cy, (float) (scale * ring), null, PdfCanvas.LIGHT, 0.5f);
        }
        for (MapSector sector : map.sectors()) {
            double a = sector.startAngle();
            page.line(cx, cy, (float) (cx + outer * Math.cos(a)), (float) (cy + outer * Math.sin(a)), PdfCanvas.LIGHT,
                    0.5f);
        }
        Map<Long, MapNode> byId = new LinkedHashMap<>();
        map.nodes().forEach(n -> byId.put(n.partnerId(), n));
        boolean crowded = map.nodes().size() > 300;
        Rgb linkColour = crowded ? Rgb.hex(0xd9c3d3) : Rgb.hex(0xB279A2);
        for (MapLink link : map.links()) {
            MapNode a = byId.get(link.fromPartnerId());
            MapNode b = byId.get(link.toPartnerId());
            if (a != null && b != null) {
                page.line((float) (cx + a.x() * scale), (float) (cy + a.y() * scale), (float) (cx + b.x() * scale),
                        (float) (cy + b.y() * scale), linkColour, crowded ? 0.25f : 0.6f);
            }
        }
        for (MapNode node : map.nodes()) {
            page.circle((float) (cx + node.x() * scale), (float) (cy + node.y() * scale),
                    Math.max(1.5f, (float) (node.radius() * scale)), Rgb.hex(ChartPalette.state(node.state())),
                    PdfCanvas.WHITE, 0.5f);
        }
        // the practice's whole name, on two lines when long
        List<String> practice = page.wrap(practiceName(report), page.fonts.bold, 8, 110, 2);
        float practiceWidth = 0;
        for (String line : practice) {
            practiceWidth = Math.max(practiceWidth, page.width(line, page.fonts.bold, 8));
        }
        page.circle(cx, cy, 4, PdfCanvas.BLACK, PdfCanvas.WHITE, 1);
        page.rect(cx - practiceWidth / 2 - 3, cy + 7, practiceWidth + 6, 11 * practice.size(), PdfCanvas.WHITE);
        for (int i = 0; i < practice.size(); i++) {
            page.textCentred(practice.get(i), cx, cy + 15.5f + 10 * i, page.fonts.bold, 8, PdfCanvas.BLACK, 120);
        }
        List<MapLabels.Box> obstacles = new ArrayList<>();
        obstacles.add(new MapLabels.Box(cx - practiceWidth / 2 - 3, cy - 5, practiceWidth + 6, 12 + 11 * practice.size()));
        obstacles.addAll(sectorLabels(page, map, cx, cy, outer + 5, labelRoom));
        nodeLabels(page, map, cx, cy, scale, obstacles);
        sectorTable(page, map, cy + outer + 30);
    }

    /** Under the map: per category how many partners are fine, need attention, are urgent; two columns. */
    private void sectorTable(PdfCanvas page, NetworkMap map, float top) {
        Map<Category, Map<MapState, Integer>> counts = new LinkedHashMap<>();
        for (MapSector sector : map.sectors()) {
            counts.put(sector.category(), new EnumMap<>(MapState.class));
        }
        for (MapNode node : map.nodes()) {
            counts.computeIfAbsent(node.category(), k -> new EnumMap<>(MapState.class)).merge(node.state(), 1,
                    Integer::sum);
        }
        float size = 8;
        float rowHeight = 12;
        int perColumn = (counts.size() + 1) / 2;
        if (top + (perColumn + 1) * rowHeight > BOTTOM - 10) {
            return;
        }
        float columnWidth = (CONTENT - 24) / 2;
        // each state's column as wide as its name and dot need ("Aandacht" was cut to "Aandac…" in 44 pt)
        float step = 44;
        for (MapState state : MapState.values()) {
            step = Math.max(step, page.width(m.get("insights.state." + state.code()), page.fonts.bold, 6.5f) + 14);
        }
        step = Math.min(step, 60);
        for (int column = 0; column < 2; column++) {
            float x = LEFT + column * (columnWidth + 24);
            float numbers = x + columnWidth - 3 * step;
            page.text(m.get("field.category"), x, top + size, page.fonts.bold, size, PdfCanvas.GREY, numbers - x - 4);
            int i = 0;
            for (MapState state : MapState.values()) {
                // the state's name over its column, with its dot: the colours explained where they are used
                String name = page.fit(m.get("insights.state." + state.code()), page.fonts.bold, 6.5f, step - 10);
                float nameWidth = page.width(name, page.fonts.bold, 6.5f);
                float right = numbers + i * step + step - 4;
                page.circle(right - nameWidth - 4, top + size - 3, 2.5f, Rgb.hex(ChartPalette.state(state)), null, 0);
                page.textRight(name, right, top + size, page.fonts.bold, 6.5f, PdfCanvas.GREY, step - 10);
                i++;
            }
        }
        int index = 0;
        for (Map.Entry<Category, Map<MapState, Integer>> entry : counts.entrySet()) {
            int column = index < perColumn ? 0 : 1;
            float x = LEFT + column * (columnWidth + 24);
            float y = top + rowHeight * (1 + (column == 0 ? index : index - perColumn));
            float numbers = x + columnWidth - 3 * step;
            page.line(x, y + 2, x + columnWidth, y + 2, PdfCanvas.FAINT, 0.5f);
            page.text(m.get(entry.getKey().labelKey()), x, y + size + 1, page.fonts.regular, size, PdfCanvas.BLACK,
                    numbers - x - 4);
            int i = 0;
            for (MapState state : MapState.values()) {
                page.textRight(m.get("insights.figure.value", entry.getValue().getOrDefault(state, 0)),
                        numbers + i * step + step - 4, y + size + 1, page.fonts.regular, size, PdfCanvas.BLACK, 30);
                i++;
            }
            index++;
        }
    }

    /** Each sector's category and count just outside the map; returns the boxes they take. */
    private List<MapLabels.Box> sectorLabels(PdfCanvas page, NetworkMap map, float cx, float cy, float r, float room) {
        List<MapLabels.Box> boxes = new ArrayList<>();
        float size = 7;
        for (MapSector sector : map.sectors()) {
            double a = sector.middleAngle();
            float x = (float) (cx + r * Math.cos(a));
            float y = (float) (cy + r * Math.sin(a));
            // the whole name: on two lines (the count on the second) rather than cut off
            String whole = m.get(sector.category().labelKey()) + " (" + sector.count() + ")";
            String second = null;
            if (page.width(whole, page.fonts.bold, size) > room - 4) {
                whole = m.get(sector.category().labelKey());
                second = "(" + sector.count() + ")";
            }
            String label = page.fit(whole, page.fonts.bold, size, room + 20);
            float w = page.width(label, page.fonts.bold, size);
            float left;
            float baseline;
            if (Math.cos(a) > 0.35) {
                left = x;
                baseline = y + size * 0.35f;
            } else if (Math.cos(a) < -0.35) {
                left = x - w;
                baseline = y + size * 0.35f;
            } else {
                left = x - w / 2;
                baseline = Math.sin(a) < 0 ? y - 1 : y + size;
            }
            left = Math.max(LEFT, Math.min(left, RIGHT - w));
            page.text(label, left, baseline, page.fonts.bold, size, PdfCanvas.GREY, room + 20);
            float height = size + 2;
            if (second != null) {
                page.text(second, left, baseline + size + 1, page.fonts.bold, size, PdfCanvas.GREY, room);
                height += size + 1;
            }
            boxes.add(new MapLabels.Box(left, baseline - size, w, height));
        }
        return boxes;
    }

    /** Names beside the circles where they do not overlap (the map's own label rule), most urgent first. */
    private void nodeLabels(PdfCanvas page, NetworkMap map, float cx, float cy, float scale,
                            List<MapLabels.Box> fixed) {
        float size = 6.5f;
        List<MapNode> order = new ArrayList<>(map.nodes());
        order.sort(MapLabels.IMPORTANCE);
        List<MapLabels.Candidate> candidates = new ArrayList<>();
        Map<Long, String> texts = new LinkedHashMap<>();
        for (MapNode node : order.subList(0, Math.min(order.size(), 60))) {
            String text = page.fit(node.name(), page.fonts.regular, size, 130);
            texts.put(node.partnerId(), text);
            float w = page.width(text, page.fonts.regular, size);
            float x = (float) (cx + node.x() * scale);
            float y = (float) (cy + node.y() * scale);
            float r = Math.max(1.5f, (float) (node.radius() * scale));
            candidates.add(new MapLabels.Candidate(node.partnerId(), List.of(
                    new MapLabels.Box(x + r + 2, y - size / 2, w, size + 1),
                    new MapLabels.Box(x - r - 2 - w, y - size / 2, w, size + 1),
                    new MapLabels.Box(x - w / 2, y + r + 1, w, size + 1),
                    new MapLabels.Box(x - w / 2, y - r - size - 2, w, size + 1))));
        }
        List<MapLabels.Box> obstacles = new ArrayList<>(fixed);
        for (MapNode node : map.nodes()) {
            float r = Math.max(1.5f, (float) (node.radius() * scale));
            obstacles.add(new MapLabels.Box(cx + node.x() * scale - r, cy + node.y() * scale - r, 2 * r, 2 * r));
        }
        MapLabels.Box within = new MapLabels.Box(LEFT, 0, RIGHT - LEFT, BOTTOM);
        for (MapLabels.Placed placed : MapLabels.place(candidates, obstacles, List.of(), within)) {
            MapLabels.Box box = placed.box();
            page.text(texts.get(placed.id()), (float) box.x(), (float) (box.y() + size - 0.5), page.fonts.regular,
                    size, PdfCanvas.BLACK, (float) box.width() + 1);
        }
    }
}
