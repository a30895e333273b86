package vn.doimoi.ecosystem.startups;

/**
 * What an organisation is in the startup ecosystem (Decree 268/2025; TT 16/2014/TT-BKHCN's
 * intermediaries; Đề án 844's actors). Only a startup has a stage.
 */
public enum InnovatorKind {
    STARTUP,
    INCUBATOR,
    INNOVATION_CENTRE,
    STARTUP_SUPPORT_CENTRE,
    INTERMEDIARY,
    INVESTOR;

    public boolean startup() {
        return this == STARTUP;
    }
}
