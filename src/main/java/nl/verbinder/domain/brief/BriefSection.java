package nl.verbinder.domain.brief;

import java.util.List;

/** One part of the meeting brief as text: a heading and its lines (the screen, the PDF and the clipboard share it). */
public record BriefSection(String heading, List<String> lines) {

    public BriefSection {
        lines = List.copyOf(lines);
    }
}
