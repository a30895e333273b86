package vn.doimoi.programs;

/**
 * The morning reminders of the agencies' periodic reports, on demand: reports due soon and
 * overdue reach the lead agency's inbox, each once (the same run as the 7 o'clock job). A freshly
 * started demo asks for it so that its agency finds today's notices without waiting for tomorrow.
 */
public interface AgencyReportReminding {

    /** Sends today's reminders and overdue notices not sent yet; returns how many went out. */
    int sendDue();
}
