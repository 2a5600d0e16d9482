package nl.verbinder.ui.area;

/** The view model of an area: loads what the area shows, in the background. */
public interface AreaModel {

    /** Loads (again) what the area shows; called each time the user opens the area. */
    void load();
}
