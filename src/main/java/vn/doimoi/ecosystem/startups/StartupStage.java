package vn.doimoi.ecosystem.startups;

/** How far a startup has come: an idea, a prototype, first customers, growth, expansion abroad. */
public enum StartupStage {
    IDEA,
    PROTOTYPE,
    EARLY,
    GROWTH,
    EXPANSION
}
