using SafeguardingPortal.Web.Jobs;

namespace SafeguardingPortal.Features.Dashboard.Coverage;

/// <summary>Takes the month-end coverage snapshot once it is due, so past figures can be reproduced.</summary>
public sealed class MonthEndSnapshotJob(CoverageService coverage) : IRecurringJob
{
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await coverage.TakeDueSnapshotAsync(cancellationToken) ? 1 : 0;
}
