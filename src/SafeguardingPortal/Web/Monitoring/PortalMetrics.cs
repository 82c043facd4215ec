using System.Diagnostics.Metrics;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Web.Monitoring;

/// <summary>The backlogs people must act on, as <see cref="BacklogSampler"/> last counted them in the database.</summary>
public sealed record Backlog(int Quarantined, int Overdue, int OutboxPending, TimeSpan OldestPendingAge, int OutboxFailed);

/// <summary>
/// The portal's own metrics for OpenTelemetry (docs/operations.md, "What to monitor"): reports as they are saved, and
/// the backlogs that need a person. Tags are the report's plain, bounded columns only, never anything it says.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "SafeguardingPortal";

    private readonly Counter<long> submitted;
    private volatile Backlog? backlog;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        submitted = meter.CreateCounter<long>("portal.concerns.submitted", "{concern}", "Reports saved, by reporter, urgency and whether quarantined.");
        meter.CreateObservableGauge("portal.concerns.quarantined", () => Observe(b => b.Quarantined), "{concern}", "Reports in quarantine waiting for a person to check them.");
        meter.CreateObservableGauge("portal.concerns.overdue", () => Observe(b => b.Overdue), "{case}", "Team cases undecided past their deadline.");
        meter.CreateObservableGauge("portal.outbox.pending", () => Observe(b => b.OutboxPending), "{message}", "Emails waiting to be sent.");
        meter.CreateObservableGauge("portal.outbox.oldest_pending_age", () => Observe(b => b.OldestPendingAge.TotalSeconds), "s", "How long the oldest unsent email has waited.");
        meter.CreateObservableGauge("portal.outbox.failed", () => Observe(b => b.OutboxFailed), "{message}", "Emails that failed for good, waiting for an administrator.");
    }

    public void Submitted(Concern concern) => submitted.Add(
        1,
        new("reporter", concern.ReporterRole.ToString()),
        new("urgency", concern.Urgency.ToString()),
        new("quarantined", concern.Status == ConcernStatus.Quarantined));

    public void Update(Backlog value) => backlog = value;

    /// <summary>Nothing until the first count: a zero before it would read as an empty backlog.</summary>
    private IEnumerable<Measurement<T>> Observe<T>(Func<Backlog, T> value)
        where T : struct => backlog is { } b ? [new Measurement<T>(value(b))] : [];
}
