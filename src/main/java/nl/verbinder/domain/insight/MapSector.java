package nl.verbinder.domain.insight;

import nl.verbinder.domain.Category;

/**
 * The wedge of the map that holds one category's partners. Angles are in radians in screen
 * orientation (x to the right, y down), so they grow clockwise; the first sector starts at
 * the top ({@code -π/2}).
 *
 * @param count how many of the map's partners are in the category
 */
public record MapSector(Category category, double startAngle, double endAngle, int count) {

    public double middleAngle() {
        return (startAngle + endAngle) / 2;
    }

    /** Whether the angle (in any turn) lies in this sector. */
    public boolean contains(double angle) {
        double turn = 2 * Math.PI;
        double a = startAngle + (((angle - startAngle) % turn) + turn) % turn;
        return a <= endAngle;
    }
}
