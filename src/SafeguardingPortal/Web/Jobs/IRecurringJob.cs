namespace SafeguardingPortal.Web.Jobs;

/// <summary>
/// Work the portal does by itself: reminders, follow-ups, retention, snapshots. A run does only what is due and not
/// yet done, so the next run catches up one that failed or was missed (a restart, the database away).
/// </summary>
public interface IRecurringJob
{
    /// <summary>Does what is due; returns how much it did, for the log.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
